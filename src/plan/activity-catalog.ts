import type { DefectionSegment, FrameworkStep, JusticeDimension, OwnerRole } from '../types';

/** One activity of the Step III menu, with the Step IV justice dimension it serves. */
export interface ActivitySpec {
  code: string;
  step: FrameworkStep;
  justice: JusticeDimension;
  title: string;
  /** Why this activity, for this customer. `{evidence}` is replaced with the strongest evidence excerpt. */
  body: string;
  ownerRole: OwnerRole;
  dueInDays: number;
  priority: 'HIGH' | 'MEDIUM' | 'LOW';
}

const a = (spec: ActivitySpec) => spec;

/** Activities per segment, in the order they should happen. Every win-back list covers all three justice dimensions. */
export const ACTIVITIES: Record<DefectionSegment, ActivitySpec[]> = {
  unintentionally_pushed_away: [
    a({ code: 'apologize', step: 'III', justice: 'interactional', ownerRole: 'deal_owner', dueInDays: 0, priority: 'HIGH',
      title: 'Apologise and acknowledge what went wrong',
      body: 'They left because of our failure ({evidence}). Call first, own the mistake without excuses, and listen: an apology neutralises the negative feeling before any offer can work.' }),
    a({ code: 'corrective_action', step: 'III', justice: 'procedural', ownerRole: 'service_lead', dueInDays: 3, priority: 'HIGH',
      title: 'Fix the process that failed',
      body: 'An internal, controllable cause needs internal correction before outreach ({evidence}). Name the fix, its owner and its date, so the customer can be told what changed.' }),
    a({ code: 'make_good', step: 'III', justice: 'distributive', ownerRole: 'deal_owner', dueInDays: 5, priority: 'HIGH',
      title: 'Offer a make-good, time-boxed',
      body: 'Make amends with compensation, a credit or a make-good sized to the harm, valid for {offerDays} days. Frame it as recovery, not as a new price: an open-ended discount becomes their reference price.' }),
    a({ code: 'prevention_review', step: 'III', justice: 'procedural', ownerRole: 'team', dueInDays: 10, priority: 'MEDIUM',
      title: 'Prevention: review this loss with the team',
      body: 'The cause was controllable: walk the team through what happened and what now prevents it, so the next customer is not lost the same way.' }),
    a({ code: 'reapproach_after_fix', step: 'IV', justice: 'procedural', ownerRole: 'deal_owner', dueInDays: 21, priority: 'MEDIUM',
      title: 'Re-approach once the fix is in place',
      body: 'Show what changed and make returning easy: a short restart, named contacts, clear escalation. If the failure was severe or repeated, a new face on our side may be needed.' }),
  ],
  bought_away: [
    a({ code: 'check_value', step: 'III', justice: 'distributive', ownerRole: 'sales_manager', dueInDays: 2, priority: 'HIGH',
      title: 'Check value before any discount',
      body: 'They left for a lower price ({evidence}). Before matching it, check: will they stay long enough to be profitable, and is a price war worth it?' }),
    a({ code: 'time_boxed_offer', step: 'IV', justice: 'distributive', ownerRole: 'deal_owner', dueInDays: 7, priority: 'HIGH',
      title: 'Prepare a time-boxed, value-framed offer',
      body: 'If the value check says yes, offer a competitive price valid for {offerDays} days and tied to what they get, not an open-ended discount that lowers every later renewal.' }),
    a({ code: 'lock_in_options', step: 'III', justice: 'distributive', ownerRole: 'deal_owner', dueInDays: 10, priority: 'MEDIUM',
      title: 'Propose lock-in options',
      body: 'Price-driven customers are rarely loyal: pair any concession with a multi-year term or volume tiers so the second lifetime lasts.' }),
    a({ code: 'ease_return', step: 'IV', justice: 'procedural', ownerRole: 'deal_owner', dueInDays: 10, priority: 'MEDIUM',
      title: 'Make coming back easy',
      body: 'Remove switching friction: keep their setup and data ready, offer a simple restart and flexible terms.' }),
    a({ code: 'intelligence_gathering', step: 'III', justice: 'interactional', ownerRole: 'deal_owner', dueInDays: 45, priority: 'LOW',
      title: 'Ask how the new supplier is performing',
      body: 'A friendly check-in, no pitch: how is the cheaper supplier doing on delivery and service? Cheaper suppliers often fall short.' }),
  ],
  pulled_away: [
    a({ code: 'requirement_capture', step: 'III', justice: 'procedural', ownerRole: 'deal_owner', dueInDays: 3, priority: 'HIGH',
      title: 'Capture what the competitor offered that we did not',
      body: 'They left for a better overall value proposition ({evidence}). Write down the exact requirements and how they weigh them.' }),
    a({ code: 'roadmap_feedback', step: 'III', justice: 'procedural', ownerRole: 'team', dueInDays: 7, priority: 'MEDIUM',
      title: 'Feed the gap back to product',
      body: 'A value gap is controllable: share the requirements with product and get a dated answer on whether and when we close it.' }),
    a({ code: 'co_creation', step: 'III', justice: 'distributive', ownerRole: 'deal_owner', dueInDays: 21, priority: 'MEDIUM',
      title: 'Propose co-creating the offer',
      body: 'Strategy-driven customers co-create with suppliers: invite them to shape a customised, distinctive offer that meets their requirements.' }),
    a({ code: 'executive_touch', step: 'IV', justice: 'interactional', ownerRole: 'sales_manager', dueInDays: 30, priority: 'LOW',
      title: 'Keep a senior relationship warm',
      body: 'A respectful senior contact keeps us in the consideration set for their next buying cycle.' }),
    a({ code: 'intelligence_gathering', step: 'III', justice: 'interactional', ownerRole: 'deal_owner', dueInDays: 60, priority: 'LOW',
      title: 'Ask how the new supplier is performing',
      body: 'Check whether the new solution delivers what it promised; be there when it falls short.' }),
  ],
  moved_away: [
    a({ code: 'graceful_close', step: 'IV', justice: 'interactional', ownerRole: 'deal_owner', dueInDays: 3, priority: 'MEDIUM',
      title: 'Close the relationship well and ask for referrals',
      body: 'They no longer need what we sell, or we cannot serve them ({evidence}). Thank them, make any transition easy, leave the door open, and ask who else could use us: a good ending earns referrals and word of mouth.' }),
    a({ code: 'track_contacts', step: 'III', justice: 'procedural', ownerRole: 'deal_owner', dueInDays: 30, priority: 'LOW',
      title: 'Follow your contacts to their next roles',
      body: 'People move: stay connected with the buyers and users, who may bring us into their next company.' }),
    a({ code: 'reentry_terms', step: 'III', justice: 'distributive', ownerRole: 'deal_owner', dueInDays: 60, priority: 'LOW',
      title: 'Prepare re-entry terms for when the need returns',
      body: 'If they out-source again or open a new site, have a ready, fair offer: active waiting pays off when the need comes back.' }),
  ],
  intentionally_pushed_away: [
    a({ code: 'dignified_exit', step: 'IV', justice: 'interactional', ownerRole: 'sales_manager', dueInDays: 2, priority: 'HIGH',
      title: 'Communicate the exit with respect',
      body: 'We chose to end this relationship ({evidence}). Tell them personally and clearly, with the reasons and the timeline, so they can leave with dignity.' }),
    a({ code: 'refer_supplier', step: 'III', justice: 'procedural', ownerRole: 'deal_owner', dueInDays: 7, priority: 'MEDIUM',
      title: 'Refer them to a better-fitting supplier',
      body: 'Point them to a supplier that fits their needs: it protects the brand and ends the relationship well.' }),
    a({ code: 'transition_support', step: 'IV', justice: 'procedural', ownerRole: 'deal_owner', dueInDays: 10, priority: 'MEDIUM',
      title: 'Make the transition orderly',
      body: 'Agree the notice period, data export and open items, so nothing goes wrong on the way out.' }),
    a({ code: 'record_exit', step: 'III', justice: 'procedural', ownerRole: 'deal_owner', dueInDays: 14, priority: 'LOW',
      title: 'Record the exit so no one re-targets them',
      body: 'Mark the account as an intentional exit, with the reason, so marketing and sales do not try to win it back.' }),
  ],
  undetermined: [
    a({ code: 'confirm_defection_reason', step: 'III', justice: 'procedural', ownerRole: 'deal_owner', dueInDays: 0, priority: 'HIGH',
      title: 'Review the defection analysis: why did they leave?',
      body: 'The evidence is too thin to say why this customer left. Answer: {questions}' }),
    a({ code: 'exit_conversation', step: 'IV', justice: 'interactional', ownerRole: 'deal_owner', dueInDays: 7, priority: 'MEDIUM',
      title: 'Ask the customer for a short exit conversation',
      body: 'A respectful, no-pitch conversation about why they left is the best evidence there is, and keeps the relationship open.' }),
  ],
};
