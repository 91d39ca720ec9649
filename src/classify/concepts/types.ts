import type { DefectorType } from '../../types';

export const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt'] as const;
export type Lang = (typeof LANGUAGES)[number];

/**
 * What happened, as a concept: many surface forms per language, one meaning. Each cause concept
 * points to a Step I segment; who acted (read from the clause) can change what it means.
 */
export type CauseConcept =
  // bought away: a lower price elsewhere
  | 'price_lower' | 'price_higher' | 'price_contest' | 'price_named' | 'cost_drive' | 'promo' | 'our_price_rise'
  // they paid more to leave: price did not drive it
  | 'price_accepted' | 'we_were_cheaper'
  // pulled away: a better offer
  | 'better_offer' | 'value_short' | 'capability' | 'our_gap' | 'bundle' | 'requirement' | 'own_vendor' | 'co_create'
  // unintentionally pushed away: our failure
  | 'our_failure' | 'neglect' | 'make_good' | 'broken_promise' | 'poor_service' | 'staff_conduct' | 'billing_error' | 'failure_short'
  // moved away: their need, ownership or location changed
  | 'acquired' | 'closed' | 'relocated' | 'insourced' | 'need_gone' | 'budget_cut' | 'regulation' | 'project_cancelled'
  // intentionally pushed away: our deliberate decision
  | 'our_decision' | 'deliberate' | 'unprofitable' | 'bad_payer' | 'restriction' | 'channel_move' | 'abusive'
  | 'policy_breach' | 'scope_creep' | 'referred' | 'exit_named'
  // undetermined: no decisive cause
  | 'vague' | 'vague_short' | 'no_reason' | 'hedge' | 'mixed' | 'competitor' | 'new_decider' | 'neutral';

/** Words that shape how a clause counts: who decided, what was ruled out, what the rep concluded. */
export type MarkerConcept =
  | 'contrast' | 'really' | 'cause' | 'consequence' | 'concession' | 'conclusion' | 'denial' | 'dismissal' | 'praise'
  | 'claim' | 'offers' | 'repeated' | 'one_off' | 'idiom' | 'temporary' | 'permanent' | 'can_fix' | 'cannot_offer' | 'parity';

/** One concept with its forms in each language (folded patterns, see concept-matcher.ts). */
export interface ConceptSpec<C extends string = CauseConcept> {
  concept: C;
  weight: number;
  negatable?: boolean;
  forms: Partial<Record<Lang, readonly string[]>>;
}

/** Where a cause concept points, when nothing in the clause changes it. */
export const CONCEPT_SEGMENT: Partial<Record<CauseConcept, DefectorType | 'undetermined'>> = {
  price_lower: 'bought_away', price_higher: 'bought_away', price_contest: 'bought_away', price_named: 'bought_away',
  cost_drive: 'bought_away', promo: 'bought_away', our_price_rise: 'bought_away',
  price_accepted: 'pulled_away', better_offer: 'pulled_away', value_short: 'pulled_away', capability: 'pulled_away', our_gap: 'pulled_away',
  bundle: 'pulled_away', requirement: 'pulled_away', own_vendor: 'pulled_away', co_create: 'pulled_away',
  new_decider: 'pulled_away',
  our_failure: 'unintentionally_pushed_away', neglect: 'unintentionally_pushed_away', make_good: 'unintentionally_pushed_away',
  broken_promise: 'unintentionally_pushed_away', poor_service: 'unintentionally_pushed_away',
  staff_conduct: 'unintentionally_pushed_away', billing_error: 'unintentionally_pushed_away',
  failure_short: 'unintentionally_pushed_away',
  acquired: 'moved_away', closed: 'moved_away', relocated: 'moved_away', insourced: 'moved_away', need_gone: 'moved_away',
  budget_cut: 'moved_away', regulation: 'moved_away', project_cancelled: 'moved_away',
  our_decision: 'intentionally_pushed_away', deliberate: 'intentionally_pushed_away',
  unprofitable: 'intentionally_pushed_away', bad_payer: 'intentionally_pushed_away',
  restriction: 'intentionally_pushed_away', channel_move: 'intentionally_pushed_away', abusive: 'intentionally_pushed_away',
  policy_breach: 'intentionally_pushed_away', scope_creep: 'intentionally_pushed_away', referred: 'intentionally_pushed_away',
  exit_named: 'intentionally_pushed_away',
  vague: 'undetermined', vague_short: 'undetermined', no_reason: 'undetermined', hedge: 'undetermined', mixed: 'undetermined',
};

/** Plain words for each concept, shown in evidence ("a lower price elsewhere: 'cheaper'"). */
export const CONCEPT_LABEL: Record<CauseConcept, string> = {
  price_lower: 'a lower price elsewhere', price_higher: 'a price comparison', price_contest: 'awarded on price',
  price_named: 'price named', cost_drive: 'a drive to cut costs', promo: 'a promotional price', our_price_rise: 'our price increase',
  price_accepted: 'they paid more to switch', we_were_cheaper: 'our price was lower', better_offer: 'a better offer', value_short: 'a product reason named', capability: 'a capability', our_gap: 'something we lack',
  bundle: 'a broader bundle', requirement: 'a new requirement', own_vendor: "a new decision-maker's own supplier",
  co_create: 'a co-created offer', new_decider: 'a new decision-maker',
  our_failure: 'our failure', neglect: 'our neglect', make_good: 'we made good for a failure', broken_promise: 'a promise we broke', poor_service: 'poor service',
  staff_conduct: 'how our staff behaved', billing_error: 'our billing errors', failure_short: 'a service problem named',
  acquired: 'a new owner or parent', closed: 'a closure', relocated: 'a move out of our reach', insourced: 'brought in-house',
  need_gone: 'the need went away', budget_cut: 'their budget was cut', regulation: 'a rule or regulation changed',
  project_cancelled: 'the project was cancelled',
  our_decision: 'our decision to end it', deliberate: 'done on purpose', unprofitable: 'unprofitable for us',
  bad_payer: 'payment problems', restriction: 'credit or delivery stopped by us', channel_move: 'moved to a partner channel by us',
  abusive: 'the customer mistreated our people', policy_breach: 'the customer broke our rules',
  scope_creep: 'demands beyond what they paid for', referred: 'we referred them elsewhere', exit_named: 'we chose to end it',
  vague: 'says nothing about why', vague_short: 'says nothing about why', no_reason: 'no reason given', hedge: 'a guess, not a cause', mixed: 'several causes, none decisive',
  competitor: 'went to a competitor', neutral: 'neutral',
};
