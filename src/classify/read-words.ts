/**
 * The words of a text as the lexicon knows them: folded (any case, accents or none), contractions and
 * elisions expanded ("wasn't" → was not, "l'offre" → le offre), CRM shorthand spelt out ("cust" → customer).
 * Each distinct word as written is worked out once (cached): the scanner in read-text.ts calls this per word.
 */

const MARKS = /[\u0300-\u036f]/g;

/** Lower-cases and strips diacritics (ä→a, ç→c, ß→ss): the key of a word for the lexicon and the learned words alike. */
export function foldWord(word: string): string {
  // Most words are plain ASCII: normalising them would only cost time.
  if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/ß/g, 'ss');
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
  w: 'with', yr: 'year', yrs: 'years', mo: 'month', mos: 'months', wk: 'week', wks: 'weeks',
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
  // More shorthand by language: "p/ outro estado", "ngm atendeu", "pb de livraison", "cxl'd", "pmt late", "ggü. Wettbewerb".
  p: 'para', ngm: 'ninguem', msm: 'mesmo', qdo: 'quando', hj: 'hoje', conc: 'concorrente', fornec: 'fornecedor',
  tmb: 'tambien', dsp: 'despues', pb: 'probleme', pbs: 'problemes', cl: 'client', cde: 'commande', cdes: 'commandes',
  tjs: 'toujours', bcp: 'beaucoup', svt: 'souvent', fourn: 'fournisseur', ggu: 'gegenuber', cxl: 'cancelled',
  canx: 'cancelled', pmt: 'payment', pmts: 'payments', pymt: 'payment', mgt: 'management', comms: 'communication',
  comm: 'communication',
};

// Tokens a dot follows without ending the sentence ("Kd. auf Liefersperre", "lt. Kd.", "approx. 20%").
const ABBREVIATIONS = new Set([
  'cust', 'kd', 'lt', 'ca', 'cl', 'cte', 'cli', 'concu', 'concorr', 'comp', 'wettb', 'mitbew', 'vs', 'eg', 'ie', 'approx',
  'est', 'mr', 'mrs', 'ms', 'dr', 'st', 'inc', 'co', 'corp', 'ltd', 'mo', 'mos', 'yr', 'yrs', 'nr', 'acct', 'mgmt',
  'dept', 'z', 'b', 'd', 'h', 'u', 'etc', 'sr', 'sra', 'srs', 'ste', 'cia', 'ltda', 'gmbh', 'sa', 'av', 'tel', 'ref',
  // German shorthand reps write with a dot: weeks, months, days, hours, calendar week, "possibly", "actually", "including".
  'wettbew', 'wo', 'wg', 'mon', 'tg', 'std', 'kw', 'ggf', 'bzw', 'evtl', 'inkl', 'exkl', 'zzgl', 'eigentl', 'vgl', 'bspw', 'mind', 'mtl',
  'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez', 'aprox', 'env',
]);

const wordCache = new Map<string, string[]>();
const abbreviationCache = new Map<string, boolean>();

/** Whether the word before a dot is an abbreviation ("Kd.", "approx."): folded once per distinct word. */
export function isAbbreviation(raw: string): boolean {
  let known = abbreviationCache.get(raw);
  if (known === undefined) {
    known = ABBREVIATIONS.has(foldWord(raw));
    if (abbreviationCache.size > 10_000) abbreviationCache.clear();
    abbreviationCache.set(raw, known);
  }
  return known;
}

/** The folded words one word as written stands for (most often one; "wasn't" is two). */
export function wordsOf(raw: string): readonly string[] {
  let words = wordCache.get(raw);
  if (words === undefined) {
    words = expandWord(foldWord(raw).replace(/’/g, "'"));
    if (wordCache.size > 100_000) wordCache.clear();
    wordCache.set(raw, words);
  }
  // "ñ" is Spanish and Portuguese shorthand for no / não.
  if (raw === 'ñ' || raw === 'Ñ') return NAO;
  return words;
}

const NAO: readonly string[] = ['nao'];

// The scanner's cache of wordsOf, keyed by a hash of the characters in the text: a word cut out of the text
// is a fresh string, and a Map hashes a fresh string key through a runtime call (about 100 ns a word).
// Direct-mapped: a slot holds the last word that hashed to it, so it stays bounded with no clearing.
const SLOTS = 1 << 14;
const slotRaw = new Array<string | undefined>(SLOTS).fill(undefined);
const slotWords = new Array<readonly string[]>(SLOTS).fill(NAO);

/** wordsOf(text.slice(start, end)), without cutting the word out of the text when it was seen before. */
export function wordsAt(text: string, start: number, end: number): readonly string[] {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  const slot = (hash ^ (hash >>> 15)) & (SLOTS - 1);
  const raw = slotRaw[slot];
  if (raw !== undefined && sameChars(raw, text, start, end)) return slotWords[slot]!;
  const word = text.slice(start, end);
  const words = wordsOf(word);
  slotRaw[slot] = word;
  slotWords[slot] = words;
  return words;
}

function sameChars(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

function expandWord(folded: string): string[] {
  // Own keys only: a rep's "constructor" or "toString" is a word, not a property every object inherits.
  const whole = Object.hasOwn(CONTRACTIONS, folded) ? CONTRACTIONS[folded] : undefined;
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
  const alias = Object.hasOwn(ALIASES, folded) ? ALIASES[folded] : undefined;
  if (alias) return alias.split(' ');
  // "3rd", "x4", "4x": keep the number, mark repetition words the lexicon knows.
  const times = /^(?:x(\d+)|(\d+)x)$/.exec(folded);
  if (times) return ['times', times[1] ?? times[2]!];
  return [folded];
}
