/**
 * Text normalisation for loss reasons as reps write them: any case, accents or none, contractions,
 * symbols. The output is a list of clauses, each a list of plain ASCII tokens.
 */

export interface Clause {
  tokens: string[];
  /** Character offsets of the clause in the original text, for evidence excerpts. */
  start: number;
  end: number;
}

// Sentence-level boundaries. Commas also end a clause: reps write "service was fine, X was 30% cheaper".
const CLAUSE_BOUNDARY = /[.!?;:\n\r,()[\]|/]+|\s[-–—]+\s|\s+\+\s+/g;

/** Lower-cases, strips diacritics (ä→a, ç→c, ß→ss) and expands contractions so negation is a token. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[’`´]/g, "'")
    .replace(/n't\b/g, ' not')
    .replace(/\bcan not\b/g, 'can not')
    .replace(/\b(?:wo) not\b/g, 'will not')
    .replace(/\b([a-z])'(?=[a-z])/g, '$1 ') // l'offre, d'un, n'est
    .replace(/(^|[\s(])[-−]\s?\d+(?:[.,]\d+)?\s?%/g, '$1 pctoff ') // "-22%": a discount asked or given
    .replace(/%/g, ' pct ')
    .replace(/[$€£]|\b(?:usd|eur|gbp|brl|chf)\b/g, ' money ');
}

/** Splits folded text into tokens: runs of letters and digits. */
export function tokenize(folded: string): string[] {
  return folded.match(/[a-z0-9]+/g) ?? [];
}

/** Splits text into clauses of tokens, keeping offsets into the original text. */
export function splitClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  let last = 0;
  const push = (start: number, end: number) => {
    const tokens = tokenize(foldText(text.slice(start, end)));
    if (tokens.length > 0) clauses.push({ tokens, start, end });
  };
  for (const m of text.matchAll(CLAUSE_BOUNDARY)) {
    // Keep decimal numbers ("0.5") and percentages together.
    if (m[0] === '.' || m[0] === ',') {
      const before = text[m.index - 1] ?? '';
      const after = text[m.index + 1] ?? '';
      if (/\d/.test(before) && /\d/.test(after)) continue;
    }
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, text.length);
  return clauses;
}
