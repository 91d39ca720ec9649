/**
 * Negation as reps write it in five languages: "it wasn't about price", "no complaints about support",
 * "service was fine", "price was not the issue", "kein Preisthema", "ce n'est pas le prix",
 * "no fue por el precio", "não foi o preço". Works on folded tokens within one clause.
 */
import type { Lang } from './concepts';

const NEGATORS = new Set([
  'not', 'no', 'never', 'nothing', 'none', 'without', 'nor', 'neither', 'hardly', 'kein', 'keine', 'keinen', 'keiner',
  'keinem', 'zero', 'null', 'nicht', 'nie', 'niemals', 'ohne', 'weder', 'pas', 'jamais', 'aucun', 'aucune', 'sans', 'ni', 'rien', 'ningun',
  'ninguna', 'ninguno', 'sin', 'nunca', 'nao', 'nem', 'nenhum', 'nenhuma', 'sem', 'nada', 'nobody', 'noone', 'niemand', 'nadie',
  'ninguem', 'tampoco',
]);

// Words that may stand between a negator and what it negates: "not (really) about (the) price".
const TRANSPARENT = new Set([
  'about', 'because', 'of', 'due', 'to', 'the', 'a', 'an', 'our', 'its', 'it', 'really', 'related', 'just', 'only', 'on',
  'over', 'any', 'real', 'big', 'major', 'main', 'primarily', 'mainly', 'mostly', 'so', 'much', 'that', 'this', 'was', 'is',
  'were', 'be', 'been', 'too', 'even', 'um', 'am', 'der', 'die', 'das', 'den', 'dem', 'des', 'wegen', 'ein', 'eine',
  'einen', 'einem', 'uber', 'beim', 'bei', 'es', 'ging', 'war', 'nur', 'le', 'la', 'les', 'l', 'de', 'du', 'd', 'un', 'une',
  'pour', 'par', 'cause', 'question', 'lie', 'en', 'c', 'etait', 'est', 'el', 'los', 'las', 'por', 'del', 'al', 'una',
  'tema', 'cuestion', 'o', 'os', 'as', 'pelo', 'pela', 'do', 'da', 'uma', 'questao', 'em', 'causa', 'motivo', 'foi', 'era',
  'fue', 'se', 'trata', 'tanto', 'ist', 'issue', 'at', 'all', 'problem', 'reason', 'thema', 'grund', 'sur', 'sobre', 'hubo',
  'hay', 'houve', 'gab', 'there', 'single', 'one', 'ne', 'x', 'their', 'ever', 'ou', 'or', 'with', 'w', 'once', 'mention',
  'mentioned', 'lag', 'am', 'an', 'ihr', 'leur', 'su', 'seu', 'sua', 'actually', 'really', 'tickets', 'ticket', 'complaints',
  'complaint', 'reclamacoes', 'quejas', 'plaintes', 'beschwerden', 'reports', 'open', 'formal', 'serious', 'ongoing', 'recorded',
  'word', 'wort', 'souci', 'soucis', 'probleme', 'problemes', 'heard', 'seen', 'aware', 'gehort', 'entendu', 'oido', 'ouvi',
  // "not shopping on price", "sin una sola incidencia", "ohne jede Störung": a verb of buying or "any", "a single".
  'shopping', 'looking', 'buying', 'chasing', 'deciding', 'driven', 'focused', 'sola', 'solo', 'seule', 'seul', 'einzige',
  'einzigen', 'unica', 'unico', 'jede', 'jeden', 'jeder', 'jegliche', 'toute', 'tout', 'toda', 'todo', 'qualquer', 'cualquier',
  // "did not leave over price", "não saiu pelo preço", "n'est pas parti pour le prix": the leaving is what is denied a cause.
  'leave', 'left', 'lose', 'lost', 'switch', 'switched', 'churn', 'churned', 'walk', 'walked', 'go', 'went', 'saiu', 'sairam',
  'trocou', 'trocaram', 'fueron', 'cambiaron', 'parti', 'partis', 'partie', 'parties', 'gegangen', 'gewechselt', 'abgesprungen',
  'perdu', 'perdimos', 'perdemos', 'perdido', 'verloren', 'mudou', 'mudaram',
  // "no remark about price", "ne nous a jamais parlé de tarif": said nothing about it.
  'remarque', 'remarques', 'comment', 'comments', 'bemerkung', 'comentario', 'comentarios', 'observacao', 'parle', 'talked', 'spoke',
  'gesprochen', 'hablo', 'hablado', 'falou', 'falado', 'nous', 'nos',
  // "not because of anything we did wrong", "nicht wegen etwas, das wir falsch gemacht haben".
  'anything', 'something', 'we', 'did', 'done', 'etwas', 'wir',
]);

const ISSUE_NOUNS = new Set([
  'issue', 'issues', 'problem', 'problems', 'reason', 'factor', 'driver', 'deciding', 'decisive', 'concern', 'thema', 'grund',
  'ausschlaggebend', 'entscheidend', 'probleme', 'raison', 'sujet', 'souci', 'critere', 'problema', 'razon', 'motivo',
  'questao', 'fator', 'causa', 'point', 'unterschied', 'difference', 'diferenca', 'diferencia', 'it', 'complaint', 'dealbreaker',
  'discussed', 'raised', 'mentioned', 'question', 'cause', 'thing', 'why', 'what', 'point', 'deciding',
]);

const POSITIVE = new Set([
  'fine', 'ok', 'okay', 'good', 'great', 'excellent', 'solid', 'acceptable', 'reasonable', 'comparable', 'similar', 'fair',
  'decent', 'perfect', 'flawless', 'strong', 'gut', 'super', 'ordnung', 'passend', 'bien', 'bon', 'bonne', 'bons', 'bons',
  'correct', 'correcte', 'raisonnable', 'satisfaisant', 'bueno', 'buena', 'buenos', 'correcto', 'razonable', 'bom', 'boa',
  'otimo', 'otima', 'razoavel', 'top', 'impecable', 'impeccable', 'excelente', 'exzellent', 'hervorragend', 'tadellos',
  'similaire', 'parecido', 'igual', 'same', 'equal', 'gleichauf', 'ebenburtig', 'pareil', 'semelhante', 'empatados',
  'competitive', 'competitif', 'competitivo', 'competitiva',
  'wettbewerbsfahig', 'smooth', 'smoothly', 'well', 'zufrieden', 'contento', 'contenta', 'satisfied', 'happy', 'secondary',
  'minor', 'irrelevant', 'praised', 'parecidos', 'solide', 'comparavel', 'vergleichbar', 'equivalent', 'equivalente',
  'clean', 'positive', 'healthy', 'beautifully', 'best', 'loved', 'liked', 'normal', 'steady', 'fits',
  'pontual', 'impecavel', 'tranquilo', 'footnote', 'sideshow',
  // "pricing was in line", "Preise marktüblich": where the market is.
  'line', 'marktublich', 'marktgerecht',
  // "the price gap was minimal": too small to decide.
  'minimal', 'gering', 'negligible', 'marginal', 'vernachlassigbar', 'insignifiant', 'minime', 'minimo', 'minima', 'insignificante',
]);

const ONE_OFF = new Set(['pontual', 'puntual', 'ponctuel', 'ponctuelle']);

// Between a cue and its evaluation: "service (was always pretty) good".
const COPULAS = new Set([
  'was', 'were', 'is', 'are', 'been', 'has', 'have', 'had', 'spielte', 'spielt', 'always', 'pretty', 'quite', 'very', 'really', 'actually',
  'totally', 'still', 'generally', 'overall', 'itself', 'war', 'waren', 'ist', 'sind', 'immer', 'eigentlich', 'voll', 'in',
  'etait', 'est', 'a', 'ete', 'toujours', 'tres', 'plutot', 'fue', 'era', 'es', 'estaba', 'estuvo', 'siempre', 'muy', 'foi',
  'e', 'estava', 'sempre', 'muito', 'sido', 'ha', 'bastante', 'ziemlich', 'assez', 'also', 'too', 'went', 'got', 'gets',
  'received', 'und', 'and', 'et', 'y', 'mit', 'ran', 'rated', 'scores', 'score', 'performed', 'looked', 'seemed', 'with', 'us',
  'our', 'them', 'ok', 'lagen', 'lag', 'liegen', 'liegt', 'wir', 'we', 'nous', 'nosotros', 'nos', 'etaient', 'eran', 'eram',
  'sont', 'son', 'sao', 'un', 'peu', 'poco', 'pouco', 'bit', 'slightly', 'etwas', 'laut', 'selon', 'segun', 'segundo', 'according',
  'einkauf', 'kunde', 'client', 'cliente', 'buyer', 'auch', 'aussi', 'tambien', 'tambem', 'honestly', 'frankly', 'ehrlich',
  'franchement', 'honnetement', 'sinceramente', 'daran', 'darum',
]);

// ("Preis egal", "price irrelevant": the cue's own verdict right after it.)
const TRAILING_NEGATORS = new Set(['ninguna', 'ninguno', 'nenhuma', 'nenhum', 'aucune', 'aucun', 'keine', 'keiner', 'egal', 'irrelevant', 'irrelevante', 'nebensachlich']);
const OTHERS = new Set(['their', 'competitor', 'competitors', 'ihr', 'ihre', 'ihren', 'leur', 'leurs', 'su', 'sus', 'deles', 'delas', 'dele']);

// "nothing wrong with", "no complaints about", "happy with": the next words are praised, not blamed.
const PRAISE_PREFIX =
  /(?:^| )(?:nothing wrong with|nothing to do with|rien a voir avec|nada que ver con|nada a ver com|nichts zu tun mit|no (?:real )?(?:problems?|issues?|complaints?) (?:with|about|on|against)|(?:happy|satisfied|pleased|content) with|zufrieden mit|satisfaits? (?:de|du|des|avec)|contents? (?:de|du)|satisfechos? con|contentos? con|satisfeitos? com|contentes? com|sem (?:queixa|reclamacao) (?:do|da|de)|sin quejas? (?:del|de la|de))(?: [a-z0-9]+){0,3}$/;
// Words without which PRAISE_PREFIX cannot match: the regular expression runs only when one is there.
const PRAISE_TRIGGERS = new Set([
  'wrong', 'do', 'voir', 'que', 'ver', 'tun', 'complaint', 'complaints', 'problem', 'problems', 'issue', 'issues', 'happy',
  'satisfied', 'pleased', 'content', 'zufrieden', 'satisfait', 'satisfaits', 'contents', 'satisfecho', 'satisfechos',
  'contento', 'contentos', 'satisfeito', 'satisfeitos', 'contente', 'contentes', 'queixa', 'reclamacao', 'queja', 'quejas',
]);
const NEGATED_PRAISE = /(?:not|nicht|pas|no|nao|un) (?:very )?(?:happy|satisfied|pleased|content|zufrieden|satisfaits?|contents?|satisfechos?|contentos?|satisfeitos?|contentes?) (?:with|mit|de|du|des|avec|con|com)(?: [a-z0-9]+){0,3}$/;

/** True when `w` negates in `lang` (Portuguese "no"/"na" are "in the", not "no"). */
export function isNegator(w: string, lang: Lang): boolean {
  if (lang === 'pt' && (w === 'no' || w === 'na')) return false;
  return NEGATORS.has(w);
}

/** True when the cue at [start, end) is denied or praised in its clause [from, to) rather than blamed. */
export function isNegated(words: readonly string[], from: number, to: number, start: number, end: number, lang: Lang, form = '', pauseAfter = false): boolean {
  // A form that is itself negative ("no devolvió ~ llamada", "nunca devolvió"): a second negator inside or right
  // after it is Spanish or Portuguese negative concord ("no devolvió ninguna llamada"), not a denial of it.
  if (isNegator(form.split(' ')[0] ?? '', lang)) return negatedBefore(words, from, start, lang) || praisedBefore(words, from, start);
  return (
    negatedBefore(words, from, start, lang) || negatedInside(words, start, end, lang, form) || praisedBefore(words, from, start) ||
    deniedAfter(words, start, end, to, lang, pauseAfter)
  );
}

// "budget (was not) cut": a negator inside a form with a gap (not one the form itself spells out).
function negatedInside(words: readonly string[], start: number, end: number, lang: Lang, form: string): boolean {
  if (!/(?:^| )[~_](?: |$)/.test(form)) return false;
  const own = new Set(form.split(' '));
  for (let i = start + 1; i < end - 1; i++) if (isNegator(words[i]!, lang) && !own.has(words[i]!)) return true;
  return false;
}

function negatedBefore(words: readonly string[], from: number, start: number, lang: Lang): boolean {
  for (let i = start - 1, seen = 0; i >= from && seen < 6; i--, seen++) {
    const w = words[i]!;
    if (isNegator(w, lang)) return !(w === 'no' && words[i + 1] === 'longer');
    if (!TRANSPARENT.has(w)) return false;
  }
  return false;
}

// "fine on price", "competitive on price", "ok with the service": praised just before the cue.
const FAIR = new Set(['fine', 'ok', 'okay', 'competitive', 'competitif', 'competitivo', 'competitiva', 'wettbewerbsfahig', 'comparable', 'reasonable', 'acceptable', 'fair', 'razonable', 'raisonnable', 'razoavel']);
const BRIDGES = new Set(['on', 'in', 'with', 'about', 'beim', 'bei', 'sur', 'en', 'com', 'con', 'de', 'no', 'na', 'in', 'of']);

function praisedBefore(words: readonly string[], from: number, start: number): boolean {
  const prev = words[start - 1];
  if (prev !== undefined && start - 1 >= from && (FAIR.has(prev) || (BRIDGES.has(prev) && start - 2 >= from && POSITIVE.has(words[start - 2]!)))) return true;
  let trigger = false;
  for (let i = Math.max(from, start - 7); i < start && !trigger; i++) trigger = PRAISE_TRIGGERS.has(words[i]!);
  if (!trigger) return false;
  const window = words.slice(Math.max(from, start - 7), start).join(' ');
  return PRAISE_PREFIX.test(window) && !NEGATED_PRAISE.test(window);
}

const PAR_AFTER = /^(?:(?:are |were |is |was |sind |waren |son |eran |sont |etaient |sao |eram )?(?:on par|at par|auf augenhohe|gleichwertig|ebenburtig|a la par|al mismo nivel|au meme niveau|a egalite|no mesmo nivel|equiparad\w*|empatad\w*))(?: |$)/;

// "Beschwerden keine": a trailing negator denies the cue; not across a comma ("aufgelöst, keine Nachfolge").
function deniedAfter(words: readonly string[], start: number, end: number, to: number, lang: Lang, pauseAfter: boolean): boolean {
  const before = words.slice(Math.max(0, start - 2), start);
  const theirs = before.some((t) => OTHERS.has(t));
  if (!pauseAfter && trailingNegator(words, end, to)) return true;
  // "price did not matter", "price does not matter" (not "... expired and we did not renew it").
  if ((words[end] === 'did' || words[end] === 'does') && words[end + 1] === 'not' && end + 2 < to && RULED_OUT_VERBS.has(words[end + 2]!)) return true;
  // "features on par", "Funktionen auf Augenhöhe", "funcionalidad a la par", "fonctionnalités au même niveau": level with ours.
  if (PAR_AFTER.test(words.slice(end, Math.min(to, end + 3)).join(' '))) return true;
  for (let i = end, seen = 0; i < to && seen < 5; i++, seen++) {
    const w = words[i]!;
    if (isNegator(w, lang)) {
      // "price was not the issue", "Preis war nicht das Problem", "el precio no fue el problema"
      for (let j = i + 1; j < Math.min(to, i + 5); j++) if (ISSUE_NOUNS.has(words[j]!)) return true;
      // "am Preis lag es nicht", "daran lag es nicht": the German negator closes the clause after a copula.
      if (lang === 'de' && i === to - 1 && i > end) return true;
      // "price was not discussed", "rates were never discussed": a bare negated verb after the cue
      return ruledOutAfter(words, i, to);
    }
    // "promoção pontual", "oferta puntual": a one-off offer, not a punctual service praised.
    if (POSITIVE.has(w)) return !theirs && !(ONE_OFF.has(w) && i === end);
    if (!COPULAS.has(w) && !(lang === 'de' && w === 'es')) return false;
  }
  return false;
}

// "Beschwerden keine", "Beschwerden gab es keine", "reclamações não houve nenhuma": the negator closes the clause.
const EXISTENTIAL = new Set(['gab', 'gibt', 'es', 'hatte', 'hat', 'there', 'were', 'hubo', 'hay', 'houve', 'il', 'y', 'en', 'a', 'eu']);
// "el precio no, ...", "o preço não, ...", "Preis nicht, sondern ...": a bare negator right after the cue that
// closes its clause ("precio no competitivo" goes on, and stays a price cue).
const SAID = new Set(['said', 'say', 'says', 'saying', 'answered', 'sagte', 'sagten', 'gesagt', 'dit', 'repondu', 'dijo', 'dijeron', 'dicho', 'disse', 'disseram', 'dito']);
// A verdict of two or three words right after the cue that rules it out (one-word ones are TRAILING_NEGATORS):
// "tarif hors sujet" (not "prix hors taxes"), "el precio da igual", "o preço tanto faz", "price beside the point".
const TRAILING_VERDICTS: ReadonlyArray<readonly string[]> = [
  ['hors', 'sujet'], ['sans', 'importance'], ['da', 'igual'], ['sin', 'importancia'], ['tanto', 'faz'], ['sem', 'importancia'],
  ['beside', 'the', 'point'], ['ohne', 'belang'],
];
const VERDICTS_BY_FIRST_WORD = new Map<string, Array<readonly string[]>>();
for (const v of TRAILING_VERDICTS) {
  const list = VERDICTS_BY_FIRST_WORD.get(v[0]!) ?? [];
  list.push(v);
  VERDICTS_BY_FIRST_WORD.set(v[0]!, list);
}
const BARE_TRAILING_NEGATORS = new Set(['no', 'nao', 'not', 'nicht', 'non', 'pas']);
function trailingNegator(words: readonly string[], end: number, to: number): boolean {
  // ("compliance said no": the no is what was said, not a denial of it.)
  if (end === to - 1 && BARE_TRAILING_NEGATORS.has(words[end]!) && !SAID.has(words[end - 1]!)) return true;
  const verdicts = VERDICTS_BY_FIRST_WORD.get(words[end] ?? '');
  if (verdicts?.some((v) => v.every((w, k) => end + k < to && words[end + k] === w))) return true;
  for (let i = end; i < Math.min(to, end + 3); i++) {
    if (TRAILING_NEGATORS.has(words[i]!)) return i === end || i === to - 1;
    if (!EXISTENTIAL.has(words[i]!)) return false;
  }
  return false;
}

// "fees were not a factor", "rates never came up", "price never entered": the cue is ruled out.
const RULED_OUT_VERBS = new Set([
  'discussed', 'mentioned', 'raised', 'came', 'entered', 'considered', 'factor', 'relevant', 'an', 'a', 'it', 'thema',
  // "the rival's product is no better than ours"
  'better', 'besser', 'mieux', 'meilleur', 'mejor', 'melhor', 'superior',
  // "price did not matter", "Preço não pesou", "le tarif n'a pas joué", "spielte keine Rolle", "no influyó",
  // "nem chegou a ser discutido", "Price – not really"
  'matter', 'mattered', 'pesou', 'pesa', 'influenciou', 'peso', 'influyo', 'joue', 'rolle', 'chegou', 'really',
  // "le tarif ne comptait pas", "al cte el precio no le importaba"
  'comptait', 'compte', 'importaba', 'importa', 'importo', 'importava',
]);
// "el precio no le importaba", "o preço não lhe interessava": a pronoun may stand between the negator and the verb.
const CLITICS = new Set(['le', 'les', 'lhe', 'lhes', 'nos', 'lui', 'leur']);
function ruledOutAfter(words: readonly string[], i: number, to: number): boolean {
  if (CLITICS.has(words[i + 1] ?? '')) i += 1;
  const next = words[i + 1];
  return next !== undefined && i + 1 < to && RULED_OUT_VERBS.has(next);
}
