/**
 * Reads each cause hit in its clause: who acted (we, the customer, a competitor), whether it was
 * denied or dismissed, and what it then counts for. "our quote was lower" rules price out; "the
 * customer gave notice" is not our decision; "our technician swore at them" is our failure.
 */
import type { ConceptHit } from './concept-matcher';
import type { CauseConcept, Lexicon } from './concepts';
import { CONCEPT_SEGMENT } from './concepts';
import { isNegated, isNegator } from './negation';
import { askedAbout, questionsAsked } from './asked-about';
import { movedToSupplier, pickedLabel, sameAsOurs, sellerClosed, weighMissingDetail, weighParentBodies, weWereCheaper } from './cue-context';
import { whoActed, type Actor } from './read-actors';
import { isCause, isStopWord, type Clause, type TextParts } from './read-clauses';
import { BARE_PRICE_RISE_TOKENS, CRM_ENTRY_TOKENS } from './text-lengths';
import type { DefectorType } from '../types';

/** One cue as it counted: the concept, the segment it counts for, its signed weight and the rep's words. */
export interface Cue {
  concept: CauseConcept;
  /** What it counts for; `null` for a plain competitor mention or a neutral phrase. */
  segment: DefectorType | 'undetermined' | null;
  weight: number;
  negated: boolean;
  actor: Actor;
  clause: number;
  /** The words as the rep wrote them, and where they stand in the text. */
  words: string;
  start: number;
  end: number;
  /** The form came from the portal's own vocabulary. */
  vocabulary: boolean;
}

// "our prices were lower / a bit better / comparable": named by us, price is ruled out.
const LOWER_WORDS = new Set([
  'lower', 'cheaper', 'sharper', 'better', 'competitive', 'below', 'less', 'under', 'niedriger', 'gunstiger', 'billiger', 'moins',
  'inferieur', 'menor', 'bajo', 'baixo', 'competitivo', 'competitif', 'wettbewerbsfahig', 'barato', 'barata', 'comparable',
  'comparables', 'similar', 'similares', 'same', 'equal', 'vergleichbar', 'gleich', 'identiques', 'iguales', 'iguais', 'mejor',
  'mejores', 'meilleur', 'meilleurs', 'melhor', 'melhores', 'besser', 'menores', 'inferieurs', 'inferiores', 'equivalentes',
]);
const SUPERLATIVE = /^(?:cheapest|lowest|gunstigst|billigst|moins|mas|mais|menor)/;
const THAN = new Set(['than', 'als', 'que', 'do', 'de', 'a', 'au', 'aux']);
// "they stopped responding" (the customer went silent) vs "she never heard back" (from us: our neglect).
const NOT_RESPONDING =
  /^(?:stopped (?:responding|replying)|not respon|no (?:reply|response|answer)|never replied|not replied|has not replied|unrespons|unreach|ne repond|no responde|no contesta|sin respuesta|sem resposta|parou de responder|nao respond|nao deu retorno|sem retorno|keine (?:ruckmeldung|antwort)|meldet sich nicht|nicht erreichbar|injoignable|sans reponse|pas de reponse|sumiu|stopped calling|dejo de (?:llamar|responder)|dejaron de (?:llamar|responder)|parou de (?:ligar|responder)|nicht mehr gemeldet|meldete sich nicht|plus donne signe|ne donnait plus signe|ne a plus appele|ne rappelait plus|no volvio a llamar|nicht beantwortet|nie beantwortet|sin contestar)/;
// ("danach evtl. wieder", "maybe again next year": a guess at a return, not at the cause.)
const WHEN = /^(?:\d+|q[1-4]|h[12]|next|again|back|wieder|nachste[mnrs]?|prochaine?|proximo|proxima|(?:jan|feb|mar|apr|may|mai|jun|jul|aug|sep|oct|okt|nov|dec|dez)[a-z]*)$/;
const INSTEAD = /(?:^| )(?:instead of|rather than|statt|anstatt|au lieu de|en vez de|en lugar de|em vez de|ao inves de)(?: |$)/;
const WITH = new Set(['with', 'mit', 'avec', 'con', 'com']);
const OWN = /^(?:own|eigen|eigene[mnrs]?|propre|propres|propio|propia|propios|propias|proprio|propria|proprios|proprias)$/;
const NATURE = /\b(?:drought|hail\w*|flood\w*|storms?|frost|wildfires?|earthquake|hurricane|pandemic|covid|durre|hagel\w*|hochwasser|unwetter|secheresse|grele|inondations?|tempetes?|sequia|granizo|inundacion\w*|tormentas?|helada|seca|enchentes?|tempestade|geada)\b/;
const RULES = /\b(?:procedur\w*|rules?|safety|polic\w*|regeln?|vorschrift\w*|sicherheit\w*|regles?|consignes?|securite|normas?|reglas?|regras?|seguridad|seguranca|lockout)\b/;
const AFTER = new Set(['after', 'since', 'nach', 'seit', 'apres', 'depuis', 'despues', 'desde', 'depois', 'once', 'when']);
const NEGATING = new Set(['not', 'no', 'never', 'nicht', 'kein', 'keine', 'pas', 'plus', 'nao', 'nunca', 'ne']);

/**
 * Our own move, closure or merger: "we" written in the clause (not a function word read as ours, "the board
 * moved the operation"), and not denied ("we don't operate there" is their move out of our reach).
 */
function ourOwn(parts: TextParts, lexicon: Lexicon, clause: Clause, actor: Actor, words: readonly string[]): boolean {
  return actor === 'we' && !words.some((w) => NEGATING.has(w)) && saysWe(parts, lexicon, clause.from, clause.to);
}

const saysClass = (name: string) => (parts: TextParts, lexicon: Lexicon, from: number, to: number): boolean => {
  for (let p = from; p < to; p++) if (lexicon.index.inClass(parts.ids[p]!, name)) return true;
  return false;
};
/** "we", "our", "nous" written in [from, to). */
const saysWe = saysClass('we');
/** A rival named in the clause ("ein Mitbewerber hat ihn übernommen"), not a vendor word for the customer ("the firm"). */
const saysCompetitor = saysClass('competitor');
/** Position `limit` or the end of the clause's sentence, whichever comes first ("ligou p/ cliente": "para" opens a clause). */
function sentenceEnd(parts: TextParts, clause: Clause, limit: number): number {
  let end = clause.to;
  for (const c of parts.clauses) if (c.sentence === clause.sentence && c.to > end) end = c.to;
  return Math.min(end, limit);
}
const saysRepAt = (parts: TextParts, lexicon: Lexicon, p: number) => lexicon.index.inClass(parts.ids[p]!, 'rep');
/**
 * Our salesperson ("rep", "AE", "vendedor", "Vertriebler") named in [from, to) before a cue: not one owned by the
 * customer or a rival ("their rep", "comp's AE", "the buyer's account manager").
 */
function ourRepBefore(parts: TextParts, lexicon: Lexicon, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    if (!saysRepAt(parts, lexicon, p)) continue;
    const prev = p - 1 >= from ? parts.ids[p - 1]! : undefined;
    const owned = prev !== undefined && (lexicon.index.inClass(prev, 'they') || lexicon.index.inClass(prev, 'customer') || lexicon.index.inClass(prev, 'competitor') || lexicon.index.inClass(prev, 'vendor'));
    if (!owned) return true;
  }
  return false;
}
/** The customer named in [from, to): "never called the client again" names whom the silence was towards. */
const saysCustomer = saysClass('customer');
const saysRival = (parts: TextParts, lexicon: Lexicon, clause: Clause) => saysCompetitor(parts, lexicon, clause.from, clause.to);

const WENT_TO = /\b(?:went|gone|goes|lost|switched|awarded|signed|ging|ging an|alle|fue|foi|passou) (?:to|with|an|a|para|chez|con|com)\b/;
const WE_PRONOUNS = new Set(['we', 'wir', 'nous', 'nosotros', 'nos']);
const saysWePronoun = (words: readonly string[], from: number, to: number) => words.slice(from, to).some((w) => WE_PRONOUNS.has(w));
const CHANNEL_NOUNS = new Set(['reseller', 'resellers', 'partner', 'partners', 'distributor', 'dealer', 'partenaire', 'revendeur', 'distributeur', 'socio', 'distribuidor', 'parceiro', 'revenda', 'vertriebspartner', 'handler']);
const THROUGH = new Set(['through', 'via', 'uber', 'chez', 'aupres', 'atraves', 'traves']);
const FELT = new Set(['was', 'were', 'am', 'felt', 'feel', 'war', 'etais', 'etions', 'estaba', 'estabamos', 'estava', 'fiquei', 'ficamos']);
// The words of going silent (returning calls, replying, answering), whoever did it.
const GOING_SILENT = /(?:return|respond|respons|repl|answer|dark|ghost|silen|came back|come back|called|antwort|ruckmeld|gemeldet|meldete|angerufen|anrief|repond|contest|retorn|sumi|calling|llam|ligar|ligou|signe|appele|rappel)/;
// Verbs of running something for a customer: "plans", "manages", "organises", "gère", "planifica", "planeja", "betreut".
const SERVICE_VERB = /(?:^| )(?:plans?|planned|planning|runs?|running|manages?|managed|managing|handles?|organi[sz]es?|designs?|gere|gerent|planifie\w*|organise\w*|planifica\w*|gestiona\w*|organiza\w*|planeja\w*|gerencia\w*|plant|verwaltet|organisiert|betreut)(?: |$)/;
const LAY_AT = new Set(['lag', 'lagen', 'liegt', 'liegen', 'lags']);
const NOT_HEARD = /heard back|got back|no reply|no answer|no response|never replied|voicemail/;

// "our same-day couriers", "unser Abholservice": a value word right after our own possessive is what we offered.
const OUR_POSSESSIVE = /^(?:our|unser|unsere[mnrs]?|notre|nuestr[oa]s?|noss[oa]s?)$/;
const OUR_POSSESSIVE_FR = /^(?:nos)$/;
// "saves them hours", "poupa horas de trabalho": time saved is a better way of working, not a lower price.
const TIME_SAVED = /^(?:hours?|time|days?|minutes?|weeks?|stunden?|zeit|tage|minuten|heures?|temps|jours?|horas?|tiempo|tempo|dias?|minutos?)$/;
// "nobody told us", "niemand hat uns gesagt": what the customer did not tell us, not our neglect of them.
const TO_US = new Set(['us', 'uns', 'nous', 'nos']);
// "the client was promised": a passive promise is still ours; "their director kept promising" is theirs.
const PASSIVE = new Set(['was', 'were', 'been', 'being', 'wurde', 'wurden', 'fue', 'fueron', 'foi', 'foram', 'ete']);
const FREE_TERM = /\b(?:livraison|port|transport|delivery|shipping|freight|envio|entrega|frete|lieferung|versand|fracht|installation|instalacion|instalacao)$/;
// "más bajas", "plus basses", "mais baixas": the lower words as they agree with a plural or feminine noun.
const LOWER_FORMS = /^(?:bas|basse|basses|bajos|baja|bajas|baixos|baixa|baixas|baratos|baratas|inferieure?s?|niedrigere?[nrs]?|gunstigere?[nrs]?)$/;
// "four dollars less per hour", "cinco euros menos por hora": a rate per unit of time, not time saved.
const PER = new Set(['per', 'an', 'a', 'each', 'every', 'por', 'pro', 'par', 'je', 'la', 'el', 'cada', 'de']);
const OBJECT_THEM = new Set(['them', 'him', 'her', 'ihnen', 'ihm', 'eux', 'leur', 'lui']);
const ON_TOP = new Set(['dazu', 'obendrauf', 'obendrein', 'inklusive', 'included', 'thrown', 'inclus', 'incluse', 'incluido', 'incluida', 'incluso', 'inclusa', 'incluidos', 'incluidas']);
const EXPIRED = /^(?:expired|lapsed|abgelaufen|ausgelaufen|expire|expiree|vencio|vencido|vencida|venceu|caducad[oa]|caduco)$/;
const PROMISE_TO = new Set(['to', 'zu', 'de', 'que', 'us', 'uns', 'nous', 'nos']);
const LEAVING = new Set(['leave', 'go', 'switch', 'walk', 'churn', 'move', 'gehen', 'wechseln', 'partir', 'partis', 'parti', 'irse', 'fueron', 'sair', 'sairam', 'saiu']);
const PAYING = /\b(?:pay\w*|zahl\w*|bezahl\w*|pag\w*|paie\w*|paiement\w*|virement\w*|transfer\w*|cheque\w*|check)\b/;
// "saves them hours", "poupa horas": between the saving and the time, at most a pronoun or a count ("per hour" is a rate).
const SAVED_FOR = /^(?:them|us|him|her|you|ihnen|uns|ihm|les|leur|lui|lhes|nos|les|le|la|many|several|dozens|some|viele|mehrere|des|varias|muchas|muitas|algumas|\d+)$/;
// "a software firm", "the platform company": a capability word naming what kind of firm someone is.
const FIRM = new Set(['firm', 'firms', 'company', 'companies', 'house', 'vendor', 'maker', 'makers', 'business', 'startup', 'agency', 'provider', 'shop', 'outfit', 'firma', 'unternehmen', 'haus', 'entreprise', 'societe', 'empresa', 'casa']);

interface Reading {
  segment: DefectorType | 'undetermined' | null;
  factor: number;
  concept: CauseConcept;
}

/** What a concept counts for once we know who acted. */
function resolve(concept: CauseConcept, actor: Actor, hit: ConceptHit, parts: TextParts, clause: Clause, lexicon: Lexicon): Reading {
  const words = parts.words.slice(hit.start, hit.end);
  const base = CONCEPT_SEGMENT[concept] ?? null;
  const keep = (factor = 1): Reading => ({ segment: base, factor, concept });
  const thanUs = THAN.has(parts.read.tokens[hit.end]?.w ?? '') && /^(?:us|ours|we|uns|nous|nosotros|nos|nossa|nosso|notre)$/.test(parts.read.tokens[hit.end + 1]?.w ?? '');
  switch (concept) {
    // "our quote was lower", "we were the cheapest bid": price is ruled out, it counts against bought away.
    case 'price_lower':
      if (timeSaved(parts, hit, clause)) return { segment: 'pulled_away', factor: 0.8, concept: 'better_offer' };
      return actor === 'we' && !thanUs && weWereCheaper(parts, lexicon, hit, clause, words) ? { segment: 'bought_away', factor: -0.5, concept: 'we_were_cheaper' } : keep();
    case 'price_contest':
      return actor === 'we' && SUPERLATIVE.test(words[0] ?? '') && weWereCheaper(parts, lexicon, hit, clause, words) ? { segment: 'bought_away', factor: -0.5, concept: 'we_were_cheaper' } : keep();
    case 'price_higher':
      if (actor === 'we') return keep();
      if (actor === 'none') return keep(parts.read.tokens.length <= BARE_PRICE_RISE_TOKENS ? 1 : 0.6);
      return { segment: 'pulled_away', factor: 0.35, concept: 'price_accepted' };
    case 'price_accepted':
      return { segment: 'pulled_away', factor: 0.5, concept };
    case 'price_named': {
      // "our pricing was sharper", "unser Preis war niedriger": named by us with a lower word after it.
      if (actor !== 'we') return keep();
      const following = parts.words.slice(hit.end, Math.min(clause.to, hit.end + 4));
      return following.some((w) => LOWER_WORDS.has(w)) ? { segment: 'bought_away', factor: -0.5, concept: 'we_were_cheaper' } : keep();
    }
    case 'better_offer':
      if (ourPossessiveBefore(parts, hit)) return { segment: null, factor: 0, concept };
      if (INSTEAD.test(parts.words.slice(Math.max(clause.from, hit.start - 4), hit.start).join(' '))) return { segment: 'unintentionally_pushed_away', factor: 0.8, concept: 'broken_promise' };
      return actor === 'we' ? { segment: null, factor: 0, concept } : keep();
    // "comp bought the deal at a loss": a rival pricing below its cost won on price; it is not our unprofitable account.
    case 'unprofitable':
      return actor === 'competitor' ? { segment: 'bought_away', factor: 1, concept: 'price_lower' } : keep();
    case 'promo':
      // "la livraison offerte", "free shipping": a standing term of the cheaper offer, not a one-off price.
      if (FREE_TERM.test(parts.words.slice(Math.max(clause.from, hit.start - 3), hit.start).join(' '))) return { segment: 'bought_away', factor: 1, concept: 'price_lower' };
      // "gibt die Wartung gratis dazu", "throws the training in on top": a service added to the offer.
      if (ON_TOP.has(parts.words[hit.end] ?? '') || ON_TOP.has(parts.words[hit.end + 1] ?? '')) return { segment: 'pulled_away', factor: 0.9, concept: 'better_offer' };
      // "a supplier that also plans their shelf layouts and promotions": promotions someone runs for them are
      // a service offered, not a promotional price.
      if (SERVICE_VERB.test(parts.words.slice(Math.max(clause.from, hit.start - 6), hit.start).join(' '))) return { segment: null, factor: 0, concept };
      return actor === 'we' ? { segment: null, factor: 0, concept } : keep();
    case 'requirement':
      return actor === 'we' ? { segment: null, factor: 0, concept } : keep();
    case 'our_failure':
    case 'broken_promise':
    case 'billing_error':
      // "our invoices were lower than the new firm's": our bills compared on price, price is ruled out.
      if (concept === 'billing_error' && actor !== 'competitor' && parts.words.slice(hit.end, Math.min(clause.to, hit.end + 4)).some((w) => LOWER_WORDS.has(w) || LOWER_FORMS.test(w))) {
        return { segment: 'bought_away', factor: -0.5, concept: 'we_were_cheaper' };
      }
      // "their licence expired", "ihre Zulassung ist abgelaufen": their paper ran out, no lapse of ours.
      if (concept === 'our_failure' && actor === 'they' && EXPIRED.test(words.join(' '))) return { segment: null, factor: 0, concept };
      // "he promised to recommend us", "sie versprach, sich zu melden": their promise to us, not one of ours broken.
      if (concept === 'broken_promise' && actor === 'they' && !PASSIVE.has(parts.words[hit.start - 1] ?? '') && PROMISE_TO.has(parts.words[hit.end] ?? '') &&
        !PAYING.test(parts.words.slice(hit.end, Math.min(clause.to, hit.end + 4)).join(' '))) return { segment: null, factor: 0, concept };
      // "their finance director kept promising payment runs": their promise to pay, not one of ours broken.
      if (concept === 'broken_promise' && actor === 'they' && !PASSIVE.has(parts.words[hit.start - 1] ?? '') && PAYING.test(parts.words.slice(hit.end, Math.min(clause.to, hit.end + 4)).join(' '))) {
        return { segment: 'intentionally_pushed_away', factor: 0.6, concept: 'bad_payer' };
      }
      // "after a drought ruined the harvest": weather did the damage, not we.
      if (actor === 'none' && NATURE.test(parts.words.slice(clause.from, hit.start).join(' '))) return { segment: null, factor: 0, concept };
      return actor === 'competitor' ? { segment: null, factor: 0, concept } : keep(actor === 'they' ? 0.85 : 1);
    case 'neglect': {
      const said = words.join(' ');
      // "they'd forgotten it", "sie hatten es längst vergessen": the customer forgot a complaint, no neglect of ours.
      if (actor === 'they' && /^(?:forgotten|forgot|vergessen|oublie|olvidado|esquecido)$/.test(said) && /^(?:it|that|about|es|das|le|lo|isso)$/.test(parts.words[hit.end] ?? '')) {
        return { segment: null, factor: 0, concept };
      }
      // "nobody told us what made the difference": the customer kept its reason to itself.
      // ("niemand von uns", "nobody from us": one of ours, and that is our neglect.)
      if (/^(?:nobody|no one|noone|niemand|personne|nadie|ninguem)$/.test(words[0] ?? '') && toUs(parts.words, hit.start + 1, Math.min(clause.to, hit.end + 1))) {
        return { segment: 'undetermined', factor: 0.6, concept: 'no_reason' };
      }
      // Escalated with no answer is ours; otherwise who went silent decides (the customer, or nobody named).
      const silentCustomer =
        !hit.form.includes('@escalate') && (NOT_HEARD.test(said) ? actor !== 'they' : NOT_RESPONDING.test(said) && actor !== 'we' && actor !== 'competitor');
      // "nobody answered them", "niemand hat ihnen geantwortet": we left the customer unanswered; so did our rep going quiet.
      if (silentCustomer && !OBJECT_THEM.has(parts.words[hit.end] ?? '') && !ourRepBefore(parts, lexicon, clause.from, hit.start)) {
        return { segment: 'undetermined', factor: 0.6, concept: 'vague' };
      }
      // "their foreman repeatedly ignored lockout procedures": the customer broke the rules, we did not neglect them.
      if (actor === 'they' && RULES.test(parts.words.slice(hit.end, Math.min(clause.to, hit.end + 6)).join(' '))) return { segment: 'intentionally_pushed_away', factor: 0.8, concept: 'policy_breach' };
      return actor === 'competitor' ? { segment: null, factor: 0, concept } : keep();
    }
    // "our rep stopped returning calls": going silent is the customer's vagueness, but ours is neglect.
    case 'vague':
      // "went quiet after our billing team ...": the silence follows a cause told next to it.
      if (AFTER.has(parts.read.tokens[hit.end]?.w ?? '') && saysWe(parts, lexicon, hit.end + 1, Math.min(clause.to, hit.end + 4))) return { segment: null, factor: 0, concept };
      if (!GOING_SILENT.test(words.join(' '))) return keep();
      // "nunca mais ligou p/ cliente", "never called the client back": the customer is the object, so the side
      // that went silent is ours.
      if (actor === 'we' || (actor !== 'they' && saysCustomer(parts, lexicon, hit.end, sentenceEnd(parts, clause, hit.end + 3)))) return { segment: 'unintentionally_pushed_away', factor: 1, concept: 'neglect' };
      // "rep was unresponsive", "o vendedor sumiu": our salesperson went silent.
      if (actor !== 'they' && ourRepBefore(parts, lexicon, clause.from, hit.start)) return { segment: 'unintentionally_pushed_away', factor: 1, concept: 'neglect' };
      return keep();
    case 'poor_service':
      // "I was disappointed": the rep's feeling, not a failure told.
      if (actor === 'we' && FELT.has(parts.read.tokens[hit.start - 1]?.w ?? '')) return { segment: null, factor: 0, concept };
      return actor === 'competitor' ? { segment: null, factor: 0, concept } : keep();
    // "weil der Betreiber unsere Techniker beschimpft und bedroht hat": next to the customer's abuse of our
    // people, the same verbs tell that abuse, not our staff's conduct.
    case 'staff_conduct':
      return actor === 'we' && !clause.cues.some((c) => c.concept === 'abusive') ? keep() : { segment: 'intentionally_pushed_away', factor: 1, concept: 'abusive' };
    // "the chef wanted a real partner": their word for a supplier, not our channel decision.
    case 'channel_move':
      // "lag an unseren Lieferproblemen": German "lag an" (was down to) names a cause, not a partner we moved them to.
      if (LAY_AT.has(parts.words[hit.start - 1] ?? '') && parts.words[hit.start] === 'an') return { segment: null, factor: 0, concept };
      // "bought through a reseller": where they bought, not a channel we moved them to.
      if (THROUGH.has(parts.read.tokens[hit.start - 1]?.w ?? '') || THROUGH.has(parts.read.tokens[hit.start - 2]?.w ?? '')) return { segment: null, factor: 0, concept };
      // "the renewal went to a reseller": where the business went, unless we sent it there.
      if (WENT_TO.test(parts.words.slice(Math.max(clause.from, hit.start - 4), hit.start).join(' ')) && !saysWePronoun(parts.words, clause.from, hit.start)) return { segment: null, factor: 0, concept: 'competitor' };
      if (actor === 'competitor' || (actor === 'they' && clause.cues.some((c) => c.concept === 'requirement'))) return { segment: null, factor: 0, concept };
      // A lone "reseller" or "partner" is where they bought unless we moved them there.
      return keep(actor !== 'we' && hit.end - hit.start === 1 && CHANNEL_NOUNS.has(words[0] ?? '') ? 0.3 : 1);
    // "ended the contract", "a résilié" with nobody named: in a story that is mostly the customer's act.
    case 'our_decision':
    case 'referred':
      return actor === 'we' ? keep() : actor === 'none' ? keep(parts.read.tokens.length <= CRM_ENTRY_TOKENS ? 0.35 : 0.15) : { segment: null, factor: 0, concept };
    // Our own merger, closure or move is not the customer's; "wir ... nicht mehr" is our decision. A rival
    // that "took over" the account won it. "The board moved the operation" with no "we" written is theirs.
    case 'acquired':
      return (actor === 'competitor' && saysRival(parts, lexicon, clause)) || ourOwn(parts, lexicon, clause, actor, words) ? { segment: null, factor: 0, concept } : keep();
    case 'closed':
      return ourOwn(parts, lexicon, clause, actor, words) || sellerClosed(parts, hit) ? { segment: null, factor: 0, concept } : keep();
    case 'relocated':
      // "moved to a flour mill that ...": they moved to another supplier, not out of our reach.
      if (movedToSupplier(parts, lexicon, hit)) return { segment: null, factor: 0, concept: 'competitor' };
      return ourOwn(parts, lexicon, clause, actor, words) ? { segment: null, factor: 0, concept } : keep();
    case 'need_gone':
      // "wir beliefern ... nicht mehr", "we no longer ...": our decision; "our range is not permitted" stays their change.
      return actor === 'we' && hit.weight < 2 ? { segment: 'intentionally_pushed_away', factor: 0.5, concept: 'our_decision' } : keep();
    // Portuguese "no sistema" is "in the system", not "no system".
    case 'our_gap':
      // "nobody mentioned our rates": price was not raised, no gap of ours was left unpitched.
      if (hit.form.includes('mentioned') && clause.cues.some((c) => c.start >= hit.end && c.concept.startsWith('price'))) return { segment: null, factor: 0, concept };
      // ... nor "our contact still works there": a person of theirs, not a gap of ours.
      // ("no SSO" opening a CRM line with no other stop word is read as Portuguese, yet says what we lack.)
      return (parts.lang === 'pt' && words[0] === 'no' && !(hit.start === 0 && parts.words.length <= 3)) || (hit.end - hit.start > 1 && lexicon.index.inClass(parts.ids[hit.start + 1]!, 'customer'))
        ? { segment: null, factor: 0, concept }
        : keep();
    // "a production house with in-house LED walls": the rival's own means, a better offer.
    case 'insourced':
      // "we have crane operators on staff": our own people, not their insourcing.
      // ("mgmt decided to bring it in-house": a bare function word is not us saying so.)
      if (actor === 'we' && saysWe(parts, lexicon, clause.from, clause.to)) return { segment: null, factor: 0, concept };
      // "a rival with in-house LED walls", "Wettbew. mit eigener Niederlassung": the rival's own means.
      // ("der Kunde macht es mit eigenen Leuten" is still theirs.)
      return (words[0] === 'in' || (actor !== 'they' && OWN.test(words[0] ?? ''))) && WITH.has(parts.read.tokens[hit.start - 1]?.w ?? '')
        ? { segment: 'pulled_away', factor: 0.9, concept: 'better_offer' }
        : keep();
    // "das System des Mitbewerbers ist baugleich mit unserem": a capability both have decides nothing.
    // "budget cut the line item and went with the cheapest": the cut made them buy on price; the price decided.
    case 'budget_cut':
      return keep(clause.cues.some((c) => c.concept === 'price_lower' || c.concept === 'price_contest') ? 0.4 : 1);
    case 'capability':
      if (FIRM.has(parts.words[hit.end] ?? '')) return { segment: null, factor: 0, concept };
      return keep(clause.cues.some((c) => c.concept === 'our_failure') || sameAsOurs(parts.words, clause) ? 0 : 0.3);
    default:
      return keep();
  }
}

/** "our same-day couriers", "nos délais": the value word stands right after our own possessive. */
function ourPossessiveBefore(parts: TextParts, hit: ConceptHit): boolean {
  const before = parts.words[hit.start - 1] ?? '';
  return OUR_POSSESSIVE.test(before) || (parts.lang === 'fr' && OUR_POSSESSIVE_FR.test(before));
}

const FROM_US = new Set(['of', 'from', 'von', 'aus', 'bei', 'de', 'chez', 'del', 'do', 'da']);
/** "told us", "hat uns gesagt" in [from, to): an object "us", not "one of us". */
function toUs(words: readonly string[], from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (TO_US.has(words[p]!) && !FROM_US.has(words[p - 1] ?? '')) return true;
  return false;
}

/** "saves them hours a week", "poupa horas": the saving is counted in time. */
function timeSaved(parts: TextParts, hit: ConceptHit, clause: Clause): boolean {
  let p = hit.end;
  if (PER.has(parts.words[p - 1] ?? '')) return false;
  if (p < clause.to && SAVED_FOR.test(parts.words[p] ?? '')) p++;
  return p < clause.to && TIME_SAVED.test(parts.words[p] ?? '') && !PER.has(parts.words[p - 1] ?? '');
}

/** Reads every cause hit of a text into cues with their final signed weights. */
export function readCues(parts: TextParts, lexicon: Lexicon): Cue[] {
  const { clauses, read } = parts;
  const words = parts.words;
  const hasCause = clauses.map((c) => c.cues.some(isCause));
  const restHasCause = hasCause.some((h, i) => h && !clauses[i]!.head);
  // "maybe Q3", "vermutlich 12 bis 18 Monate": a guess at when, not at why.
  const whenGuess = (h: ConceptHit) => h.concept === 'hedge' && WHEN.test(words[h.end] ?? '');
  const hedged = new Set(clauses.filter((c) => c.cues.some((h) => h.concept === 'hedge' && !whenGuess(h))).map((c) => c.sentence));
  const offers = (c: Clause) => parts.qualifiers.some((q) => q.concept === 'offers' && q.start >= c.from && q.start < c.to);
  const sentenceHas = (sentence: number, concepts: readonly string[]) =>
    clauses.some((c) => c.sentence === sentence && c.cues.some((h) => concepts.includes(h.concept)));
  const cues: Cue[] = [];
  const ruledOut = new Array<boolean>(clauses.length).fill(false);
  const asking = questionsAsked(parts);
  clauses.forEach((clause, ci) => {
    for (const hit of clause.cues) {
      // "ligado ao software", "na loja": a one-word form that is a function word of the text's own language
      // (a French tender "AO", an "n/a") is no cue; inside a longer form the same word still counts.
      if (hit.end - hit.start === 1 && isStopWord(parts.lang, words[hit.start]!)) continue;
      const concept = hit.concept as CauseConcept;
      const actor = whoActed(parts, lexicon, ci, hit);
      const reading = resolve(concept, actor, hit, parts, clause, lexicon);
      let factor = reading.factor;
      if (concept === 'capability' && factor > 0) {
        // Backed by an offer, a rival, a stronger value cue, or the rep's own "that made the difference".
        const concluded = clause.markers.some((m) => m.concept === 'conclusion');
        const backed =
          offers(clause) || concluded || actor === 'competitor' || sentenceHas(clause.sentence, ['better_offer', 'our_gap', 'bundle', 'requirement', 'co_create']);
        factor = backed ? 1 : 0.3;
      }
      // "nicht | wegen des Preises", "not | because of price": the negator ends the clause before the causal marker.
      const prev = clauses[ci - 1];
      // ("didn't leave | because of anything we did wrong": the leaving denied a cause, the negator just before it.)
      const leftNot = prev !== undefined && LEAVING.has(words[prev.to - 1] ?? '') && isNegator(words[prev.to - 2] ?? '', parts.lang);
      const deniedAcross =
        prev !== undefined && prev.sentence === clause.sentence && hit.start - clause.from <= (leftNot ? 6 : 4) &&
        (isNegator(words[prev.to - 1] ?? '', parts.lang) || leftNot) &&
        !/[,;:.!?]/.test(parts.text.slice(read.tokens[prev.to - 1]!.end, read.tokens[clause.from]!.start));
      const denied = deniedAcross || clause.markers.some((m) => m.concept === 'denial' && m.end <= hit.start + 1 && hit.start - m.end <= 4);
      const after = read.tokens[hit.end];
      const pause = after !== undefined && /[,;:]/.test(parts.text.slice(read.tokens[hit.end - 1]!.end, after.start));
      const cause = reading.segment !== 'undetermined' && reading.segment !== null;
      const asked = cause ? askedAbout(parts, asking, ci, hit) : 'not_asked';
      const negated =
        hit.negatable && reading.segment !== 'undetermined' &&
        (asked === 'denied' || denied || isNegated(words, clause.from, clause.to, hit.start, hit.end, parts.lang, hit.form, pause));
      if (negated) ruledOut[ci] = true;
      let weight = whenGuess(hit) ? 0 : hit.weight * factor * (negated ? -0.5 : 1);
      // "not timing really, ...": a denied non-reason says nothing.
      if (reading.segment === 'undetermined' && (concept === 'vague' || concept === 'vague_short') && isNegator(words[hit.start - 1] ?? '', parts.lang)) weight = 0;
      if (hedged.has(clause.sentence) && reading.segment !== 'undetermined') weight *= 0.35;
      // "price?? new CIO??", "was it our price?": a cause with a question mark, or asked about, is a guess.
      if (cause && (asked === 'open' || questionAfter(parts, hit.end - 1) || questionAfter(parts, clause.to - 1))) weight *= 0.2;
      if (clause.head && restHasCause) weight *= 0.5;
      if (cause && pickedLabel(parts, hit)) weight = 0;
      const first = read.tokens[hit.start]!;
      const last = read.tokens[hit.end - 1]!;
      cues.push({
        concept: reading.concept, segment: reading.segment, weight, negated, actor, clause: ci,
        words: parts.text.slice(first.start, last.end), start: first.start, end: last.end, vocabulary: hit.tag === 'vocabulary',
      });
    }
  });
  // "wanted 15% off", "voulait -12%": what they asked for was a price, not a capability; the price cue tells it.
  for (const cue of cues) {
    if (cue.concept !== 'requirement' || cue.weight <= 0) continue;
    if (cues.some((p) => p.clause === cue.clause && p.start > cue.start && p.segment === 'bought_away' && p.weight > 0)) {
      cue.segment = null;
      cue.weight = 0;
    }
  }
  // "subimos tarifa a propósito", "on purpose: we hiked the rate": a price rise made on purpose (said in the
  // clause or the one next to it) is how we let them go, not a price loss.
  const sentenceOf = (c: Cue) => clauses[c.clause]!.sentence;
  for (const cue of cues) {
    if (cue.segment !== 'bought_away' || cue.weight <= 0) continue;
    const onPurpose = (d: Cue) => d.concept === 'deliberate' && d.weight > 0 && Math.abs(d.clause - cue.clause) <= 1 && sentenceOf(d) === sentenceOf(cue);
    // "wir haben ihn bewusst abgegeben, weil er nur mit Rabatten zu halten war": the price is why we ended it.
    const whyWeEnded = (d: Cue) =>
      d.segment === 'intentionally_pushed_away' && d.actor === 'we' && d.weight > 0 && d.clause === cue.clause - 1 && sentenceOf(d) === sentenceOf(cue) && clauses[cue.clause]!.lead === 'cause';
    if (cues.some(whyWeEnded)) cue.segment = 'intentionally_pushed_away';
    if (cues.some(onPurpose)) cue.segment = 'intentionally_pushed_away';
  }
  reasonsForOurDecision(parts, lexicon, cues);
  applyDismissals(parts, cues);
  weighParentBodies(cues);
  weighMissingDetail(cues, parts.text);
  // "Not price: their auditors now require ISO 27001": what follows a ruled-out cause is the likelier one.
  for (const cue of cues) {
    const prev = cue.clause - 1;
    if (prev >= 0 && ruledOut[prev] && !ruledOut[cue.clause] && cue.weight > 0) cue.weight *= 1.3;
    cue.weight *= clauses[cue.clause]!.weight;
  }
  return cues;
}

/**
 * "our legal ended it after contract breach", "we terminated because of constant unfounded complaints": a
 * failure word with no "we" written, told as the cause of our own decision, is what the customer did.
 */
function reasonsForOurDecision(parts: TextParts, lexicon: Lexicon, cues: Cue[]): void {
  const { clauses } = parts;
  for (const cue of cues) {
    if (cue.segment !== 'unintentionally_pushed_away' || cue.weight <= 0) continue;
    const clause = clauses[cue.clause]!;
    if (clause.lead !== 'cause' || saysWe(parts, lexicon, clause.from, clause.to)) continue;
    const decided = cues.some((d) => d.concept === 'our_decision' && d.actor === 'we' && d.weight > 0 && d.clause === cue.clause - 1 && clauses[d.clause]!.sentence === clause.sentence);
    if (decided) cue.segment = 'intentionally_pushed_away';
  }
}

/** A question mark within the three characters after token p. */
function questionAfter(parts: TextParts, p: number): boolean {
  const end = parts.read.tokens[p]!.end;
  return /^\s*\?/.test(parts.text.slice(end, end + 3));
}

// "I never mentioned it", "we never raised it": what the rep did not say, not a cause ruled out.
const FIRST_PERSON = new Set(['i', 'we', 'ich', 'wir', 'je', 'nous', 'on', 'yo', 'nosotros', 'eu', 'nos']);

/** "one late truck, but that wasn't it", "they laughed it off": the cause just told is ruled out. */
function applyDismissals(parts: TextParts, cues: Cue[]): void {
  const sentenceOf = (c: Cue) => parts.clauses[c.clause]!.sentence;
  parts.clauses.forEach((clause, ci) => {
    for (const marker of clause.markers.filter((m) => m.concept === 'dismissal')) {
      if (FIRST_PERSON.has(parts.words[marker.start - 1] ?? '')) continue;
      // "ours has it on the plan and nobody mentioned it": the same words read as a cause of ours dismiss nothing.
      const at = parts.read.tokens[marker.start]!.start;
      if (cues.some((c) => c.start === at && c.weight > 0 && c.segment !== null && c.segment !== 'undetermined')) continue;
      // "nobody mentioned our rates": the dismissal names its own object; what was told before stands.
      if (cues.some((c) => c.clause === ci && c.start > at && c.segment !== null)) continue;
      const targets = cues.filter((c) => (c.clause === ci && parts.read.tokens[marker.start]!.start > c.start) || c.clause === ci - 1);
      // Nothing just before it: a failure told in the sentence or two before ("long forgiven", "sorted the same week").
      const fallback = targets.length > 0
        ? targets
        : cues.filter((c) => c.segment === 'unintentionally_pushed_away' && sentenceOf(c) < clause.sentence && sentenceOf(c) >= clause.sentence - 2);
      for (const cue of fallback) {
        if (cue.weight > 0 && cue.segment !== 'undetermined' && cue.segment !== null && !cue.negated) {
          cue.weight *= -0.5;
          cue.negated = true;
        }
      }
    }
  });
}
