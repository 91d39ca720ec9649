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

/** Lower-cases and strips diacritics (ä→a, ç→c, ß→ss). */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ß/g, 'ss');
}

// Contractions and shorthand, after folding: "wasn't" → was not, "w/" → with, "cust" → customer.
const CONTRACTIONS: Record<string, string[]> = {
  "can't": ['can', 'not'], "won't": ['will', 'not'], "shan't": ['shall', 'not'], "ain't": ['is', 'not'],
  "it's": ['it', 'is'], "that's": ['that', 'is'], "there's": ['there', 'is'], "what's": ['what', 'is'],
  "he's": ['he', 'is'], "she's": ['she', 'is'], "let's": ['let', 'us'],
};
const SUFFIXES: Array<[string, string[]]> = [
  ["n't", ['not']], ["'re", ['are']], ["'ve", ['have']], ["'ll", ['will']], ["'d", ['would']], ["'m", ['am']], ["'s", []],
];
/** CRM shorthand reps type, in the five languages, mapped to the full word the lexicon knows. */
export const ALIASES: Record<string, string> = {
  cust: 'customer', custs: 'customers', cx: 'customer', clt: 'client', cte: 'cliente', ctes: 'clientes', cli: 'cliente',
  kd: 'kunde', kdn: 'kunden', comp: 'competitor', comps: 'competitors', compet: 'competitor', concu: 'concurrent',
  concur: 'concurrent', concorr: 'concorrente', wettb: 'wettbewerber', mitbew: 'mitbewerber', acct: 'account',
  accts: 'accounts', mgmt: 'management', mgr: 'manager', svc: 'service', tix: 'tickets', impl: 'implementation',
  bc: 'because', bcs: 'because', cuz: 'because', coz: 'because', thru: 'through', tho: 'though', altho: 'although',
  w: 'with', wo: 'without', yr: 'year', yrs: 'years', mo: 'month', mos: 'months', wk: 'week', wks: 'weeks',
  qtr: 'quarter', qtrs: 'quarters', approx: 'approximately', govt: 'government', dept: 'department', mfg: 'manufacturing',
  ops: 'operations', dont: 'do not', didnt: 'did not', doesnt: 'does not', wasnt: 'was not', werent: 'were not',
  isnt: 'is not', wont: 'will not', cant: 'can not', couldnt: 'could not', wouldnt: 'would not', havent: 'have not',
  hasnt: 'has not', hadnt: 'had not', thats: 'that is', theyre: 'they are', theyd: 'they would', weve: 'we have',
  cannot: 'can not', pq: 'porque', xq: 'porque', q: 'que', tb: 'tambien', tbm: 'tambem', vc: 'voce', pra: 'para',
  gf: 'geschaftsfuhrung', gl: 'geschaftsleitung', lt: 'laut', ca: 'circa', zb: 'zum beispiel', vndr: 'vendor',
  vndrs: 'vendors', supp: 'supplier', biz: 'business', ppl: 'people', perf: 'performance', dlvry: 'delivery', deliv: 'delivery',
  mtg: 'meeting', appt: 'appointment', acq: 'acquired', acqd: 'acquired', oob: 'out of business', esc: 'escalation',
  escs: 'escalations', tkt: 'ticket', tkts: 'tickets', mngmt: 'management', eval: 'evaluation', req: 'requirement',
  reqs: 'requirements', feat: 'feature', feats: 'features', func: 'functionality', integ: 'integration', px: 'price',
  prc: 'price', qlty: 'quality', svcs: 'services', srvc: 'service', sup: 'support', mgrs: 'managers',
};

// Tokens a dot follows without ending the sentence ("Kd. auf Liefersperre", "lt. Kd.", "approx. 20%").
const ABBREVIATIONS = new Set([
  'cust', 'kd', 'lt', 'ca', 'cl', 'cte', 'cli', 'concu', 'concorr', 'comp', 'wettb', 'mitbew', 'vs', 'eg', 'ie', 'approx',
  'est', 'mr', 'mrs', 'ms', 'dr', 'st', 'inc', 'co', 'corp', 'ltd', 'mo', 'mos', 'yr', 'yrs', 'nr', 'acct', 'mgmt',
  'dept', 'z', 'b', 'd', 'h', 'u', 'etc', 'sr', 'sra', 'srs', 'ste', 'cia', 'ltda', 'gmbh', 'sa', 'av', 'tel', 'ref',
]);


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
  // One pass over the characters (a hand-written scanner: several times faster than a regular expression).
  const n = body.length;
  let i = 0;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (isLetter(c)) {
      let j = i + 1;
      for (;;) {
        while (j < n && (isLetter(body.charCodeAt(j)) || isDigit(body.charCodeAt(j)))) j++;
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
      pushWord(body.slice(i, j), i, push, body);
      i = j;
    } else if (isDigit(c)) {
      let j = i + 1;
      while (j < n && (isDigit(body.charCodeAt(j)) || ((body.charCodeAt(j) === 46 || body.charCodeAt(j) === 44) && isDigit(body.charCodeAt(j + 1))))) j++;
      while (j < n && isLetter(body.charCodeAt(j)) && body.charCodeAt(j) < 0x250) j++;
      pushWord(body.slice(i, j), i, push, body);
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
    } else if (SENTENCE_END.has(c)) {
      let j = i + 1;
      while (j < n && SENTENCE_END.has(body.charCodeAt(j))) j++;
      const prev = tokens[tokens.length - 1];
      const abbreviation = j === i + 1 && c === 46 && prev !== undefined && prev.end === i && isAbbreviation(body.slice(prev.start, prev.end));
      if (!abbreviation) close(false, true);
      i = j;
    } else if (CLAUSE_MARK.has(c)) {
      close(false, false);
      i += 1;
    } else if (SYMBOL_CODES.has(c)) {
      push(SYMBOLS[body[i]!] ?? 'money', i, i + 1);
      i += 1;
    } else if (c === 47) {
      // "w/", "b/c", "24/7", "n/a" glue; any other slash separates alternatives.
      const prev = tokens[tokens.length - 1];
      const glued = prev !== undefined && prev.end === i && (/^(with|because|b|p|24)$/.test(prev.w) || (prev.w.length === 1 && isLetter(body.charCodeAt(i + 1))));
      if (!glued) close(false, false);
      i += 1;
    } else if (QUOTE_CODES.has(c)) {
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
const codes = (chars: string) => new Set([...chars].map((ch) => ch.charCodeAt(0)));
const SENTENCE_END = codes('.!?;\n\r');
const CLAUSE_MARK = codes(',:()[]|');
const SYMBOL_CODES = codes('%$€£+&');
const QUOTE_CODES = codes('"“”«»\'‘’');
// Letters of the Latin script (the five languages' alphabets and their accents).
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f;
const isDash = (c: number) => c === 45 || c === 0x2013 || c === 0x2014;
const wordCache = new Map<string, string[]>();
const abbreviationCache = new Map<string, boolean>();

/** Whether the word before a dot is an abbreviation ("Kd.", "approx."): folded once per distinct word. */
function isAbbreviation(raw: string): boolean {
  let known = abbreviationCache.get(raw);
  if (known === undefined) {
    known = ABBREVIATIONS.has(foldWord(raw));
    if (abbreviationCache.size > 10_000) abbreviationCache.clear();
    abbreviationCache.set(raw, known);
  }
  return known;
}

function pushWord(raw: string, start: number, push: (w: string, s: number, e: number) => void, body: string): void {
  const end = start + raw.length;
  let words = wordCache.get(raw);
  if (words === undefined) {
    words = expandWord(foldWord(raw).replace(/’/g, "'"));
    if (wordCache.size > 100_000) wordCache.clear();
    wordCache.set(raw, words);
  }
  // "ñ" is Spanish and Portuguese shorthand for no / não.
  if (raw === 'ñ' || raw === 'Ñ') words = ['nao'];
  for (const w of words) push(w, start, end);
}

function expandWord(folded: string): string[] {
  const whole = CONTRACTIONS[folded];
  if (whole) return whole;
  const apostrophe = folded.indexOf("'");
  if (apostrophe > 0) {
    for (const [suffix, add] of SUFFIXES) {
      if (folded.endsWith(suffix) && folded.length > suffix.length) {
        const stem = folded.slice(0, -suffix.length);
        return [...expandWord(stem === 'ca' ? 'can' : stem === 'wo' ? 'will' : stem), ...add];
      }
    }
    // French and Italian elision: l'offre, n'est, d'un, qu'il.
    const head = folded.slice(0, apostrophe);
    const tail = folded.slice(apostrophe + 1);
    return [head === 'n' ? 'ne' : head === 'qu' ? 'que' : head, ...expandWord(tail)];
  }
  const alias = ALIASES[folded];
  if (alias) return alias.split(' ');
  // "3rd", "x4", "4x": keep the number, mark repetition words the lexicon knows.
  const times = /^(?:x(\d+)|(\d+)x)$/.exec(folded);
  if (times) return ['times', times[1] ?? times[2]!];
  return [folded];
}
