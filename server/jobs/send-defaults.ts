import type { JobSender } from '../app-deps';
import type { JobQueue, SendOptions } from './job-queue';

/**
 * HubSpot-bound jobs retry quickly and often: 12 retries with exponential backoff from 1 s (about an
 * hour in all), so a HubSpot outage or a 429 storm delays work but loses none.
 */
export const HUBSPOT_JOB_DEFAULTS: SendOptions = { retryLimit: 12, retryDelay: 1, retryBackoff: true };

/** A JobSender that applies defaults to every job it sends (per-call options win). */
export function withSendDefaults(queue: JobQueue, defaults: SendOptions): JobSender {
  return { send: (name, data, options = {}) => queue.send(name, data, { ...defaults, ...options }) };
}
