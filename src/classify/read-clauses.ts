/**
 * Splits a text into clauses and weighs them: the clause after "because" or "but really" is the
 * decisive one, the clause before "but" a likely red herring, a concession ("although service was
 * fine") counts less, and a picklist value before a dash counts less than the rep's own words after it.
 */
import type { ConceptHit } from './concept-matcher';
import type { Lang, Lexicon, MarkerConcept } from './concepts';
import { guessLanguage } from './guess-language';
import { readText, type ReadText } from './read-text';
import { PICKLIST_TOKENS } from './text-lengths';
import { germanIds } from './german-words';

export interface Clause {
  from: number;
  to: number;
  sentence: number;
  /** The connective that opens the clause, if any. */
  lead: MarkerConcept | null;
  weight: number;
  /** A picklist value before a dash at the start of the text ("Price - ..."). */
  head: boolean;
  /** Structure markers inside the clause: conclusion, denial, dismissal, claim. */
  markers: ConceptHit[];
  /** Cause hits in the clause (filled by the reader). */
  cues: ConceptHit[];
}

export interface TextParts {
  /** The text as read (at most MAX_TEXT_CHARS). */
  text: string;
  read: ReadText;
  ids: Array<readonly number[]>;
  lang: Lang;
  clauses: Clause[];
  /** Step II qualifiers, with the sentence each stands in. */
  qualifiers: Array<ConceptHit & { sentence: number }>;
  /** The folded words, in order. */
  words: string[];
}

/** Concepts that count only in such a text or a heading ("other", "timing", "service"). */
export const SHORT_ONLY: ReadonlySet<string> = new Set(['vague_short', 'failure_short', 'value_short']);

const LEADS = new Set<string>(['contrast', 'really', 'cause', 'consequence', 'concession']);

// "mas barato" (Spanish "more"), "mais caro" (Portuguese "more"): not "but".
const MORE_FOLLOWERS = new Set([
  'barato', 'barata', 'baratos', 'baratas', 'caro', 'cara', 'caros', 'completo', 'completa', 'moderno', 'moderna', 'rapido',
  'rapida', 'simples', 'simple', 'facil', 'flexivel', 'flexible', 'economico', 'economica', 'alto', 'alta', 'baixo',
  'baixa', 'bajo', 'baja', 'de', 'do', 'da', 'que', 'um', 'uma', 'tempo', 'bem', 'competitivo', 'competitiva', 'pct',
  'en', 'em', 'cher', 'chere', 'del', 'dos', 'las', 'los', 'o', 'a',
]);

/** Whether a connective really opens a clause here (language and context settle the ambiguous ones). */
function isLead(hit: ConceptHit, parts: { read: ReadText; lang: Lang }): boolean {
  const w = parts.read.tokens[hit.start]!.w;
  const next = parts.read.tokens[hit.start + 1]?.w ?? '';
  const prev = parts.read.tokens[hit.start - 1]?.w ?? '';
  if (w === 'mas' || w === 'mais') {
    if (MORE_FOLLOWERS.has(next)) return false;
    return (w === 'mas' && parts.lang === 'pt') || (w === 'mais' && parts.lang === 'fr');
  }
  if (w === 'so' || w === 'then' || w === 'after' || w === 'yet') return parts.lang === 'en' && prev !== 'not';
  return true;
}

/** Reads a text into clauses with their cause hits, structure markers and qualifiers. */
// Words that are a grammar word in the text's language and a cue in another: French "j'ai", "lui ai" is no AI;
// and false friends: Spanish "rota" (broken) is a duty roster in English and a route in Portuguese.
const GRAMMAR_WORDS: Partial<Record<Lang, ReadonlySet<string>>> = { fr: new Set(['ai']), en: new Set(['rota']), pt: new Set(['rota']) };
const NO_IDS: readonly number[] = [];

export function readClauses(text: string, lexicon: Lexicon, maxChars?: number): TextParts {
  const read = readText(text, maxChars);
  const ids: Array<readonly number[]> = new Array(read.tokens.length);
  const lang = guessLanguage(read);
  const grammarWords = GRAMMAR_WORDS[lang];
  const compounds = lang === 'de' || lang === 'en';
  for (const seg of read.segments) {
    for (let i = seg.from; i < seg.to; i++) {
      const t = read.tokens[i]!;
      let found = grammarWords?.has(t.w) ? NO_IDS : lexicon.index.idsOf(t.w);
      // German, or a CRM entry too short to tell ("Kd. fuehlt sich vernachlaessigt" has no stop word).
      if (compounds) found = germanIds(found, t.w, lexicon, lang === 'de');
      // Names ("Lukas Lorenz", "Acme") are never corrected as typos: capitalised words inside a segment.
      // Nor words written with a Romance accent ("précis", "présa"): an accent is typed on purpose, it is no slip.
      if (t.w.length < 5 || (i > seg.from && isCapital(text, t.start)) || hasRomanceAccent(text, t.start, t.end)) ids[i] = found;
      else if (found.length === 0) ids[i] = wordIds(t.w, lexicon);
      else ids[i] = lexicon.index.isExact(t.w) ? found : slipOf(t.w, lexicon) ?? found;
    }
  }
  const parts = { read, lang };
  const clauses: Clause[] = [];
  const qualifiers: Array<ConceptHit & { sentence: number }> = [];
  const withCauses: boolean[] = [];
  read.segments.forEach((seg, segIndex) => {
    const [causes, structure] = lexicon.main.matchLayers(ids, seg.from, seg.to) as [ConceptHit[], ConceptHit[]];
    withCauses.push(causes.length > 0);
    const head = segIndex === 0 && seg.dash && seg.to - seg.from <= 4;
    let current: Clause = { from: seg.from, to: seg.to, sentence: seg.sentence, lead: null, weight: 1, head, markers: [], cues: [] };
    const open: Clause[] = [current];
    for (const hit of structure) {
      if (LEADS.has(hit.concept) && isLead(hit, parts)) {
        if (hit.start === current.from) current.lead = hit.concept as MarkerConcept;
        else {
          current.to = hit.start;
          current = { from: hit.start, to: seg.to, sentence: seg.sentence, lead: hit.concept as MarkerConcept, weight: 1, head: false, markers: [], cues: [] };
          open.push(current);
        }
      } else if (!LEADS.has(hit.concept)) current.markers.push(hit);
    }
    // "said our helpdesk was great tho": a trailing "though" makes its clause a concession.
    const last = read.tokens[seg.to - 1]?.w;
    if ((last === 'though' || last === 'tho') && current.lead === null) current.lead = 'concession';
    // A run of words with no punctuation or connective is read in pieces of at most MAX_CLAUSE_TOKENS,
    // so a pasted thread without full stops costs no more than one with them.
    const pieces = seg.to - seg.from > MAX_CLAUSE_TOKENS ? open.flatMap((c) => chunk(c)) : open;
    let k = 0;
    for (let hit of causes) {
      // A picklist-like form ("keine Antwort", "closed") inside a longer story reads as its other concept, if any.
      if (hit.alt && SHORT_ONLY.has(hit.concept) && !head && read.tokens.length > PICKLIST_TOKENS) hit = { start: hit.start, end: hit.end, ...hit.alt };
      while (k < pieces.length - 1 && hit.start >= pieces[k]!.to) k++;
      pieces[k]!.cues.push(hit);
    }
    for (const c of pieces) clauses.push(c);
  });
  // Step II qualifiers matter only around causes: the segments that name one, and the segment after.
  read.segments.forEach((seg, i) => {
    if (!withCauses[i] && !withCauses[i - 1]) return;
    for (const q of lexicon.qualifiers.match(ids, seg.from, seg.to)) qualifiers.push(Object.assign(q, { sentence: seg.sentence }));
  });
  weighClauses(clauses);
  return { text: text.slice(0, read.readChars), read, ids, lang, clauses, qualifiers, words: read.tokens.map((t) => t.w) };
}

/** Whether the character at `at` is a capital (changes when lower-cased); ASCII without a string made. */
function isCapital(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90;
  const first = text[at] ?? '';
  return first !== first.toLowerCase();
}

const MAX_CLAUSE_TOKENS = 40;

function chunk(clause: Clause): Clause[] {
  if (clause.to - clause.from <= MAX_CLAUSE_TOKENS) return [clause];
  const out: Clause[] = [];
  for (let from = clause.from; from < clause.to; from += MAX_CLAUSE_TOKENS) {
    const to = Math.min(clause.to, from + MAX_CLAUSE_TOKENS);
    out.push({ ...clause, from, to, lead: from === clause.from ? clause.lead : null, markers: clause.markers.filter((m) => m.start >= from && m.start < to), cues: [] });
  }
  return out;
}

/** A Romance accent in text[from, to): à-ã ç-ï ò-õ ù-û, either case (read in place: this runs for most words). */
function hasRomanceAccent(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xc0 || c > 0xfb) continue;
    const lower = c | 0x20;
    if ((lower >= 0xe0 && lower <= 0xe3) || (lower >= 0xe7 && lower <= 0xef) || (lower >= 0xf2 && lower <= 0xf5) || (lower >= 0xf9 && lower <= 0xfb)) return true;
  }
  return false;
}

/** The lexicon ids of a word, or of the keyword it misspells ("prcie", "competetor"). */
function wordIds(w: string, lexicon: Lexicon): readonly number[] {
  const ids = lexicon.index.idsOf(w);
  if (ids.length > 0 || w.length < 5) return ids;
  const corrected = lexicon.typos.correct(w);
  return corrected === w ? ids : lexicon.index.idsOf(corrected);
}

/**
 * "outtages", "paymnet": a word no pattern spells exactly, one slip from a keyword, is that keyword, even when a
 * prefix or a compound's tail also matches it (undefined when it is no slip).
 */
function slipOf(w: string, lexicon: Lexicon): readonly number[] | undefined {
  const corrected = lexicon.typos.correct(w);
  return corrected === w ? undefined : lexicon.index.idsOf(corrected);
}

const has = (c: Clause, concept: MarkerConcept) => c.markers.some((m) => m.concept === concept);

/** Applies the connectives' weights within each sentence (and "the real reason" over the sentence before). */
function weighClauses(clauses: Clause[]): void {
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i]!;
    const prev = clauses[i - 1];
    const sameSentence = prev !== undefined && prev.sentence === c.sentence;
    switch (c.lead) {
      case 'contrast':
        c.weight *= 1.3;
        if (sameSentence) prev.weight *= 0.75;
        break;
      case 'really':
        c.weight *= 1.8;
        for (let j = i - 1; j >= 0 && clauses[j]!.sentence >= c.sentence - (sameSentence ? 0 : 1); j--) clauses[j]!.weight *= sameSentence ? 0.4 : 0.6;
        break;
      case 'cause':
        c.weight *= 1.4;
        break;
      case 'consequence':
        c.weight *= 0.8;
        if (sameSentence) prev.weight *= 1.3;
        break;
      case 'concession': {
        c.weight *= 0.5;
        const next = clauses[i + 1];
        if (next && next.sentence === c.sentence) next.weight *= 1.2;
        break;
      }
      default:
        break;
    }
    if (has(c, 'claim') && c.lead !== 'really') {
      c.weight *= 0.5;
      // "Offiziell heißt es, | man habe ... entschieden": a claim with no cause of its own introduces the rest of
      // its sentence, up to a contrast or the rep's "really".
      for (let j = i + 1; !c.cues.some(isCause) && j < clauses.length; j++) {
        const next = clauses[j]!;
        if (next.sentence !== c.sentence || next.lead === 'really' || next.lead === 'contrast') break;
        next.weight *= 0.5;
      }
    }
  }
  // The rep's conclusion ("that's what lost it", "the number was just the number") lends its weight to
  // the clause that names the cause: itself, or the one before it.
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i]!;
    if (!has(c, 'conclusion')) continue;
    let target: Clause | undefined = c.cues.some(isCause) ? c : undefined;
    for (let j = i - 1; !target && j >= Math.max(0, i - 6); j--) {
      const p = clauses[j]!;
      if (p.sentence >= c.sentence - 1 && p.cues.some(isCause)) target = p;
    }
    if (target) target.weight *= 1.7;
  }
}

const NOT_CAUSES = new Set(['vague', 'vague_short', 'no_reason', 'hedge', 'mixed', 'competitor', 'neutral']);
/** A hit that names a cause (not vagueness, a guess or a plain competitor mention). */
export const isCause = (hit: ConceptHit) => !NOT_CAUSES.has(hit.concept);
