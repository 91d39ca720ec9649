import type { AttributionAssessment, AttributionValue, Controllability, DefectionSegment, Source, Stability } from '../types';

/** What Step I noticed that bears on Step II. */
export interface AttributionHints {
  /** "again", "for months", "third time": the cause recurs. */
  repeated: boolean;
  /** "a single outage", "one-off". */
  oneOff: boolean;
  /** "budget frozen this year", "on hold": the change may reverse. */
  temporary: boolean;
  /** Our own price increase drove them away. */
  ourPriceRise: boolean;
  /** High-priority tickets before the loss. */
  highPriorityTickets: number;
  /** "for good", "not on our roadmap": the cause will not go away by itself. */
  permanent?: boolean;
  /** A concrete failure event was told (a missed delivery, an outage), not only "poor service". */
  concreteFailure?: boolean;
  /** "on our roadmap", "we could have", "not yet": we can close the gap to the rival's offer. */
  canFix?: boolean;
  /** "we only do X", a bundle beyond our scope, a new decision-maker's own supplier: closing the gap may not be ours to do. */
  cannotOffer?: boolean;
}

export const NO_HINTS: AttributionHints = { repeated: false, oneOff: false, temporary: false, ourPriceRise: false, highPriorityTickets: 0 };

const v = <T>(value: T, reason: string): AttributionValue<T> => ({ value, reason });

/**
 * Step II: assesses responsibility for the defection (after Weiner): source, stability and
 * controllability, each with the reason it was chosen, or `unknown` when nothing supports a value.
 */
export function assessAttribution(segment: DefectionSegment, hints: AttributionHints = NO_HINTS): AttributionAssessment {
  switch (segment) {
    case 'unintentionally_pushed_away':
      return {
        source: v<Source>('internal', 'Our failure or negligence caused the loss: internal correction comes before outreach.'),
        stability: failureStability(hints),
        controllability: v<Controllability>('controllable', 'A failure on our side was preventable: the team gets a prevention task.'),
      };
    case 'bought_away':
      if (hints.ourPriceRise) {
        return {
          source: v<Source>('internal', 'Our own price increase drove them away.'),
          stability: v<Stability>('stable', 'A price position persists until we change it.'),
          controllability: v<Controllability>('controllable', 'We set our prices: the increase could have been handled differently.'),
        };
      }
      return {
        source: v<Source>('external', 'A competitor offered a lower price; the customer is price-driven.'),
        stability:
          hints.temporary || hints.oneOff
            ? v<Stability>('unstable', 'A one-off price (a promotion, an introductory rate, a surplus lot): they may come back when it ends.')
            : v<Stability>('stable', 'Price-driven buying recurs: deal-prone customers keep shopping on price.'),
        controllability: v<Controllability>('uncontrollable', "A competitor's pricing and the customer's price focus are outside our control."),
      };
    case 'pulled_away':
      return {
        source: v<Source>('external', 'A competitor offered a better overall value proposition.'),
        stability: hints.permanent
          ? v<Stability>('stable', 'The gap will last: nothing on our side will close it soon.')
          : v<Stability>('unknown', 'The evidence does not say how long the gap to the rival offer will last.'),
        controllability:
          hints.cannotOffer && !hints.canFix
            ? v<Controllability>('unknown', 'The rival won on something outside what we offer, or on a new decision-maker\'s preference: it may not be ours to fix.')
            : v<Controllability>('controllable', 'We can close the gap by co-creating the offer and the roadmap.'),
      };
    case 'moved_away':
      return {
        source: v<Source>('external', 'The customer no longer needs the offer, or we can no longer serve them.'),
        stability: hints.temporary
          ? v<Stability>('unstable', 'The change looks temporary (a freeze, a pause): the need may come back.')
          : hints.permanent
            ? v<Stability>('stable', 'The change is for good: the need will not come back soon.')
            : v<Stability>('unknown', 'The evidence does not say whether the change will last.'),
        controllability: v<Controllability>('uncontrollable', "The customer's situation changed; nothing we did caused it."),
      };
    case 'intentionally_pushed_away':
      return {
        source: v<Source>('internal', 'We chose to end the relationship.'),
        stability: v<Stability>('stable', 'The reasons we let them go (profitability, fit) persist.'),
        controllability: v<Controllability>('controllable', 'It was our decision.'),
      };
    case 'undetermined':
      return {
        source: v<Source>('unknown', 'The evidence does not say whose action caused the loss.'),
        stability: v<Stability>('unknown', 'The evidence does not say whether the cause will recur.'),
        controllability: v<Controllability>('unknown', 'The evidence does not say whether the cause was preventable.'),
      };
  }
}

function failureStability(hints: AttributionHints): AttributionValue<Stability> {
  if (hints.repeated && !hints.oneOff) return v('stable', 'The failure recurred: it needs a lasting fix, not only an apology.');
  if (hints.oneOff) return v('unstable', 'A one-off incident: a recovery can credibly promise it will not recur.');
  if (hints.highPriorityTickets >= 2) return v('stable', 'Several high-priority tickets before the loss: a systemic problem.');
  if (hints.concreteFailure) return v('unstable', 'One failure was told, not a pattern: a recovery can credibly promise it will not recur.');
  return v('unknown', 'The evidence does not say whether the failure was one-off or systemic.');
}
