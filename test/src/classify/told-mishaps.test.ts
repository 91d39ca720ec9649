/**
 * Round 12's forms (now in the segment folders of src/classify/concepts/): own examples, none from an
 * evaluation set.
 */
import { resolveSettings } from '../../../src/settings';
import type { DefectionSegment } from '../../../src/types';
import { analyseText, expectDecidedByOwnWords } from './classify-text';

// The rules alone: these forms must hold without the words' second opinion.
const settings = resolveSettings({ classification: { secondOpinion: false } });
const analyse = (text: string) => analyseText(text, settings);

type Row = readonly [DefectionSegment, string, string];

const ROWS: Row[] = [
  // A mishap of ours in an everyday verb.
  ['unintentionally_pushed_away', 'en', 'Our fitter cracked the showroom glass while mounting the sign, and the dealer found another sign maker.'],
  ['unintentionally_pushed_away', 'de', 'Unser Monteur hat beim Einbau die Abdeckungen vergessen, die Halle stand unter Wasser.'],
  ['unintentionally_pushed_away', 'fr', 'Notre livreur a cabossé deux cuves chez le client, qui a changé de fournisseur.'],
  ['unintentionally_pushed_away', 'es', 'Nuestro instalador rompió la mampara del consultorio y la clínica cambió de proveedor.'],
  ['unintentionally_pushed_away', 'pt', 'Nosso motorista riscou a pintura da lancha na entrega e o dono cancelou o contrato.'],
  // Billing what they had cancelled.
  ['unintentionally_pushed_away', 'en', 'We billed the clinic for licences they had cancelled in spring, and nobody corrected it.'],
  ['unintentionally_pushed_away', 'es', 'Seguimos cobrando la cuota del mantenimiento después de la baja y el cliente se fue.'],
  // Shut for works or a season, reopening later: their change, for now.
  ['moved_away', 'en', 'The ice rink is shut for the roof repairs and hopes to reopen next autumn.'],
  ['moved_away', 'pt', 'O hotel está fechado para reforma e volta a comprar quando reabrir.'],
  ['moved_away', 'es', 'El camping cierra toda la temporada por obras en la carretera.'],
  // A chain that buys centrally now.
  ['moved_away', 'fr', 'La boulangerie appartient désormais à un groupe qui achète tout par sa centrale.'],
  // Our territory map, our decision not to tender.
  ['intentionally_pushed_away', 'en', 'Under the new territory map the account went to our dealer in the north; they did not want to switch.'],
  ['intentionally_pushed_away', 'es', 'Con el nuevo mapa de zonas lo atiende nuestro socio de Valencia.'],
  ['intentionally_pushed_away', 'fr', "Appel d'offres du département : décision interne de ne pas déposer, les volumes étaient trop faibles."],
  // Causes hinted and none confirmed.
  ['undetermined', 'en', 'The buyer mentioned budgets, a reorganisation and our response times, but confirmed none of it.'],
  ['undetermined', 'fr', "Le gérant a parlé du prix, puis d'un déménagement, sans jamais trancher."],
];

describe('round 12: mishaps, closures for works, our map and our tenders', () => {
  it.each(ROWS)('%s [%s] %j', (expected, _lang, text) => {
    const { classification } = analyse(text);
    expect(classification.segment).toBe(expected);
    if (expected !== 'undetermined') expectDecidedByOwnWords(text, classification);
  });

  it('"reopen late next year" is a time, not a delay of ours', () => {
    expect(analyse('The marina shut for the dredging works and plans to reopen late next year.').classification.segment).toBe('moved_away');
  });

  it('a closure for one season is temporary', () => {
    const { classification, attribution } = analyse('Das Freibad bleibt diese Saison zu, die Becken werden saniert.');
    expect(classification.segment).toBe('moved_away');
    expect(attribution.stability.value).toBe('unstable');
  });

  it('the customer side going silent is no silence of ours', () => {
    expect(analyse('Offre envoyée en mars, depuis silence radio côté client.').classification.segment).toBe('undetermined');
  });
});

describe('round 12: how often a failure happened, counted', () => {
  it.each([
    ['en', 'Our crew missed the collection on 3 mornings in a row and the depot went elsewhere.'],
    ['en', 'Our courier got the samples to the lab late 3x in November, so the practice cancelled.'],
    ['de', 'Unser Fahrer hat drei Lieferungen an die falsche Filiale gebracht, der Kunde hat gekündigt.'],
    ['fr', 'Notre technicien a oublié le contrôle sur deux visites, le client a résilié.'],
  ])('a count of failures is a pattern [%s]', (_lang, text) => {
    const { classification, attribution } = analyse(text);
    expect(classification.segment).toBe('unintentionally_pushed_away');
    expect(attribution.stability.value).toBe('stable');
  });

  it.each([
    ['de', 'Unser Monteur hat die Dichtung falsch eingebaut, die Produktion stand zwei Tage still.'],
    ['pt', 'Entregamos os uniformes com o tamanho trocado e a equipe ficou dois dias sem trabalhar.'],
  ])('the length of one incident is no count of failures [%s]', (_lang, text) => {
    const { classification, attribution } = analyse(text);
    expect(classification.segment).toBe('unintentionally_pushed_away');
    expect(attribution.stability.value).toBe('unstable');
  });

  it('a count before "ago" says when, not how often', () => {
    const { attribution } = analyse('Our technician broke their scanner three visits ago, and they switched after that.');
    expect(attribution.stability.value).not.toBe('stable');
  });
});

const STORY_ROWS: Row[] = [
  // The market's prices hit their business: no price of ours.
  ['moved_away', 'en', 'The dairy sold its herd when milk prices slumped and the barns are standing empty now.'],
  ['moved_away', 'de', 'Wegen der Energiekosten hat die Gärtnerei die Gewächshäuser stillgelegt, die Hallen stehen leer.'],
  ['moved_away', 'es', 'Temporada cerrada por falta de nieve; el refugio volverá a pedir cuando abra.'],
  // No one to take it over.
  ['moved_away', 'fr', "Le vigneron a pris sa retraite et aucun de ses enfants ne reprend le domaine."],
  ['moved_away', 'pt', 'O dono se aposentou e nenhum dos filhos quis ficar com a padaria.'],
  // How our people treated theirs.
  ['unintentionally_pushed_away', 'en', 'They left because of the way our engineer spoke to their receptionist.'],
  ['unintentionally_pushed_away', 'es', 'Se fueron por la forma en que nuestro repartidor habló a la encargada.'],
  // The new supplier costs them more.
  ['pulled_away', 'en', 'The rival runs a same-day repair desk inside their plant, and it actually costs them more.'],
  // A tender we opted out of.
  ['intentionally_pushed_away', 'pt', 'Optamos por não concorrer na renovação: o edital exigia estoque que não mantemos.'],
  // Several possibilities, no way to know.
  ['undetermined', 'fr', "Impossible de savoir si c'était le prix ou nos retards de livraison."],
  ['undetermined', 'en', 'No way of knowing if it was our price or the late deliveries.'],
];

describe('round 12 in stories: market prices, no successor, our people, a dearer rival, our opt-out, no way to know', () => {
  it.each(STORY_ROWS)('%s [%s] %j', (expected, _lang, text) => {
    const { classification } = analyse(text);
    expect(classification.segment).toBe(expected);
    if (expected !== 'undetermined') expectDecidedByOwnWords(text, classification);
  });

  it.each([
    ['fr', "Le tarif n'a pas joué : notre technicien a oublié deux fois la mise en service, et le client est parti."],
    ['pt', 'Houve um atraso nosso em maio, mas não foi isso: um distribuidor novo vende o mesmo produto bem mais barato.'],
  ])('a cause ruled out in so many words does not decide [%s]', (lang, text) => {
    expect(analyse(text).classification.segment).toBe(lang === 'fr' ? 'unintentionally_pushed_away' : 'bought_away');
  });
});
