import type { ConceptSpec } from './types';

/**
 * More surface forms of the cause concepts (en): inflections, synonyms, colloquial and CRM shorthand
 * that reps write, so a cause told in other words is still read. Data only; where each concept points
 * and how who-acted changes it are in types.ts and read-cues.ts. Text is folded first, so "we're" is
 * `we re`, "didn't" is `did not`, "$" is `money` and "two-for-one" is `two for one`.
 */
export const BREADTH_EN_CONCEPTS: ConceptSpec[] = [
  {
    // A lower price elsewhere told without "cheaper": a sweeter deal, a smaller fee, a lower retainer.
    concept: 'price_lower',
    weight: 2.4,
    forms: {
      en: [
        'a steal', 'near cost', 'close to cost', 'at wholesale', 'wholesale price*', 'could not touch their price*', 'a price we could not touch', 'could not get near their price*', 'could not get close to their price*',
        'smallest invoice', 'smallest quote', 'smallest bill', 'outpriced', 'out priced', 'saving a bundle', 'save a bundle', 'saved a bundle', 'saving a fortune', 'saving a ton', 'good chunk under', 'good chunk cheaper', 'good chunk less',
        'sweeter deal', 'sweeter offer', 'sweeter terms', 'sweetened the deal', 'sweetened their offer', 'sweetened their bid',
        'lower fee*', 'smaller fee*', 'lower retainer', 'smaller retainer', 'lower commission', 'lower markup',
        'beat our pricing', 'beat our proposal', 'under our number',
        'below our number', 'under our quote', 'below our quote', 'under our price', 'below our price', 'matched and beat',
        'more bang for', 'bang for the buck', 'bang for their buck', 'bargain basement', 'rock bottom',
        'went lower on price', 'sharper price*', 'sharper pricing', 'sharper quote', 'keener price*',
        'tighter pricing', 'more competitive price*', 'more competitive quote', 'more competitive pricing',
      ],
    },
  },
  {
    // Our price too high, told as a distance from theirs or from the market.
    concept: 'price_higher',
    weight: 2.0,
    forms: {
      en: [
        'did not justify our price*', 'did not justify the price', 'did not justify the cost', 'value did not justify', 'not justify our price*',
        'twice what', 'double what', 'twice as expensive', 'twice the price', 'double the price', 'twice our price',
        'double our price', 'triple what', 'out of line with the market', 'out of line on price',
        'above market', 'above the market', 'over market rate*', 'not competitive on price', 'uncompetitive on price',
        'uncompetitive pricing', 'way off on price', 'too steep', 'steep price*',
        'price was steep', 'pricing was steep', 'cost prohibitive', 'prohibitively expensive', 'could not justify the cost',
        'could not justify the spend', 'could not justify the price', 'could not justify the investment',
        'not in their price range', 'outside their price range', 'money diff*', 'pricing gap', 'price delta',
        'gap on price', 'too rich for', 'too much money', 'premium too high', 'premium was too',
      ],
    },
  },
  {
    // Our own increase told in other words: an annual bump, an indexation at renewal ("their prices went up" is not ours).
    concept: 'our_price_rise',
    weight: 2.4,
    forms: {
      en: [
        'our quote jumped', 'renewal quote jumped', 'our price jumped', 'our prices jumped', 'our pricing jumped', 'renewal jumped', 'renewal went up',
        'our price went up', 'our prices went up', 'our rates went up',
        'annual increase', 'yearly increase', 'our increase', 'our rate increase', 'our rate hike', 'fee increase', 'price jump',
        'we increased the price*', 'we increased our', 'we bumped the price*', 'we bumped our', 'bumped our price*', 'bumped the price', 'raised our fee*', 'hiked our', 'hiked prices',
        'hiked the price', 'hiked the rate', 'hiked their rate', 'renewal hike', 'renewal jump', 'cpi increase', 'cpi uplift', 'inflation uplift', 'inflation increase',
        'indexation', 'price escalator', 'price adjustment', 'we repriced', 'repricing at renewal', 'list price increase',
      ],
    },
  },
  {
    // Rival's free months, waived fees and bundled giveaways to win the switch.
    concept: 'promo',
    weight: 2.7,
    forms: {
      en: [
        'two for one', 'buy one get one', 'bogo', 'first month free', 'first months free', 'free months',
        'months for free', 'waived ~ fee*', 'waived the setup', 'waived setup', 'waived onboarding',
        'waived implementation', 'no setup fee*', 'free setup', 'free onboarding', 'free implementation', 'free migration',
        'switching credit*', 'switching incentive*', 'signing bonus', 'sign on bonus',
        'introductory pricing', 'teaser price*', 'paid out our contract', 'bought out our contract',
        'covered the exit fee*', 'paid the exit fee*', 'paid their exit fee*', 'covered their early termination',
      ],
    },
  },
  {
    // A rival's better product, told as praise of it.
    concept: 'better_offer',
    weight: 2.0,
    forms: {
      en: [
        'lost on product', 'lost on the product', 'lost on functionality', 'lost on product fit', 'lost on capabilit*', 'speaks their language', 'speaking support', 'native language support',
        'local rep', 'local account manager', 'visits weekly', 'visits them weekly', 'on site weekly', 'onsite weekly', 'on site every week',
        'liked ~ better', 'preferred the other', 'preferred the competitor*', 'preferred a competitor', 'preferred their product',
        'preferred their platform', 'preferred their solution', 'more impressed with', 'more impressed by', 'wowed them',
        'won them over', 'blew them away', 'stronger offering', 'stronger platform',
        'more mature product', 'more mature platform', 'more complete solution', 'more complete product', 'more polished',
        'slicker', 'best of breed', 'stronger presence in', 'bigger presence in', 'better footprint',
        'down the road from', 'around the corner from', 'on their doorstep', 'next door to them', 'local to them',
        'based near them', 'minutes from their', 'minutes away from them', '_ minutes from the site', 'minuten entfernt', 'better coverage in',
        'better demo', 'stronger demo', 'nailed the demo', 'aced the demo', 'better references',
        'better track record', 'stronger track record', 'better fit for their', 'better suited to their',
        'success program', 'dedicated csm', 'white glove', 'quicker turnaround',
      ],
    },
  },
  {
    // Something we lack, said by us: "we're missing", "we don't support".
    concept: 'our_gap',
    weight: 2.1,
    forms: {
      en: [
        'we are missing', 'we were missing', 'we still lack', 'we do not support',
        'we did not support', 'we can not support', 'we could not support',
        'no roadmap for', 'feature gap*', 'functionality gap*', 'product gap*',
        'capability gap*', 'gaps in our product', 'gap in our product', 'missing feature*',
        'missing capabilit*', 'lacked the feature*', 'lacked the functionality', 'we fell short on', 'fell short on features',
        'could not meet their requirement*', 'could not meet the requirement*', 'did not meet their requirement*',
        'did not meet the requirement*', 'not supported by us',
      ],
    },
  },
  {
    // A failure of ours told in colloquial words: downhill quality, a platform that kept going down.
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      en: [
        'let down by our', 'closing tickets without', 'closed tickets without', 'without fixing', 'no one trained', 'nobody trained', 'we did not train', 'never onboarded', 'poorly onboarded',
        'kept cutting out', 'keeps cutting out', 'kept dropping out', 'kept rescheduling', 'we rescheduled', 'kept postponing', 'we postponed', 'did not know what he was doing', 'did not know what she was doing', 'did not know what they were doing', 'clueless', 'incompetent', 'incompetence',
        'went downhill', 'gone downhill', 'going downhill', 'quality deteriorated',
        'quality slipped', 'quality suffered', 'quality went down', 'declining quality', 'drop in quality', 'dip in quality',
        'subpar', 'sub par', 'below par', 'not up to par', 'not up to scratch', 'not up to standard', 'substandard',
        'kept going down', 'keeps going down', 'keeps crashing',
        'keeps failing',
        'laggy', 'did not work as promised', 'never worked properly',
        'never worked right', 'never really worked', 'did not work properly', 'made a mess of',
        'made a hash of', 'we blew it', 'we blew the', 'snafu*', 'cock up', 'balls up',
        'order got lost', 'orders got lost', 'order went missing', 'orders went missing', 'lost track of their',

        'never got it working', 'could not get it working', 'could not get it to work', 'onboarding dragged', 'implementation dragged', 'rollout dragged', 'setup dragged',
        'waiting for a fix', 'waited for a fix', 'no fix', 'left unresolved', 'went unresolved',
      ],
    },
  },
  {
    // We went quiet on them: calls not returned, nobody owned the account, tickets left without an answer.
    concept: 'neglect',
    weight: 2.6,
    forms: {
      en: [
        'we did not return', 'we never returned', 'we did not call', 'we did not get back', 'we never got back', 'we did not respond', 'we never responded', 'we did not answer', 'we never answered', 'we failed to respond', 'we failed to follow up',
        'did not return ~ calls', 'not returning their', 'failed to return their',
        'nobody ~ checked in', 'no one ~ checked in', 'did not check in', 'stopped checking in',
        'no one ~ owned the account', 'nobody ~ owned the account', 'nobody owned it', 'no owner on our', 'orphaned account',
        'account was orphaned', 'account got orphaned', 'slipped through the cracks',
        'left them waiting',
        'tickets ~ without a response', 'tickets sat', 'tickets went unanswered', 'no reply from us', 'never heard back from us', 'went dark on our end',
        'went quiet on our end', 'went dark on our side', 'went quiet on our side', 'we went dark',
        'no point of contact', 'no dedicated contact', 'no qbr*',
        'skipped the qbr*', 'missed ~ qbr*', 'we were slow to',
        'we never called', 'we never followed up', 'we did not follow up', 'no follow up from us', 'did not get back to them',
        'never got back to them', 'took forever to get back',
      ],
    },
  },
  {
    // Service told as its lack: poor responsiveness, slow support.
    concept: 'poor_service',
    weight: 2.2,
    forms: {
      en: [
        'poor responsiveness', 'lack of responsiveness', 'support was unresponsive',
        'support was awful', 'support was poor',
        'terrible support', 'awful support', 'lousy support', 'lousy service', 'crap service', 'rubbish service', 'shocking service',
        'bad experience with us', 'awful experience', 'horrible experience',
        'ran out of patience', 'fed up waiting', 'got fed up',
      ],
    },
  },
  {
    // How our people behaved; who was rude is read from the clause (theirs to ours is abusive).
    concept: 'staff_conduct',
    weight: 2.3,
    forms: {
      en: [
        'abusive to their', 'rude to their', 'rude with their', 'patronising', 'patronizing', 'dismissive of their',
        'snapped at their', 'yelled at their', 'shouted at their', 'swore at their',
        'argued with their', 'insulted their', 'offended their', 'hung up on', 'too aggressive with', 'badmouthed',
      ],
    },
  },
  {
    // Our billing mistakes: charged for what they had cancelled, wrong invoices.
    concept: 'billing_error',
    weight: 2.4,
    forms: {
      en: [
        'billed for seats', 'billed for licen*', 'charged for seats', 'charged for licen*', 'billed for cancel*',
        'charged for cancel*', 'billed after cancel*', 'charged after cancel*', 'still being billed', 'still being charged',
        'kept billing', 'kept charging', 'kept getting billed', 'kept getting charged', 'billed incorrectly', 'charged incorrectly',
        'incorrectly billed', 'incorrectly charged', 'incorrectly invoiced', 'wrongly billed', 'wrongly charged', 'wrongly invoiced',
        'incorrect bill*',
        'invoice dispute*',
        'double charge*', 'surprise charge*', 'hidden charge*', 'unexpected charge*', 'auto renewed without',
      ],
    },
  },
];
