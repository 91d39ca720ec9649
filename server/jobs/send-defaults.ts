import type { JobSender } from '../app-deps';
import type { JobQueue, JobToSend, SendOptions } from './job-queue';
import { expiryOf } from './job-timing';

/**
 * HubSpot-bound jobs retry quickly and often: 12 retries with exponential backoff from 1 s (about an
 * hour in all), so a HubSpot outage or a 429 storm delays work but loses none.
 */
export const HUBSPOT_JOB_DEFAULTS: SendOptions = { retryLimit: 12, retryDelay: 1, retryBackoff: true };

/** A JobSender (with a bulk send) that applies defaults and the job type's expiry (job-timing.ts); per-call options win. */
export function withSendDefaults(queue: Pick<JobQueue, 'send' | 'sendMany'>, defaults: SendOptions): JobSender & Pick<JobQueue, 'sendMany'> {
  const apply = (name: string, options: SendOptions = {}): SendOptions => ({ expireInSeconds: expiryOf(name), ...defaults, ...options });
  return {
    send: (name, data, options) => queue.send(name, data, apply(name, options)),
    sendMany: <T extends object>(name: string, jobs: ReadonlyArray<JobToSend<T>>) => queue.sendMany(name, jobs.map((j) => ({ data: j.data, options: apply(name, j.options) }))),
  };
}
