/**
 * Round 13's forms (in the segment folders of src/classify/concepts/; negation.ts, read-text.ts): own examples, none from
 * an evaluation set. The rules alone: these must hold without the words' second opinion.
 */
import { resolveSettings } from '../../../src/settings';
import type { DefectionSegment } from '../../../src/types';
import { analyseText, expectDecidedByOwnWords } from './classify-text';

const rulesOnly = resolveSettings({ classification: { secondOpinion: false } });
const analyse = (text: string) => analyseText(text, rulesOnly);

type Row = readonly [DefectionSegment, string, string];

const ROWS: Row[] = [
  // Our people dropped, tipped or lost what they carried.
  ['unintentionally_pushed_away', 'en', 'Our movers tipped the display cabinet on the stairs and the gallery cancelled the rest of the job.'],
  ['unintentionally_pushed_away', 'de', 'Unsere Monteure haben die Vitrine beim Ausladen umgekippt, der Juwelier hat storniert.'],
  ['unintentionally_pushed_away', 'pt', 'Nossos carregadores deixaram cair o piano na entrada e o cliente cancelou.'],
  // Swallowed by a group that buys centrally; laid up for the winter; a line discontinued; auctioned off.
  ['moved_away', 'de', 'Die Brauerei wurde vom Konzern geschluckt, der Einkauf läuft jetzt zentral bei der Mutter.'],
  ['moved_away', 'en', 'Both excursion boats are laid up for the winter, so no orders until the season starts.'],
  ['moved_away', 'es', 'La fábrica dejó de fabricar colchones y ahora solo hace sofás.'],
  ['moved_away', 'pt', 'A marcenaria fechou e o maquinário foi a leilão.'],
  // They do it themselves now.
  ['moved_away', 'en', 'The club volunteers do the pitch repairs themselves since the trust took over.'],
  // A new director brings his own supplier.
  ['pulled_away', 'de', 'Der neue Küchenchef bringt seine alte Metzgerei mit.'],
  ['pulled_away', 'pt', 'A nova gerente trouxe o seu fornecedor de sempre, com quem trabalhava no outro hospital.'],
  // Our own "no".
  ['intentionally_pushed_away', 'en', 'Their rival supplies them now, but the termination came from us after the third unpaid invoice.'],
  ['intentionally_pushed_away', 'fr', "Appel d'offres de la région : on s'est abstenus, le cahier des charges était irréaliste."],
  ['intentionally_pushed_away', 'de', 'Wir haben gekündigt, weil die Nachtlieferung uns mehr kostet als der Auftrag einbringt.'],
  // Our follow-ups unanswered is their silence; several things and no word on which.
  ['undetermined', 'en', "Site survey done, proposal sent. Customer said 'we will let you know'. Follow-up calls unanswered."],
  ['undetermined', 'fr', "Le client parle du prix et des délais, mais n'a jamais précisé ce qui a pesé."],
];

describe('round 13: corrections and causes told by what happened', () => {
  it.each(ROWS)('%s [%s] %j', (expected, _lang, text) => {
    const { classification } = analyse(text);
    expect(classification.segment).toBe(expected);
    if (expected !== 'undetermined') expectDecidedByOwnWords(text, classification);
  });

  it('a first version taken back weighs less than what the rep learnt later', () => {
    const text = 'Zuerst hieß es, die Verwaltung habe einen günstigeren Anbieter. Eigentlich lag es an uns: unser Team hat die Termine dreimal verschoben.';
    expect(analyse(text).classification.segment).toBe('unintentionally_pushed_away');
  });
});

describe('round 13: a cause ruled out after it is named', () => {
  it.each([
    ['en', 'Price did not matter; their new owner buys everything through head office now.'],
    ['pt', 'Preço não pesou: a empresa foi comprada por um grupo que compra tudo pela matriz.'],
    ['de', 'Der Preis spielte keine Rolle, die Firma wurde vom Konzern geschluckt.'],
    ['de', 'Preis egal, Betrieb vom Konzern geschluckt.'],
    ['fr', 'Tarif hors sujet : le groupe a été absorbé par un concurrent de la maison mère.'],
    ['es', 'Price - nada q ver c/ el precio, la emisora dejó de emitir y ya no usa nuestros equipos.'],
  ])('[%s] %j', (_lang, text) => {
    const { classification } = analyse(text);
    expect(classification.segment).toBe('moved_away');
    // The price word is shown as ruled out (a picklist value before the dash may still be listed as named).
    expect(classification.evidence.some((e) => e.segment === 'bought_away' && (e.reason ?? '').startsWith('ruled out'))).toBe(true);
  });

  it('"prix hors taxes" is a price, not a price ruled out', () => {
    expect(analyse('Prix hors taxes trop élevé chez nous, le concurrent est moins cher.').classification.segment).toBe('bought_away');
  });

  it('"c/" and "s/" are shorthand, not a slash between alternatives', () => {
    expect(analyse('Preço - nada a ver c/ preço, nosso técnico quebrou o painel do cliente.').classification.segment).toBe('unintentionally_pushed_away');
  });
});
