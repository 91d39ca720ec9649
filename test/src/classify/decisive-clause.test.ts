import type { DefectionSegment } from '../../../src/types';
import { classifyText as classify } from './classify-text';


// Which fact decided: markers, negation, the picklist dash, the rep's conclusion. Our own examples.
describe('the decisive clause', () => {
  it.each<[string, DefectionSegment, string, string]>([
    ['because', 'unintentionally_pushed_away', 'They signed with another carrier because our trucks kept arriving late.', 'late'],
    ['but really', 'intentionally_pushed_away', 'Looks like a service loss, but really we refused to extend their credit after the bounced payments.', 'credit'],
    ['nothing to do with', 'moved_away', 'Nothing to do with our pricing, their parent company closed the site.', 'closed'],
    ['picklist dash', 'pulled_away', 'Price - not price at all, the rival has the EDI integration we lack', 'integration'],
    ['picklist confirmed', 'bought_away', 'Price - competitor 12% cheaper on the same scope', 'cheaper'],
    ['concession', 'pulled_away', 'Although our quote was lower, they chose the platform with built-in analytics.', 'built-in'],
    ['conclusion', 'bought_away', 'Service was rated well and the audit was clean. In the end the per-unit price decided it.', 'price'],
    ['dismissed red herring', 'bought_away', 'One late delivery in May, but that was not it - the rival quote was 15% lower.', 'lower'],
    ['ruled out, then the cause', 'unintentionally_pushed_away', "It wasn't the price. Our support left their tickets open for weeks.", 'tickets'],
    ['weil (de)', 'unintentionally_pushed_away', 'Der Kunde ist gewechselt, weil wir die Termine dreimal verpasst haben.', 'verpasst'],
    ['sondern (de)', 'moved_away', 'Nicht der Preis, sondern die Schließung des Werks in Bremen.', 'Schließung'],
    ['parce que (fr)', 'bought_away', 'Ils sont partis parce que le concurrent était moins cher.', 'moins cher'],
    ['mais en fait (fr)', 'moved_away', "Le client parle du prix, mais en fait ils ont internalisé la maintenance.", 'internalisé'],
    ['porque (es)', 'intentionally_pushed_away', 'Terminamos el contrato porque el cliente no pagaba sus facturas.', 'no pagaba'],
    ['por isso (pt)', 'unintentionally_pushed_away', 'Erramos a entrega três vezes, por isso o cliente cancelou.', 'Erramos'],
  ])('%s: %j', (_pattern, expected, text, cue) => {
    const result = classify(text);
    expect(result.segment).toBe(expected);
    expect(`${result.decidedBy!.clause} ${result.decidedBy!.cue}`.toLowerCase()).toContain(cue.toLowerCase());
  });
});

// Who acted decides what the same words mean.
describe('who acted', () => {
  it.each<[string, DefectionSegment]>([
    ['We gave notice on the contract: the account never paid on time.', 'intentionally_pushed_away'],
    ['The customer gave notice after our third missed delivery.', 'unintentionally_pushed_away'],
    ['Our technician was rude to their receptionist and they cancelled.', 'unintentionally_pushed_away'],
    ['Their site manager was rude and threatening to our staff, so we withdrew.', 'intentionally_pushed_away'],
    ['Our quote was lower, but they went for the vendor with a mobile app.', 'pulled_away'],
    ['The new supplier is cheaper than us by a wide margin.', 'bought_away'],
    ['The client stopped responding after the demo.', 'undetermined'],
    ['Their emails to our support desk went unanswered for weeks.', 'unintentionally_pushed_away'],
    ['Client email: "You were fine on service. We simply found a cheaper offer."', 'bought_away'],
    // French "on" is the spoken "we".
    ['Le client a tout essayé pour négocier, mais on arrête.', 'intentionally_pushed_away'],
  ])('%j -> %s', (text, expected) => {
    expect(classify(text).segment).toBe(expected);
  });
});

describe('texts with no decisive cause stay undetermined, unsure and never fully confident', () => {
  it.each(['Timing', 'no decision yet', 'Lost to competitor', 'Could have been price, could have been the new director, nobody confirmed.', 'Sonstiges', 'Sin respuesta del cliente', 'Sem retorno'])(
    '%j',
    (text) => {
      const result = classify(text);
      expect(result.segment).toBe('undetermined');
      expect(result.unsure).toBe(true);
      expect(result.confidence).toBeLessThan(1);
      expect(result.questions.length).toBeGreaterThan(0);
    },
  );
});
