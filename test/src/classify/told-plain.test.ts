/**
 * Round 14's forms (in the segment folders of src/classify/concepts/; negation.ts): own examples, none from an evaluation set.
 * The rules alone: these must hold without the words' second opinion.
 */
import { resolveSettings } from '../../../src/settings';
import type { DefectionSegment } from '../../../src/types';
import { analyseText } from './classify-text';
import { isNegated } from '../../../src/classify/negation';
import { readText } from '../../../src/classify/read-text';
import type { Lang } from '../../../src/classify/concepts/types';

const rulesOnly = resolveSettings({ classification: { secondOpinion: false } });
const analyse = (text: string) => analyseText(text, rulesOnly);

const ROWS: Array<readonly [DefectionSegment, string, string]> = [
  ['unintentionally_pushed_away', 'de', 'Wir konnten der Bäckerei drei Wochen lang kein Ersatzteil für die Knetmaschine liefern, sie hat gekündigt.'],
  ['unintentionally_pushed_away', 'es', 'El compresor que les instalamos se averió en plena temporada por una pieza mal montada.'],
  ['unintentionally_pushed_away', 'fr', 'Nos factures de maintenance envoyées en double pendant trois mois, le client a résilié.'],
  ['unintentionally_pushed_away', 'pt', 'Os uniformes chegaram com tamanho errado duas vezes e a companhia trocou de fornecedor.'],
  ['moved_away', 'pt', 'O armador vendeu os dois barcos e saiu do negócio de vez.'],
  ['moved_away', 'en', 'Their IT moved everything to the cloud and the server room was stripped out.'],
  ['moved_away', 'fr', 'La commune a acheté le terrain du golf pour en faire un parc.'],
  ['intentionally_pushed_away', 'en', 'Under our new dealer model the western clinics go through our dealer in Bristol; this one would not switch.'],
  ['intentionally_pushed_away', 'fr', "Prix - oui le prix, mais c'est voulu : tarif relevé pour couvrir les déplacements."],
  ['pulled_away', 'en', 'They expanded into Ireland and need cross-border lanes; we are domestic only.'],
  ['undetermined', 'de', 'Es kann sein, dass der neue Pächter eigene Leute hat, es kann auch sein, dass es am Preis lag. Bestätigt hat mir niemand etwas.'],
  ['undetermined', 'en', 'Buyer ruled out price and service, and would not give the actual reason.'],
];

describe('round 14: plain entries', () => {
  it.each(ROWS)('%s [%s] %j', (expected, _lang, text) => {
    expect(analyse(text).classification.segment).toBe(expected);
  });

  it.each([
    ['es', 'Precio - al cliente el precio no le importaba, nuestro técnico no devolvió una sola llamada en seis meses.'],
    ['es', 'Precio - el precio da igual, nuestro técnico nunca devolvió las llamadas.'],
    ['pt', 'Preço - o preço tanto faz, nosso técnico nunca retornou as ligações.'],
    ['fr', 'Pour elle, le tarif ne comptait pas : nos livraisons arrivaient avec les mauvaises tailles, trois fois de suite.'],
  ])('a price ruled out after it is named leaves our failure to decide [%s]', (_lang, text) => {
    expect(analyse(text).classification.segment).toBe('unintentionally_pushed_away');
  });

  it('reporting the loss ("we lost the order") is no failure of ours', () => {
    expect(analyse('A new distributor sells the same brake pads for much less; we lost the order in May.').classification.segment).toBe('bought_away');
  });
});

describe('a verdict right after the cue rules it out', () => {
  const ruledOut = (text: string, lang: Lang) => {
    const words = readText(text).tokens.map((t) => t.w);
    return isNegated(words, 0, words.length, 1, 2, lang);
  };
  it.each([
    ['fr', 'tarif hors sujet'], ['fr', 'prix sans importance'], ['es', 'precio da igual'], ['es', 'precio sin importancia'],
    ['pt', 'preço tanto faz'], ['pt', 'preço sem importância'], ['en', 'price beside the point'], ['de', 'Preis ohne Belang'],
    ['de', 'Preis nebensächlich'],
  ] as Array<[Lang, string]>)('[%s] %s', (lang, text) => {
    expect(ruledOut(`x ${text}`, lang)).toBe(true);
  });
  it('but not a price that is only qualified ("prix hors taxes", "precio sin IVA")', () => {
    expect(ruledOut('x prix hors taxes', 'fr')).toBe(false);
    expect(ruledOut('x precio sin iva', 'es')).toBe(false);
  });
});
