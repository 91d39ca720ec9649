import type { ConceptSpec } from './types';

/**
 * More surface forms of the cause concepts (en: their change, our decision, no decisive cause): inflections, synonyms, colloquial and CRM shorthand
 * that reps write, so a cause told in other words is still read. Data only; where each concept points
 * and how who-acted changes it are in types.ts and read-cues.ts. Text is folded first, so "we're" is
 * `we re`, "didn't" is `did not`, "$" is `money` and "two-for-one" is `two for one`.
 */
export const BREADTH_EN_CHANGE_CONCEPTS: ConceptSpec[] = [
  {
    // A new owner: swallowed up, taken over, changed hands.
    concept: 'acquired',
    weight: 2.5,
    forms: {
      en: [
        'swallowed up', 'swallowed by', 'gobbled up', 'snapped up by', 'taken over by', 'got taken over', 'was taken over',
        'bought out by', 'rolled up into', 'roll up by', 'absorbed by', 'absorbed into', 'folded into', 'merged into',
        'now part of', 'became part of', 'new owners', 'changed hands',
        'ownership change', 'changed ownership',
        'group wide contract', 'parent mandated', 'parent company mandated',
        'national agreement',
      ],
    },
  },
  {
    // They closed: shut for good, went under, ceased trading.
    concept: 'closed',
    weight: 2.4,
    forms: {
      en: [
        'decommission*',
        'shut its doors',
        'closed permanently', 'permanently closed', 'gone under', 'gone bust',
        'belly up',
        'wound up the company', 'into administration', 'went into receivership',
        'declared bankruptcy', 'no longer trading',
        'retired and closed', 'closed the site', 'closed the plant', 'closed the warehouse', 'closed the store',
        'closed the office', 'closed the branch', 'closed that location', 'closed the location', 'lost their lease',
      ],
    },
  },
  {
    // The project or programme ended on their side (a pause or deprioritising is no cause: it stays undetermined).
    concept: 'project_cancelled',
    weight: 2.3,
    forms: {
      en: [
        'pulled the plug on the project', 'pulled the plug on the initiative', 'pulled the plug on the program*',
        'killed the project', 'killed the initiative', 'project was killed', 'project got killed', 'project killed',
        'scrapped the project', 'scrapped the initiative', 'canned the project', 'project was canned', 'project got canned',
        'dropped the project', 'dropped the initiative', 'axed the project',
        'project was axed', 'program was axed', 'event was cancelled', 'event got cancelled', 'event was canceled',
      ],
    },
  },
  {
    // Their budget went: a spend freeze, the money moved elsewhere.
    concept: 'budget_cut',
    weight: 2.6,
    forms: {
      en: [
        'budget got slashed', 'budget was slashed', 'budget slashed', 'slashed their budget', 'slashed the budget', 'budget cut in half', 'budget halved', 'budget got cut',
        'procurement freeze', 'opex freeze',
        'frozen budget*', 'budgets frozen', 'budget got pulled', 'budget was pulled', 'budget pulled', 'budget reallocated',
        'budget was reallocated', 'budget got reallocated', 'budget went elsewhere', 'lost their budget', 'lost the budget',
        'budget dried up', 'money dried up', 'funding was cut', 'funding got cut',
        'ran out of funding', 'ran out of money', 'grant ran out', 'lost the grant',
        'cut all spend', 'cut all discretionary', 'discretionary spend', 'tightening their belt*',
      ],
    },
  },
  {
    // Their need went with their own business: a lost anchor client, suppliers cut.
    concept: 'need_gone',
    weight: 2.2,
    forms: {
      en: [
        'lost their biggest client', 'lost their main client', 'lost their largest customer', 'lost their largest client',
        'lost their key customer', 'lost their key client', 'lost their anchor', 'had to cut suppliers', 'had to cut vendors',
      ],
    },
  },
  {
    // Our decision not to pursue or keep the business.
    concept: 'our_decision',
    weight: 2.8,
    forms: {
      en: [
        'would not sign their', 'refused to sign their', 'legal would not sign', 'legal refused',
        'too risky for us', 'not worth the risk', 'decided to walk away', 'walk away from the rfp', 'walked away from the rfp', 'walk away from the deal', 'unacceptable to us', 'we could not accept', 'we would not accept', 'we refused their', 'we refused to',
        'we did not want the business', 'we did not want the work', 'we did not want the account', 'did not want the business', 'did not want the work', 'did not want the account',
        'not worth pursuing', 'chose not to pursue', 'decided not to pursue', 'opted not to pursue',
        'opted not to quote', 'chose not to quote', 'decided not to quote',
        'declined the opportunity', 'declined to proceed', 'walked from the deal',
        'passed on the opportunity', 'passed on the deal', 'passed on it', 'pulled our bid',
        'withdrew our bid', 'withdrew our proposal', 'withdrew from the tender', 'no bidded',
        'disqualified them', 'we disqualified', 'qualified them out', 'qualified out', 'dqd them', 'dq ed them', 'dq d them',
        'let the account go', 'let the client go',
        'exit that vertical', 'exiting that vertical',
        'exit the vertical', 'exiting the vertical', 'exiting that segment', 'not a fit for our icp',
        'bad fit for us', 'poor fit for us',
      ],
    },
  },
  {
    // They could not pay: bounced payments, poor credit.
    concept: 'bad_payer',
    weight: 2.4,
    forms: {
      en: [
        'payer history', 'poor payment history', 'bad payment history', 'poor payment record',
        'poor credit', 'bad credit', 'credit rating', 'failed credit check', 'failed our credit check', 'failed the credit check',
        'bounced check*', 'bounced cheque*', 'slow paying',
        'chronic late pay*', 'unpaid balance', 'in arrears',
        'overdue balance', 'days past due', 'in collections',
      ],
    },
  },
  {
    // Credit or supply stopped by us.
    concept: 'restriction',
    weight: 2.6,
    forms: {
      en: [
        'put them on stop', 'stopped supply', 'stopped shipping',
        'suspended their account', 'suspended service', 'suspended their service', 'cut off supply',
        'revoked their credit', 'withdrew their credit', 'reduced their credit',
        'prepayment only', 'cash on delivery only', 'proforma only',
      ],
    },
  },
  {
    // Moved by us to a partner or reseller.
    concept: 'channel_move',
    weight: 2.6,
    forms: {
      en: [
        'handed ~ to our reseller', 'handed ~ to our partner', 'handed ~ to our distributor', 'handed ~ to our dealer',
        'moved them to a distributor', 'moved them to our partner', 'moved them to a partner', 'moved them to our reseller',
        'passed ~ to our partner', 'transferred ~ to our partner', 'transitioned ~ to our partner', 'to our var',
        'per our channel policy', 'channel policy', 'partner led', 'partner territory', 'dealer territory', 'moved to channel',
        'moved to the channel', 'serviced by our partner', 'managed by our partner', 'covered by our partner',
      ],
    },
  },
  {
    // The customer mistreated our people.
    concept: 'abusive',
    weight: 2.3,
    forms: {
      en: [
        'verbally abusive', 'abuse of our', 'abused our', 'threatened our', 'yelled at our', 'screamed at our', 'shouted at our',
        'swore at our', 'berated our', 'bullied our', 'bullying our', 'toxic client', 'toxic customer', 'hostile toward our',
        'hostile towards our', 'rude to our', 'insulted our', 'mistreated our', 'intimidated our',
      ],
    },
  },
  {
    // Demands beyond what they paid for.
    concept: 'scope_creep',
    weight: 1.8,
    forms: {
      en: [
        'free work', 'outside scope', 'outside of scope', 'out of scope work', 'beyond scope',
        'kept asking for more', 'endless revisions', 'endless change requests', 'work for free',
      ],
    },
  },
  {
    // No reason given, in CRM shorthand and plain words.
    concept: 'no_reason',
    weight: 2.4,
    negatable: false,
    forms: {
      en: [
        'dnr', 'never told us why', 'would not elaborate',
        'declined to give', 'declined to explain', 'no reason provided',
        'no reason stated', 'get a reason', 'got no reason', 'no feedback provided',
        'no clue why', 'not sure why', 'unsure why', 'unknown reason*',
      ],
    },
  },
  {
    // The customer went silent or the deal drifted: nothing decisive told.
    concept: 'vague',
    weight: 2.5,
    negatable: false,
    forms: {
      en: [
        'no contact after', 'no response after', 'no reply after', 'silence after',
        'went radio silent', 'radio silent', 'contact no longer with', 'no longer with the company', 'no longer with company', 'no one else engaged', 'nobody else engaged',
        'went cold', 'gone cold', 'deal went cold', 'crickets', 'went mia',
        'stopped engaging', 'no longer responding',
        'lost touch with', 'lost contact with', 'lost our champion', 'chose to do nothing',
        'stayed with status quo', 'never came back', 'fizzled',
        'fizzled out', 'petered out', 'died on the vine', 'dead deal', 'could be a number of things',
      ],
    },
  },
];
