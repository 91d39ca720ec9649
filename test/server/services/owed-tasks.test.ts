/** What Regain owes each deal (its plan's items, else its review task) and when that is settled. */
import type { PlanItemStatus } from '../../../server/db/ports';
import { owedTasks, type OwedTasksInput } from '../../../server/services/owed-tasks';

const items = (...statuses: PlanItemStatus[]) => statuses.map((status, n) => ({ idempotencyKey: `regain:d1:0:a${n}`, status }));
const input = (overrides: Partial<OwedTasksInput>): OwedTasksInput => ({ dealIds: ['d1'], analysed: new Set(['d1']), planByDeal: new Map(), itemsOf: () => [], reviewed: new Set(), ...overrides });

describe('owedTasks', () => {
  it("a deal with a plan is owed its plan's items, cancelled ones aside, and is settled once none is pending or failed", () => {
    const plan = new Map([['d1', { id: 'p1' }]]);
    const open = owedTasks(input({ planByDeal: plan, itemsOf: () => items('written', 'failed', 'cancelled', 'pending') }));
    expect(open).toMatchObject({ plans: 1, reviews: 0, expected: 3, written: 1, pendingItems: 2, settled: false });
    expect(open.keysByDeal.get('d1')).toEqual(['regain:d1:0:a0', 'regain:d1:0:a1', 'regain:d1:0:a3']);
    expect(owedTasks(input({ planByDeal: plan, itemsOf: () => items('written', 'cancelled') }))).toMatchObject({ expected: 1, written: 1, pendingItems: 0, settled: true });
  });

  it('a deal without a plan is owed its review task (none when review tasks are not written), settled once the audit shows it', () => {
    expect(owedTasks(input({}))).toMatchObject({ reviews: 1, expected: 1, written: 0, settled: false });
    const written = owedTasks(input({ reviewed: new Set(['d1']) }));
    expect(written).toMatchObject({ reviews: 1, expected: 1, written: 1, settled: true });
    expect(written.keysByDeal.get('d1')).toEqual(['regain:d1:review_analysis']);
    expect(owedTasks(input({ reviewTasks: false }))).toMatchObject({ reviews: 0, expected: 0, settled: true });
  });

  it('a deal not analysed yet owes nothing so far and keeps the whole unsettled', () => {
    const owed = owedTasks(input({ dealIds: ['d1', 'd2'], reviewed: new Set(['d1']) }));
    expect(owed).toMatchObject({ analysed: 1, reviews: 1, settled: false });
    expect([...owed.keysByDeal.keys()]).toEqual(['d1']);
  });
});
