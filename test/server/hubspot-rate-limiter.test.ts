import { PortalRateLimiter } from '../../server/hubspot/rate-limiter';
import { toHubSpotError } from '../../server/hubspot/to-hubspot-error';

/** A virtual clock: sleep advances time instantly, so window behaviour is exact and fast. */
function virtualClock() {
  let t = 0;
  const sleeps: number[] = [];
  return { now: () => t, sleep: async (ms: number) => { sleeps.push(ms); t += ms; }, sleeps, get t() { return t; } };
}

describe('PortalRateLimiter', () => {
  it('lets `max` calls through per rolling window, then waits exactly until the window frees', async () => {
    const clock = virtualClock();
    const limiter = new PortalRateLimiter({ standard: { max: 3, windowMs: 1000 }, now: clock.now, sleep: clock.sleep });
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      await limiter.acquire('p1', 'standard');
      times.push(clock.t);
    }
    expect(times).toEqual([0, 0, 0, 1001, 1001, 1001, 2002]);
  });

  it('keeps portals and call kinds independent', async () => {
    const clock = virtualClock();
    const limiter = new PortalRateLimiter({ standard: { max: 1, windowMs: 1000 }, search: { max: 1, windowMs: 1000 }, now: clock.now, sleep: clock.sleep });
    await limiter.acquire('p1', 'standard');
    await limiter.acquire('p2', 'standard');
    await limiter.acquire('p1', 'search');
    expect(clock.t).toBe(0);
    await limiter.acquire('p1', 'standard');
    expect(clock.t).toBe(1001);
  });

  it('serves concurrent callers in order', async () => {
    const clock = virtualClock();
    const limiter = new PortalRateLimiter({ standard: { max: 2, windowMs: 100 }, now: clock.now, sleep: clock.sleep });
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3, 4].map((i) => limiter.acquire('p', 'standard').then(() => order.push(i))));
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });

  it('counts an answered call from its answer: a slow response cannot let a burst through', async () => {
    const clock = virtualClock();
    const limiter = new PortalRateLimiter({ standard: { max: 2, windowMs: 1000 }, now: clock.now, sleep: clock.sleep });
    const first = await limiter.acquire('p', 'standard');
    const second = await limiter.acquire('p', 'standard');
    await clock.sleep(400); // both answers take 400 ms
    first();
    second();
    await limiter.acquire('p', 'standard');
    expect(clock.t).toBe(1401); // the slots free one window after the answers, not the sends
  });

  it('holds calls after a 429 for the time HubSpot asked', async () => {
    const clock = virtualClock();
    const limiter = new PortalRateLimiter({ standard: { max: 10, windowMs: 1000 }, now: clock.now, sleep: clock.sleep });
    limiter.backOff('p', 'standard', 5000);
    await limiter.acquire('p', 'standard');
    expect(clock.t).toBeGreaterThanOrEqual(5000);
  });
});

describe('toHubSpotError', () => {
  it('maps a 429 with the ten-secondly policy to a retriable error that waits 10 s', () => {
    const e = toHubSpotError({ code: 429, body: { status: 'error', message: 'You have reached your ten_secondly_rolling limit.', errorType: 'RATE_LIMIT', policyName: 'TEN_SECONDLY_ROLLING' }, headers: {} });
    expect([e.httpStatus, e.retriable, e.retryAfterMs, e.category, e.code]).toEqual([429, true, 10_000, 'RATE_LIMIT', 'hubspot_rate_limited']);
  });

  it('prefers Retry-After when HubSpot sends it', () => {
    expect(toHubSpotError({ code: 429, body: {}, headers: { 'retry-after': '3' } }).retryAfterMs).toBe(3000);
  });

  it.each([
    [502, true],
    [500, true],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
  ])('status %i retriable: %s', (code, retriable) => {
    const e = toHubSpotError({ code, body: { category: 'X', message: 'm' } });
    expect(e.retriable).toBe(retriable);
    expect(e.message).toBe('m');
  });

  it('treats a dropped connection as retriable status 0', () => {
    const e = toHubSpotError(new Error('socket hang up'));
    expect([e.httpStatus, e.retriable, e.category]).toEqual([0, true, 'NETWORK']);
  });
});
