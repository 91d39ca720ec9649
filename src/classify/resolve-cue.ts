/**
 * What one cause hit counts for once we know who acted and what stands around it: "our quote was lower" rules
 * price out, "the customer gave notice" is not our decision, "nobody told us" is the customer keeping its reason.
 */
import type { ConceptHit } from './concept-matcher';
import type { CauseConcept, Lexicon } from './concepts';
import { CONCEPT_SEGMENT } from './concepts';
import { movedToSupplier, sameAsOurs, sellerClosed, weWereCheaper } from './cue-context';
import type { Actor } from './read-actors';
import type { Clause, TextParts } from './read-clauses';
import { ourRepBefore, saysCustomer, saysRival, saysWe, saysWePronoun, sentenceEnd } from './names-in-clause';
import { BARE_PRICE_RISE_TOKENS, CRM_ENTRY_TOKENS } from './text-lengths';
import type { DefectorType } from '../types';
import {
  AFTER, CHANNEL_NOUNS, EXPIRED, FELT, FIRM, FREE_TERM, FROM_US, GOING_SILENT, INSTEAD, LAY_AT, LOWER_FORMS,
  LOWER_WORDS, NATURE, NEGATING, NOT_HEARD, NOT_RESPONDING, OBJECT_THEM, ON_TOP, OUR_POSSESSIVE, OUR_POSSESSIVE_FR,
  OWN, PASSIVE, PAYING, PER, PROMISE_TO, RULES, SAVED_FOR, SERVICE_VERB, SUPERLATIVE, THAN, THAN_US, THROUGH, TIME_SAVED,
  TO_US, WENT_TO, WITH,
} from './cue-words';

/**
 * Our own move, closure or merger: "we" written in the clause (not a function word read as ours, "the board
 * moved the operation"), and not denied ("we don't operate there" is their move out of our reach).
 */
function ourOwn(parts: TextParts, lexicon: Lexicon, clause: Clause, actor: Actor, words: readonly string[]): boolean {
  return actor === 'we' && !words.some((w) => NEGATING.has(w)) && saysWe(parts, lexicon, clause.from, clause.to);
}

interface Reading {
  segment: DefectorType | 'undetermined' | null;
  factor: number;
  concept: CauseConcept;
}

/** What a concept counts for once we know who acted. */
export function resolve(concept: CauseConcept, actor: Actor, hit: ConceptHit, parts: TextParts, clause: Clause, lexicon: Lexicon): Reading {
  const words = parts.words.slice(hit.start, hit.end);
  const base = CONCEPT_SEGMENT[concept] ?? null;
  const keep = (factor = 1): Reading => ({ segment: base, factor, concept });
  const thanUs = THAN.has(parts.read.tokens[hit.end]?.w ?? '') && THAN_US.has(parts.read.tokens[hit.end + 1]?.w ?? '');
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
    // Ours when we act, or when the words themselves name our people ("the way our engineer spoke to them").
    case 'staff_conduct':
      return (actor === 'we' || saysWe(parts, lexicon, hit.start, hit.end)) && !clause.cues.some((c) => c.concept === 'abusive') ? keep() : { segment: 'intentionally_pushed_away', factor: 1, concept: 'abusive' };
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
  return OUR_POSSESSIVE.has(before) || (parts.lang === 'fr' && before === OUR_POSSESSIVE_FR);
}

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
