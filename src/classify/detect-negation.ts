/**
 * Negation and contrast, as reps write them in five languages:
 * "it wasn't about price", "no complaints about support", "service was fine", "price was not the issue",
 * "kein Preisthema", "ce n'est pas le prix", "no fue por el precio", "nao foi o preco".
 */
import type { CueMatch } from './phrase-matcher';

const NEGATORS = new Set([
  'not', 'no', 'never', 'nothing', 'none', 'without', 'nor', 'neither', 'hardly', 'kein', 'keine', 'keinen', 'keiner',
  'keinem', 'nicht', 'nie', 'niemals', 'ohne', 'weder', 'pas', 'jamais', 'aucun', 'aucune', 'sans', 'ni', 'ningun',
  'ninguna', 'ninguno', 'sin', 'nunca', 'nao', 'nem', 'nenhum', 'nenhuma', 'sem', 'nada',
]);

// Words that may stand between a negator and what it negates: "not (really) about (the) price".
const TRANSPARENT = new Set([
  'about', 'because', 'of', 'due', 'to', 'the', 'a', 'an', 'our', 'its', 'it', 'really', 'related', 'just', 'only',
  'on', 'over', 'any', 'real', 'big', 'major', 'main', 'primarily', 'mainly', 'mostly', 'so', 'much', 'that', 'this',
  'was', 'is', 'were', 'be', 'been', 'too', 'really', 'even', 'um', 'am', 'an', 'der', 'die', 'das', 'den', 'dem',
  'des', 'wegen', 'ein', 'eine', 'einen', 'einem', 'uber', 'beim', 'bei', 'es', 'ging', 'war', 'nur', 'le', 'la', 'les',
  'l', 'de', 'du', 'd', 'un', 'une', 'pour', 'par', 'cause', 'question', 'lie', 'en', 'c', 'etait', 'est', 'el', 'los',
  'las', 'por', 'del', 'al', 'una', 'tema', 'cuestion', 'o', 'os', 'as', 'pelo', 'pela', 'do', 'da', 'um', 'uma',
  'questao', 'em', 'causa', 'motivo', 'foi', 'era', 'fue', 'se', 'trata', 'tanto', 'ist', 'issue', 'at', 'all', 'really',
  'problem', 'a', 'reason', 'thema', 'grund', 'sur', 'le', 'sobre', 'tickets', 'ticket', 'complaints', 'hubo', 'hay',
  'houve', 'gab', 'there', 'any', 'single', 'one',
]);

const ISSUE_NOUNS = new Set([
  'issue', 'issues', 'problem', 'problems', 'reason', 'factor', 'driver', 'deciding', 'decisive', 'concern', 'thema',
  'grund', 'ausschlaggebend', 'entscheidend', 'probleme', 'raison', 'sujet', 'souci', 'critere', 'problema', 'razon',
  'motivo', 'questao', 'fator', 'factor', 'causa', 'point', 'unterschied', 'difference', 'diferenca', 'diferencia',
]);

const POSITIVE = new Set([
  'fine', 'ok', 'okay', 'good', 'great', 'excellent', 'solid', 'acceptable', 'reasonable', 'comparable', 'similar',
  'fair', 'decent', 'perfect', 'flawless', 'strong', 'gut', 'super', 'ordnung', 'passend', 'bien', 'bon', 'bonne',
  'correct', 'correcte', 'raisonnable', 'satisfaisant', 'bueno', 'buena', 'buenos', 'correcto', 'razonable', 'bom',
  'boa', 'bons', 'otimo', 'otima', 'razoavel', 'top', 'impecable', 'impeccable', 'excelente', 'exzellent',
  'hervorragend', 'tadellos', 'similaire', 'similar', 'parecido', 'igual', 'same', 'equal', 'competitive', 'competitif',
  'competitivo', 'competitiva', 'wettbewerbsfahig', 'smooth', 'smoothly', 'well', 'zufrieden', 'contento', 'contenta',
  'satisfied', 'happy', 'footnote', 'secondary', 'minor', 'irrelevant', 'praised', 'parecido', 'parecidos', 'solide',
  'solid', 'comparavel', 'comparable', 'vergleichbar', 'equivalent', 'equivalente',
]);

// Between a cue and its evaluation: "service (was always pretty) good".
const COPULAS = new Set([
  'was', 'were', 'is', 'are', 'been', 'has', 'have', 'had', 'always', 'pretty', 'quite', 'very', 'really', 'actually',
  'totally', 'still', 'generally', 'overall', 'itself', 'war', 'waren', 'ist', 'sind', 'immer', 'eigentlich', 'voll',
  'in', 'etait', 'est', 'a', 'ete', 'toujours', 'tres', 'plutot', 'fue', 'era', 'es', 'estaba', 'estuvo', 'siempre',
  'muy', 'foi', 'e', 'estava', 'sempre', 'muito', 'sido', 'ha', 'bastante', 'ziemlich', 'assez', 'also', 'too', 'went',
  'got', 'gets', 'received', 'und', 'and', 'et', 'y', 'product', 'produkt', 'produit', 'producto', 'produto', 'mit',
]);

const TRAILING_NEGATORS = new Set(['ninguna', 'ninguno', 'nenhuma', 'nenhum', 'aucune', 'aucun', 'keine', 'keiner']);

const POSSESSIVE = new Set(['their', 'competitor', 'competitors', 'ihr', 'ihre', 'ihren', 'leur', 'leurs', 'su', 'sus', 'deles', 'delas', 'dele']);

// "nothing wrong with", "no complaints about", "happy with": the next words are praised, not blamed.
const PRAISE_PREFIX =
  /(?:^| )(?:nothing wrong with|nothing to do with|rien a voir avec|nada que ver con|nada a ver com|nichts zu tun mit|no (?:real )?(?:problems?|issues?|complaints?) (?:with|about|on)|(?:happy|satisfied|pleased|content) with|zufrieden mit|satisfaits? (?:de|du|des|avec)|contents? (?:de|du)|satisfechos? con|contentos? con|satisfeitos? com|contentes? com)(?: [a-z0-9]+){0,2}$/;
const NEGATED_PRAISE = /(?:not|nicht|pas|no|nao|un) (?:very )?(?:happy|satisfied|pleased|content|zufrieden|satisfaits?|contents?|satisfechos?|contentos?|satisfeitos?|contentes?) (?:with|mit|de|du|des|avec|con|com)(?: [a-z0-9]+){0,2}$/;

/** True when the cue at `match` is denied or praised in its clause rather than blamed. */
export function isNegated(tokens: readonly string[], match: CueMatch): boolean {
  return negatedBefore(tokens, match.start) || praisedBefore(tokens, match.start) || deniedAfter(tokens, match);
}

function negatedBefore(tokens: readonly string[], start: number): boolean {
  for (let i = start - 1, seen = 0; i >= 0 && seen < 5; i--, seen++) {
    const token = tokens[i]!;
    if (NEGATORS.has(token)) return true;
    if (!TRANSPARENT.has(token)) return false;
  }
  return false;
}

function praisedBefore(tokens: readonly string[], start: number): boolean {
  const window = tokens.slice(Math.max(0, start - 6), start).join(' ');
  return PRAISE_PREFIX.test(window) && !NEGATED_PRAISE.test(window);
}

function deniedAfter(tokens: readonly string[], match: CueMatch): boolean {
  const before = tokens.slice(Math.max(0, match.start - 2), match.start);
  const theirs = before.some((t) => POSSESSIVE.has(t));
  // "no hubo queja ninguna", "reclamation aucune"
  if (TRAILING_NEGATORS.has(tokens[match.end] ?? '')) return true;
  for (let i = match.end, seen = 0; i < tokens.length && seen < 5; i++, seen++) {
    const token = tokens[i]!;
    if (NEGATORS.has(token)) {
      // "price was not the issue", "Preis war nicht das Problem", "el precio no fue el problema"
      for (let j = i + 1; j < Math.min(tokens.length, i + 4); j++) if (ISSUE_NOUNS.has(tokens[j]!)) return true;
      return false;
    }
    if (POSITIVE.has(token)) return !theirs;
    if (!COPULAS.has(token)) return false;
  }
  return false;
}

const CONTRAST = new Set([
  'but', 'however', 'yet', 'instead', 'rather', 'aber', 'jedoch', 'sondern', 'doch', 'allerdings', 'mais', 'cependant',
  'pourtant', 'toutefois', 'plutot', 'pero', 'sino', 'porem', 'contudo', 'entretanto', 'todavia', 'mas',
]);
const MORE_FOLLOWERS = new Set([
  'barato', 'barata', 'baratos', 'baratas', 'caro', 'cara', 'caros', 'completo', 'completa', 'em', 'moderno', 'moderna',
  'adequado', 'adequada', 'adecuado', 'adecuada', 'rapido', 'rapida', 'simples', 'simple', 'facil', 'flexivel', 'flexible',
  'economico', 'economica', 'alto', 'alta', 'baixo', 'baixa', 'bajo', 'baja', 'de', 'do', 'da', 'que', 'um', 'uma', 'tempo',
  'nada', 'bem', 'competitivo', 'competitiva', 'integrado', 'integrada', 'potente', 'robusto', 'moderno', 'pct', 'en',
]);
const CONCESSIVE = new Set(['although', 'though', 'obwohl', 'obgleich', 'aunque', 'embora', 'despite', 'trotz', 'malgre']);

export interface WeightedPart {
  tokens: string[];
  /** Offsets of the clause in the original text. */
  start: number;
  end: number;
  weight: number;
}

/**
 * Splits clauses at contrast words and weighs what follows "but" above what precedes it, and a concessive
 * clause ("although service was fine") below the main one.
 */
export function weighClauses(clauses: ReadonlyArray<{ tokens: string[]; start: number; end: number }>): WeightedPart[] {
  const parts: WeightedPart[] = [];
  let boostNext = false;
  for (const clause of clauses) {
    let current: WeightedPart = { tokens: [], start: clause.start, end: clause.end, weight: boostNext ? 1.2 : 1 };
    boostNext = false;
    const first = clause.tokens[0];
    if (first !== undefined && CONCESSIVE.has(first)) {
      current.weight = 0.6;
      boostNext = true;
    }
    clause.tokens.forEach((token, index) => {
      const previous = clause.tokens[index - 1];
      const isSinEmbargo = token === 'embargo' && previous === 'sin';
      // "mais"/"mas" are "but" in French and Portuguese, "more" in Portuguese and Spanish ("mais barato").
      const isMore = (token === 'mais' || token === 'mas') && MORE_FOLLOWERS.has(clause.tokens[index + 1] ?? '');
      if ((!CONTRAST.has(token) || isMore) && !isSinEmbargo) {
        current.tokens.push(token);
        return;
      }
      if (isSinEmbargo) current.tokens.pop();
      // What came before the contrast word, in this clause or the previous one, weighs less.
      const before = current.tokens.length > 0 ? current : parts[parts.length - 1];
      if (before) before.weight *= 0.7;
      if (current.tokens.length > 0) parts.push(current);
      current = { tokens: [], start: clause.start, end: clause.end, weight: 1.3 };
    });
    if (current.tokens.length > 0) parts.push(current);
  }
  return parts;
}

const FIRST_PERSON = new Set([
  'we', 'our', 'us', 'ours', 'nous', 'notre', 'nos', 'wir', 'unser', 'unsere', 'unseres', 'uns', 'nosotros', 'nuestro',
  'nuestra', 'nuestros', 'eramos', 'estabamos', 'nossa', 'nosso', 'nossos', 'gente', 'somos', 'sommes', 'sind',
]);

/** True when "we", "our", "nous", "wir"... stands within `span` tokens before `start`. */
export function firstPersonBefore(tokens: readonly string[], start: number, span = 4): boolean {
  for (let i = start - 1; i >= 0 && i >= start - span; i--) if (FIRST_PERSON.has(tokens[i]!)) return true;
  return false;
}

const DIMINISHERS = new Set(['bit', 'slightly', 'little', 'marginally', 'somewhat', 'etwas', 'leicht', 'peu', 'legerement', 'algo', 'poco', 'pouco', 'ligeiramente']);

/** "a bit cheaper", "un peu moins cher": a weaker claim. */
export function diminishedBefore(tokens: readonly string[], start: number): boolean {
  return DIMINISHERS.has(tokens[start - 1] ?? '') || DIMINISHERS.has(tokens[start - 2] ?? '');
}

const REAL_REASON = /\b(?:real|main|actual|true|key|primary) (?:reason|driver|issue)|eigentliche grund|hauptgrund|vraie raison|raison principale|verdadera razon|razon principal|motivo real|motivo principal|verdadeiro motivo/;

/** "the real reason was...": the clause that names it counts more. */
export const namesRealReason = (tokens: readonly string[]) => REAL_REASON.test(tokens.join(' '));
