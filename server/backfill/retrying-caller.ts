/**
 * A PortalClient whose calls are retried for a long batch job: a 429 waits as long as the portal's
 * limiter was told (the next attempt queues behind the block), 5xx and dropped connections (already
 * retried briefly by PortalClient) get a few more spaced attempts. Permanent errors are thrown at once.
 */
import type { PortalClient } from '../hubspot/portal-client';

export function retryingCaller(client: PortalClient, options: { attempts?: number; sleep?: (ms: number) => Promise<void> } = {}): PortalClient {
  const attempts = options.attempts ?? 8;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const call: PortalClient['call'] = async (label, kind, fn) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await client.call(label, kind, fn);
      } catch (err) {
        const e = err as { retriable?: boolean; httpStatus?: number };
        if (!e.retriable || attempt >= attempts) throw err;
        // After a 429 the limiter already holds the portal's calls; otherwise back off a little.
        if (e.httpStatus !== 429) await sleep(Math.min(10_000, 500 * attempt));
      }
    }
  };
  return Object.assign(Object.create(client) as PortalClient, { call });
}
