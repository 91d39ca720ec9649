/** A rep's correction carries through to worthiness when the deal's evidence is at hand. */
import { analyseDefection } from '../../../src/analyse-defection';
import { DEFAULT_SETTINGS } from '../../../src/settings';
import type { DefectionAnalysis } from '../../../src/types';
import type { StoredAnalysis } from '../../../server/db/ports';
import { applyConfirmation } from '../../../server/services/deal-analysis';
import { makeSnapshot } from '../../fakes/snapshot-factory';

const now = new Date('2026-03-10T00:00:00Z');
const snapshot = makeSnapshot({ reason: 'We ended the contract with them ourselves: they kept abusing our support staff.' });

/** A suggestion of intentionally_pushed_away (forced, so the test does not hang on the classifier's reading). */
function pushedAway(): DefectionAnalysis {
  const a = analyseDefection(snapshot, DEFAULT_SETTINGS, now);
  const classification = { ...a.classification, segment: 'intentionally_pushed_away' as const };
  const worthiness = { ...a.worthiness, priority: 'none' as const, easeOfReacquisition: 0, reasons: ['We chose to let this customer go: an exit plan, not a win-back.'] };
  return { ...a, classification, worthiness };
}

const stored = (suggested: DefectionAnalysis, confirmed: StoredAnalysis['confirmed']): StoredAnalysis => ({ portalId: 'p1', dealId: 'd1', suggested, confirmed, version: 2, updatedAt: now });
const boughtAway = { segment: 'bought_away' as const, source: 'external' as const, stability: 'stable' as const, controllability: 'uncontrollable' as const, by: 'rep-1', at: now };

describe('applyConfirmation', () => {
  it('judges worthiness again under the corrected segment when given the evidence', () => {
    const effective = applyConfirmation(stored(pushedAway(), boughtAway), { snapshot, settings: DEFAULT_SETTINGS, now });
    expect(effective.classification.segment).toBe('bought_away');
    expect(effective.worthiness.reasons.join(' ')).not.toMatch(/We chose to let this customer go/);
    expect(effective.worthiness.easeOfReacquisition).toBeGreaterThan(0);
    expect(effective.worthiness.priority).not.toBe('none');
  });

  it('keeps the suggestion as it is without a confirmation, and its worthiness without evidence', () => {
    const suggestion = pushedAway();
    expect(applyConfirmation(stored(suggestion, null), { snapshot, settings: DEFAULT_SETTINGS, now })).toBe(suggestion);
    expect(applyConfirmation(stored(suggestion, boughtAway)).worthiness).toEqual(suggestion.worthiness);
  });

  it('a confirmation that changes nothing keeps the suggested worthiness', () => {
    const suggestion = pushedAway();
    const same = { segment: suggestion.classification.segment, source: suggestion.attribution.source.value, stability: suggestion.attribution.stability.value, controllability: suggestion.attribution.controllability.value, by: 'rep-1', at: now };
    expect(applyConfirmation(stored(suggestion, same), { snapshot, settings: DEFAULT_SETTINGS, now }).worthiness).toEqual(suggestion.worthiness);
  });
});
