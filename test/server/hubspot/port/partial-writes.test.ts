import { HubSpotApiError, RegainError } from '../../../../server/errors';
import { chunk, HUBSPOT_BATCH_LIMIT } from '../../../../server/hubspot/port/chunk';
import { PARTIAL_RETRY, PartialWriteError, retryPartialWrites } from '../../../../server/hubspot/port/partial-writes';

describe('chunk', () => {
  it('splits into slices of HubSpot batch size, the last one shorter', () => {
    const ids = Array.from({ length: 250 }, (_, i) => i);
    expect(chunk(ids).map((c) => c.length)).toEqual([HUBSPOT_BATCH_LIMIT, HUBSPOT_BATCH_LIMIT, 50]);
    expect(chunk(ids).flat()).toEqual(ids);
    expect(chunk([])).toEqual([]);
    expect(chunk([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
  });
  it('refuses a size that is not a positive integer', () => {
    expect(() => chunk([1], 0)).toThrow(RangeError);
    expect(() => chunk([1], 1.5)).toThrow(RangeError);
  });
});

describe('retryPartialWrites', () => {
  const noWait = { ...PARTIAL_RETRY, sleep: async () => undefined };

  it('sends only the inputs that failed again, until none is left', async () => {
    const seen: string[][] = [];
    const failing = new Map([['b', 2], ['c', 1]]); // b fails twice, c once
    await retryPartialWrites(['a', 'b', 'c'], async (pending) => {
      seen.push([...pending]);
      return pending.filter((x) => {
        const left = failing.get(x) ?? 0;
        failing.set(x, left - 1);
        return left > 0;
      });
    }, 'input(s)', noWait);
    expect(seen).toEqual([['a', 'b', 'c'], ['b', 'c'], ['b']]);
  });

  it('waits between rounds, growing, never before the first', async () => {
    const waits: number[] = [];
    await expect(retryPartialWrites(['x'], async (p) => p, 'input(s)', { ...PARTIAL_RETRY, rounds: 4, sleep: async (ms) => void waits.push(ms) })).rejects.toBeInstanceOf(PartialWriteError);
    expect(waits).toEqual([100, 200, 400]);
  });

  it("reports what kept failing as Regain's own retriable error, not as a HubSpot status", async () => {
    const err = await retryPartialWrites(['x', 'y'], async (p) => p, 'task(s) of plan p1', noWait).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PartialWriteError);
    expect(err).toBeInstanceOf(RegainError);
    expect(err).not.toBeInstanceOf(HubSpotApiError);
    expect(err).toMatchObject({ code: 'partial_write', retriable: true, failed: 2 });
    expect((err as Error).message).toMatch(/2 task\(s\) of plan p1/);
  });

  it('does nothing for nothing', async () => {
    const attempt = jest.fn(async (p: readonly string[]) => p);
    await retryPartialWrites([], attempt, 'input(s)', noWait);
    expect(attempt).not.toHaveBeenCalled();
  });
});
