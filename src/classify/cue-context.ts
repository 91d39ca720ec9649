/**
 * The context around a cue that changes what it counts for: whether we really were the cheaper ones,
 * whether "moved to" names another supplier, and whether a parent body only decided what a price or an
 * offer later in its clause caused. Used by read-cues.ts.
 */
import type { ConceptHit } from './concept-matcher';
import type { Lexicon } from './concepts';
import type { Clause, TextParts } from './read-clauses';
import type { Cue } from './read-cues';
import { OURS_OR_US } from './cue-words';

// "we were outbid", "wurden unterboten": we suffered it; the rival was cheaper.
const OUTBID = /^(?:outbid|out|underbid|under|undercut|unterbot|uberbot|unterbiet|priced)/;
const UNDER = new Set(['under', 'below', 'than', 'unter', 'als', 'sous', 'que', 'bajo', 'debajo', 'abaixo', 'do', 'da', 'de', 'del']);

// "mgmt picked the cheapest bid": a verb of choosing, whose subject chose on price.
const CHOSE = /^(?:picked|pick|picks|chose|choose|chooses|selected|select|awarded|opted|wahlte|wahlten|gewahlt|choisi|choisit|retenu|eligio|eligieron|escogio|escolheu|escolheram|optou|optaram)$/;

/**
 * "our quote was lower" rules price out; not when a rival stands between us and the price word ("we heard
 * another vendor was cheaper"), when we were outbid, or when the word is "under our rate".
 */
export function weWereCheaper(parts: TextParts, lexicon: Lexicon, hit: ConceptHit, clause: Clause, words: readonly string[]): boolean {
  if (OUTBID.test(words[0] ?? '')) return false;
  const tokens = parts.read.tokens;
  if (OURS_OR_US.has(tokens[hit.start - 1]?.w ?? '') && UNDER.has(tokens[hit.start - 2]?.w ?? '')) return false;
  // "a price lock well below our list": the price is theirs, below ours.
  if (UNDER.has(tokens[hit.end - 1]?.w ?? '') && OURS_OR_US.has(tokens[hit.end]?.w ?? '')) return false;
  for (let p = hit.start - 1; p >= clause.from; p--) {
    const w = parts.words[p]!;
    if (lexicon.index.inClass(parts.ids[p]!, 'we')) return true;
    // "mgmt picked cheapest RFP response": someone chose the cheapest; it is not our price we claim.
    if (CHOSE.test(w)) return false;
    if (lexicon.index.inClass(parts.ids[p]!, 'vendor') || lexicon.index.inClass(parts.ids[p]!, 'competitor') || w === 'elsewhere') return false;
  }
  return true;
}

/** "moved to a printer", "moved the lab work to a provider": a move to another supplier (to + a vendor word). */
export function movedToSupplier(parts: TextParts, lexicon: Lexicon, hit: ConceptHit): boolean {
  const last = Math.min(parts.words.length, hit.end + 4);
  for (let p = hit.start + 1; p < last; p++) {
    if (!['to', 'zu', 'a', 'para', 'vers', 'chez'].includes(parts.words[p]!)) continue;
    for (let q = p + 1; q <= p + 7 && q < parts.words.length; q++) {
      if (lexicon.index.inClass(parts.ids[q]!, 'vendor') || lexicon.index.inClass(parts.ids[q]!, 'competitor')) return true;
    }
  }
  return false;
}

const FROM = new Set(['from', 'von', 'vom', 'bei', 'aupres', 'de', 'du', 'des', 'da', 'do', 'del']);
const WHICH = new Set(['that', 'which', 'die', 'der', 'das', 'qui', 'que']);

/** "bought a container from a brewery that went into administration": the closure of the one they bought from. */
export function sellerClosed(parts: TextParts, hit: ConceptHit): boolean {
  const at = hit.start - 1;
  if (!WHICH.has(parts.words[at] ?? '')) return false;
  for (let p = at - 1; p >= Math.max(0, at - 5); p--) if (FROM.has(parts.words[p]!)) return true;
  return false;
}

// "I picked 'price'", "logged as 'Competitor'", "j'ai coché 'prix'": choosing a picklist value, not a cause.
const LABEL_VERB = /^(?:picked|pick|selected|select|chose|chosen|ticked|put|logged|entered|marked|coded|filed|clicked|wahlte|gewahlt|ausgewahlt|angekreuzt|eingetragen|coche|choisi|mis|marque|selectionne|saisi|elegi|eligio|puse|puso|seleccione|escolhi|marquei|coloquei|selecionei)$/;
const AS = new Set(['as', 'als', 'comme', 'como', 'it', 'in']);

/** A picklist value quoted right after a verb of picking it: a label the rep chose, not a cause told. */
export function pickedLabel(parts: TextParts, hit: ConceptHit): boolean {
  const tokens = parts.read.tokens;
  if (hit.end - hit.start > 2) return false;
  for (let p = hit.start; p < hit.end; p++) if (!tokens[p]!.q) return false;
  let v = hit.start - 1;
  if (AS.has(tokens[v]?.w ?? '')) v -= 1;
  return !tokens[v]?.q && LABEL_VERB.test(tokens[v]?.w ?? '');
}

const SAME = /^(?:same|identical|equivalent|baugleich|identisch|gleich|gleichwertig|identique|pareil|igual|identico|identica|equivalente)$/;

/** "identical to ours", "baugleich mit unserem", "igual al nuestro": the clause says theirs is the same as ours. */
export function sameAsOurs(words: readonly string[], clause: Clause): boolean {
  for (let p = clause.from; p < clause.to; p++) {
    if (!SAME.test(words[p]!)) continue;
    for (let q = p + 1; q <= p + 3 && q < clause.to; q++) if (OURS_OR_US.has(words[q]!)) return true;
  }
  return false;
}

// A change of owner, as opposed to a parent body that merely decides ("head office", "la centrale d'achat").
const OWNER_CHANGE = /acqui|bought|buy|taken|takeover|merg|sold|vend|owner|eigentum|propriet|dueno|dono|ubernomm|ubernahme|rachet|rachat|fusion|fusao|adquir|absorb|repris|kauf/;

/**
 * "head office moved to a printer with a portal", "la centrale d'achat a pris le moins-disant": the parent
 * body is who decided; the price or offer it chose, later in the same clause, is the cause.
 */
export function weighParentBodies(cues: Cue[]): void {
  for (const cue of cues) {
    if (cue.concept !== 'acquired' || cue.weight <= 0 || OWNER_CHANGE.test(cue.words.toLowerCase())) continue;
    const chosen = cues.some(
      (c) => c.clause === cue.clause && c.start > cue.start && c.weight > 0 && (c.segment === 'bought_away' || c.segment === 'pulled_away'),
    );
    if (chosen) cue.weight *= 0.3;
  }
}

// "no specifics", "didn't say for how long": a detail is missing, not the cause.
const DETAIL = /specific|detail|how long|how often|frequen|wie lange|wie oft|einzelheit|precis|combien de temps|cuanto tiempo|con que frecuencia|detalle|quanto tempo|com que frequencia|detalhe/;

/** A missing detail after a named cause weighs little: "our rep stopped visiting, no specifics" is still neglect. */
export function weighMissingDetail(cues: Cue[], text: string): void {
  for (const cue of cues) {
    if (cue.concept !== 'no_reason' || cue.weight <= 0) continue;
    const named = cues.some((c) => c.clause < cue.clause && c.weight >= 1.5 && c.segment !== null && c.segment !== 'undetermined');
    if (!named) continue;
    const said = text.slice(cue.start, cue.end + 30).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (DETAIL.test(said)) cue.weight *= 0.3;
  }
}
