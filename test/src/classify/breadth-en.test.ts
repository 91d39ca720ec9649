import type { DefectionSegment } from '../../../src/types';
import { classifyText } from './classify-text';

const segmentOf = (text: string) => classifyText(text).segment;

// English loss reasons written for this test (none from an evaluation set), each telling its cause in words
// the lexicon did not know before the English breadth forms: interview style and CRM shorthand.
const CASES: ReadonlyArray<[DefectionSegment, string]> = [
  ['bought_away', 'Comp sweetened the deal and they signed with them.'],
  ['bought_away', 'They\'re saving a bundle by switching to the other provider.'],
  ['bought_away', 'Our annual increase sent them shopping and they left.'],
  ['bought_away', 'Procurement chose the supplier with the smallest invoice.'],
  ['bought_away', 'Got outpriced by a regional player.'],
  ['bought_away', 'Per the buyer, we\'re twice what the other guys charge.'],
  ['bought_away', 'Prospect felt the value did not justify our price tag.'],
  ['pulled_away', 'Lost on product, their pick simply checked more boxes.'],
  ['pulled_away', 'The winner has a local rep who visits them weekly.'],
  ['pulled_away', 'They liked the other vendor\'s success program better.'],
  ['pulled_away', 'Competitor had the certifications we are missing.'],
  ['unintentionally_pushed_away', 'Quality went downhill after we changed suppliers.'],
  ['unintentionally_pushed_away', 'Our platform kept going down during their busiest week.'],
  ['unintentionally_pushed_away', 'Kept getting billed for seats they had cancelled.'],
  ['unintentionally_pushed_away', 'Nobody from our side checked in after the sale.'],
  ['unintentionally_pushed_away', 'We didn\'t return their calls for a month.'],
  ['unintentionally_pushed_away', 'Our driver was abusive to their receptionist.'],
  ['unintentionally_pushed_away', 'We kept rescheduling their install.'],
  ['unintentionally_pushed_away', 'Our support team kept closing tickets without fixing anything.'],
  ['moved_away', 'Got swallowed up by a bigger competitor of theirs.'],
  ['moved_away', 'Budget got slashed in the spring review.'],
  ['moved_away', 'They lost their biggest client and had to cut suppliers.'],
  ['moved_away', 'Their main site was decommissioned last quarter.'],
  ['intentionally_pushed_away', 'We didn\'t want the business at that price.'],
  ['intentionally_pushed_away', 'Disqualified them, poor credit rating.'],
  ['intentionally_pushed_away', 'Our legal team wouldn\'t sign their MSA.'],
  ['intentionally_pushed_away', 'Decided to walk away from the RFP; terms were unacceptable to us.'],
  ['undetermined', 'No contact after pricing sent.'],
  ['undetermined', 'Contact no longer with company, no one else engaged.'],
];

describe('English breadth of the cause lexicon', () => {
  it.each(CASES)('reads %s from: %s', (segment, text) => {
    expect(segmentOf(text)).toBe(segment);
  });
});
