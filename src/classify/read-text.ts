/**
 * Reading a loss reason, note or ticket as reps write it: any case, accents or none, contractions,
 * abbreviations, symbols. One pass over the text (linear in its length), capped at MAX_TEXT_CHARS.
 */

/** At most this many characters of one text are read; the rest is ignored and the result says so. */
export const MAX_TEXT_CHARS = 20_000;

/** One word as read: its folded form (lower case, no accents) and where it stands in the original text. */
export interface Token {
  w: string;
  start: number;
  end: number;
  /** Inside quotation marks: someone else's words ("we" is then the customer, "you" is us). readText sets it on every token (true or undefined), so all tokens share one shape. */
  q?: boolean;
}

/** A run of tokens between two punctuation marks; `sentence` counts sentence ends (. ! ? ; new line). */
export interface Segment {
  from: number;
  to: number;
  sentence: number;
  /** The segment ends at a dash (" - "): a picklist value before the rep's own words. */
  dash: boolean;
}

export interface ReadText {
  tokens: Token[];
  segments: Segment[];
  /** Characters read and characters in the text (more when it was cut at MAX_TEXT_CHARS). */
  readChars: number;
  totalChars: number;
}

import { isAbbreviation, wordsAt } from './read-words';

export { ALIASES, foldWord } from './read-words';

// German writes ordinals and dates with a dot ("zum 1. April", "nach dem 2. Inkassofall", "zum 31.12."),
// which ends no sentence: a number of one or two digits (or a day.month date) after one of these words.
const ORDINAL_LEADS = new Set([
  'zum', 'zur', 'am', 'im', 'vom', 'beim', 'nach', 'bis', 'ab', 'seit', 'der', 'die', 'das', 'den', 'dem', 'des', 'jeden', 'jede', 'jedes',
  'fur', 'fuer', 'uber', 'ueber', 'mit', 'vor', 'als', 'ihr', 'ihre', 'ihrem', 'ihren', 'unser', 'unsere', 'unserem', 'unseren',
]);
const DAY_OR_DATE = /^\d{1,2}(?:\.\d{1,2})?$/;

/** The dot just read (the token before it ends at `after - 1`) marks an ordinal or a date, not a sentence end. */
function isOrdinal(tokens: readonly Token[], body: string, after: number): boolean {
  const number = tokens[tokens.length - 1]!;
  if (!DAY_OR_DATE.test(number.w)) return false;
  const next = body.charCodeAt(after + 1);
  if (isSpace(body.charCodeAt(after)) && next >= 97 && next <= 122) return true;
  return number.w.includes('.') || ORDINAL_LEADS.has(tokens[tokens.length - 2]?.w ?? '');
}

/** Reads a text into folded tokens and punctuation segments. Cost is linear in the length read. */
export function readText(text: string, maxChars = MAX_TEXT_CHARS): ReadText {
  const totalChars = text.length;
  let body = text;
  if (totalChars > maxChars) {
    const cut = text.lastIndexOf(' ', maxChars);
    body = text.slice(0, cut > maxChars * 0.9 ? cut : maxChars);
  }
  const tokens: Token[] = [];
  const segments: Segment[] = [];
  let segFrom = 0;
  let sentence = 0;
  const close = (dash: boolean, endsSentence: boolean) => {
    if (tokens.length > segFrom) segments.push({ from: segFrom, to: tokens.length, sentence, dash });
    segFrom = tokens.length;
    if (endsSentence) sentence += 1;
  };
  let quoted = false;
  const push = (w: string, start: number, end: number) => void tokens.push({ w, start, end, q: quoted ? true : undefined });
  const pushWords = (start: number, end: number) => {
    const words = wordsAt(body, start, end);
    for (let k = 0; k < words.length; k++) push(words[k]!, start, end);
  };
  // One pass over the characters (a hand-written scanner: several times faster than a regular expression).
  const n = body.length;
  let i = 0;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (isLetter(c)) {
      let j = i + 1;
      for (;;) {
        while (j < n && (kindOf(body.charCodeAt(j)) & (LETTER | DIGIT)) !== 0) j++; // one table read a character
        // An apostrophe inside a word: wasn't, l'offre, comp's.
        const a = body.charCodeAt(j);
        if ((a === 39 || a === 0x2019) && j + 1 < n && isLetter(body.charCodeAt(j + 1))) j += 2;
        else break;
      }
      // "b/c" is because.
      if (j === i + 1 && (c === 98 || c === 66) && body.charCodeAt(j) === 47 && (body.charCodeAt(j + 1) | 32) === 99 && !isLetter(body.charCodeAt(j + 2))) {
        push('because', i, j + 2);
        i = j + 2;
        continue;
      }
      pushWords(i, j);
      i = j;
    } else if (isDigit(c)) {
      let j = i + 1;
      while (j < n && (isDigit(body.charCodeAt(j)) || ((body.charCodeAt(j) === 46 || body.charCodeAt(j) === 44) && isDigit(body.charCodeAt(j + 1))))) j++;
      while (j < n && isLetter(body.charCodeAt(j)) && body.charCodeAt(j) < 0x250) j++;
      pushWords(i, j);
      i = j;
    } else if (isSpace(c) && isDash(body.charCodeAt(i + 1))) {
      let j = i + 1;
      while (j < n && isDash(body.charCodeAt(j))) j++;
      if (body.charCodeAt(j) === 62) {
        push('so', i + 1, j + 1); // "late deliveries -> cancelled": a consequence
        i = j + 1;
      } else if (j === i + 2 && isDigit(body.charCodeAt(j))) {
        push('minus', i + 1, j); // "wanted -12%": a figure below ours
        i = j;
      } else if (j < n && isSpace(body.charCodeAt(j))) {
        close(true, false); // " - ": a picklist value before the rep's own words
        i = j + 1;
      } else {
        close(false, false);
        i = j;
      }
    } else if (isDash(c)) {
      const next = body.charCodeAt(i + 1);
      if (next === 62 && c !== 0x2014) {
        push('so', i, i + 2); // "late deliveries -> cancelled": a consequence
        i += 2;
        continue;
      }
      if (isDigit(next) && (i === 0 || !(isLetter(body.charCodeAt(i - 1)) || isDigit(body.charCodeAt(i - 1))))) {
        push('minus', i, i + 1); // "(-27%)"
        i += 1;
        continue;
      }
      let j = i + 1;
      while (j < n && isDash(body.charCodeAt(j))) j++;
      if (isSpace(body.charCodeAt(j))) close(false, false);
      i = j;
    } else if (c === 61) {
      if (body.charCodeAt(i + 1) === 62) push('so', i, i + 2);
      else push('is', i, i + 1);
      i += body.charCodeAt(i + 1) === 62 ? 2 : 1;
    } else if ((kindOf(c) & SENTENCE) !== 0) {
      let j = i + 1;
      while (j < n && (kindOf(body.charCodeAt(j)) & SENTENCE) !== 0) j++;
      const prev = tokens[tokens.length - 1];
      const dot = j === i + 1 && c === 46 && prev !== undefined && prev.end === i;
      const abbreviation = dot && (isAbbreviation(body.slice(prev.start, prev.end)) || isOrdinal(tokens, body, j));
      if (!abbreviation) close(false, true);
      i = j;
    } else if ((kindOf(c) & CLAUSE) !== 0) {
      close(false, false);
      i += 1;
    } else if ((kindOf(c) & SYMBOL) !== 0) {
      push(SYMBOLS[body[i]!] ?? 'money', i, i + 1);
      i += 1;
    } else if (c === 47) {
      // "w/", "b/c", "p/" (para), "c/" (com, con), "s/" (sem, sin), "24/7", "n/a" glue; any other slash separates alternatives.
      const prev = tokens[tokens.length - 1];
      const glued = prev !== undefined && prev.end === i && (/^(with|because|b|p|c|s|para|24)$/.test(prev.w) || (prev.w.length === 1 && isLetter(body.charCodeAt(i + 1))));
      // "w/o notice": without.
      if (glued && prev.w === 'with' && (body[i + 1] === 'o' || body[i + 1] === 'O') && !isLetter(body.charCodeAt(i + 2))) {
        prev.w = 'without';
        prev.end = i + 2;
        i += 2;
        continue;
      }
      if (!glued) close(false, false);
      i += 1;
    } else if ((kindOf(c) & QUOTE) !== 0) {
      // Quotation marks open or close someone's own words; a lone apostrophe opens only before a word.
      const mark = body[i]!;
      const before = body[i - 1] ?? ' ';
      const opens: boolean = mark === '“' || mark === '«' || (mark !== '”' && mark !== '»' && !quoted && /[\s(:\[-]/.test(before));
      if (mark === '"' || opens || quoted) {
        quoted = mark === '"' ? !quoted : opens;
        close(false, false);
      }
      i += 1;
    } else i += 1;
  }
  close(false, true);
  return { tokens, segments, readChars: body.length, totalChars };
}

const SYMBOLS: Record<string, string> = { '%': 'pct', '+': 'and', '&': 'and', '=': 'is' };
// What each character is to the scanner, looked up in one table (the Latin script, punctuation, the
// typographic dashes, quotes and spaces all lie below U+2100; anything above is none of these).
const LETTER = 1;
const DIGIT = 2;
const SPACE = 4;
const DASH = 8;
const SENTENCE = 16;
const CLAUSE = 32;
const SYMBOL = 64;
const QUOTE = 128;
const KINDS = new Uint8Array(0x2100);
const mark = (kind: number, chars: string) => {
  for (const ch of chars) KINDS[ch.charCodeAt(0)]! |= kind;
};
const markRange = (kind: number, from: number, to: number) => {
  for (let c = from; c <= to; c++) KINDS[c]! |= kind;
};
// Letters of the Latin script (the five languages' alphabets and their accents), without × and ÷.
markRange(LETTER, 97, 122);
markRange(LETTER, 65, 90);
markRange(LETTER, 0xc0, 0x24f);
KINDS[0xd7] = 0;
KINDS[0xf7] = 0;
markRange(LETTER, 0x1e00, 0x1eff);
markRange(DIGIT, 48, 57);
mark(SPACE, ' \t\u00a0\u2009\u202f');
mark(DASH, '-\u2013\u2014');
mark(SENTENCE, '.!?;\n\r');
mark(CLAUSE, ',:()[]|');
mark(SYMBOL, '%$€£+&');
mark(QUOTE, '"“”«»\'‘’');
/** The kind bits of a character code (0 past the end of the text, where charCodeAt gives NaN). */
const kindOf = (c: number) => (c < 0x2100 ? KINDS[c]! : 0);
const isLetter = (c: number) => (kindOf(c) & LETTER) !== 0;
const isDigit = (c: number) => (kindOf(c) & DIGIT) !== 0;
const isSpace = (c: number) => (kindOf(c) & SPACE) !== 0;
const isDash = (c: number) => (kindOf(c) & DASH) !== 0;
