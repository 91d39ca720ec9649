import { analyseDefection } from '../../src/analyse-defection';
import { resolveSettings } from '../../src/settings';
import { sameSuggestion } from '../../server/services/deal-analysis';
import { makeSnapshot } from '../fakes/snapshot-factory';

const now = new Date('2026-03-05T00:00:00Z');
const analysis = analyseDefection(makeSnapshot({ reason: 'Too expensive' }), resolveSettings(), now);

/** Rebuilds an object with its keys in reverse order, as PostgreSQL's jsonb may return them. */
const reorder = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(reorder) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reorder(x)])) : v;

describe('sameSuggestion', () => {
  it('ignores key order', () => {
    expect(sameSuggestion(analysis, reorder(analysis) as typeof analysis)).toBe(true);
  });
  it('sees a changed segment or evidence', () => {
    const other = analyseDefection(makeSnapshot({ reason: 'Company was acquired' }), resolveSettings(), now);
    expect(sameSuggestion(analysis, other)).toBe(false);
    const moreEvidence = analyseDefection(makeSnapshot({ reason: 'Too expensive', notes: ['they said 20% cheaper'] }), resolveSettings(), now);
    expect(sameSuggestion(analysis, moreEvidence)).toBe(false);
  });
});
