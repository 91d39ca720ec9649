import type { LanguagePack } from './pack';

export const EN: LanguagePack = {
  picklist: {
    bought_away: ['Price', 'Too expensive', 'Pricing', 'Lost on price', 'Cheaper competitor'],
    pulled_away: ['Product fit', 'Missing features', 'Competitor - better product', 'Functionality', 'Integration'],
    unintentionally_pushed_away: ['Service issues', 'Support', 'Product quality', 'Implementation problems', 'Billing issues'],
    moved_away: ['Relocation', 'Acquired', 'Out of business', 'No longer needed', 'Went in-house'],
    intentionally_pushed_away: ['Unprofitable', 'Payment issues', 'Not a fit', 'Credit risk', 'Terminated by us'],
    undetermined: ['Other', 'No decision', 'Unknown', 'Timing', 'Lost'],
  },
  short: {
    bought_away: [
      'went with {competitor}, {pct}% cheaper', 'price - {competitor} undercut us by {pct}%', 'Too expensive. They got a better deal elsewhere',
      'procurement chose lowest bid ({competitor})', 'cust said our renewal quote was way over budget, signed w/ {competitor}',
      'lost on price again. {competitor} offered {months} months free',
    ],
    pulled_away: [
      "{competitor} has native SAP integration, we don't", 'chose {competitor} for the mobile app + offline mode',
      'they wanted an all-in-one platform, {competitor} bundles it', 'Missing API features. Moved to {competitor}',
      'better roadmap from {competitor} (AI forecasting)', "needed multi-site support we couldn't offer",
    ],
    unintentionally_pushed_away: [
      'too many outages last quarter, {tickets} tickets open', 'support too slow, escalations ignored',
      'billing errors 3 months in a row, cust lost trust', 'botched migration in {month}, never recovered',
      'delivery of scanners late twice, they walked', 'our CSM left and nobody followed up for months',
    ],
    moved_away: [
      'acquired by {acquirer}, group standard is another tool', 'company closed the {city} plant', 'they brought it in-house, own dev team now',
      "moved HQ to Asia, we don't serve that region", 'business model change - no field techs anymore', 'insolvency, ceased trading',
    ],
    intentionally_pushed_away: [
      'we did not renew - chronic late payer', 'terminated by us, cost to serve too high', 'finance flagged credit risk, no renewal offered',
      'abusive to support staff, mgmt decided to let go', "custom requests we can't support profitably; let them go",
      'unprofitable account, declined their {pct}% discount demand',
    ],
    undetermined: ['went dark', 'no response after renewal quote', 'other', 'n/a', '?', 'lost - see email', 'timing', 'they decided not to move forward'],
  },
  long: {
    bought_away: [
      'Call with {contact} today. They confirmed they are moving to {competitor} at the end of the term. The deciding factor was price: {competitor} quoted roughly {pct}% below our renewal. {contact} said they were happy with the product itself but procurement had a mandate to cut software spend and went with the lowest bid. Asked if a discount would change anything - too late, contract already signed.',
      'Renewal lost. New CFO ran a tender, we came in second on price ({competitor} was {pct}% lower incl. onboarding). No complaints about service. They might reconsider if {competitor} raises prices after year one - set a reminder.',
    ],
    pulled_away: [
      "{contact} walked me through their evaluation. {competitor} won because it covers inventory and field service in one platform, and they wanted to consolidate vendors. Price was actually similar. Our {product} was seen as solid but 'a point solution'. They asked whether multi-entity reporting is on our roadmap - I couldn't commit to a date.",
      'Lost the renewal to {competitor}. Their ops team ran a 6-week pilot and liked the offline mobile app and the native ERP connector. We were not invited to the final round. Not about money: they are paying more with {competitor}.',
    ],
    unintentionally_pushed_away: [
      'Honest post-mortem: we let them down. After the {month} release the sync broke for their {city} site and it took us almost three weeks to fix. {contact} escalated twice and got no answer from support. On top of that they were invoiced twice. They still like the product but cannot justify the risk and are moving to {competitor}. An apology call from our VP Customer Success would be appropriate.',
      "Customer churned because of repeated service failures: {tickets} high-priority tickets in the last 90 days, two of them breached SLA. Account manager changed three times in one year. {contact}: 'nobody at your company knows our setup anymore'.",
    ],
    moved_away: [
      '{contact} called to let us know they were acquired by {acquirer} in {month}. The parent company mandates its own group-wide platform, so all local tools are being phased out. Nothing to do with us, they were happy. {contact} is staying on and offered to be a reference. They may get local budget again in 1-2 years.',
      'Lost because the customer no longer needs the service: they sold the logistics division and outsourced field operations to a 3PL. Relationship is good. Agreed to check back when their outsourcing contract is up for renewal in about {months} months.',
    ],
    intentionally_pushed_away: [
      'Management decision not to renew. Over the last two years the account generated more support hours than revenue; they demanded custom development for free and disputed every invoice. We offered a clean handover and recommended {competitor}, which fits their size better. Keep it friendly but do not pursue.',
      'We ended the contract. Payments were on average 97 days late and collections had to step in twice. {contact} was informed politely; provide a data export and a referral to a partner.',
    ],
    undetermined: [
      'Tried to reach {contact} several times about the renewal, no reply to emails or calls. Contract expired at the end of {month}. No idea what they are using now.',
      "Renewal meeting got cancelled twice, then a short mail: 'we will not continue for now'. No reason given.",
    ],
  },
  failureTickets: [
    'Sync down at {city} site', 'Charged twice on invoice {invoice}', 'Scanners not delivered', 'URGENT: app crashes on login',
    'Data missing after migration', 'SLA breach - no response for 5 days',
  ],
  noiseTickets: ['How do I export a report?', 'Password reset', 'Feature request: dark mode', 'Change invoice address', 'Add two new users'],
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  renewalWord: 'Renewal',
  accountNotes: ['QBR went well, {contact} happy with adoption.', 'Expansion discussed for the {city} team.', 'Reference call done for a prospect.'],
};
