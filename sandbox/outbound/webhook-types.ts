/** One webhook event, as HubSpot posts it (in an array) to the app's targetUrl. */
export interface WebhookEvent {
  eventId: number;
  subscriptionId: number;
  portalId: number;
  appId: number;
  occurredAt: number;
  subscriptionType: 'object.propertyChange';
  objectTypeId: string;
  objectId: number;
  propertyName: string;
  propertyValue: string | null;
  changeSource: string;
  sourceId: string;
  attemptNumber: number;
  isSensitive: boolean;
}

/** Delivery behaviour. Delays are real milliseconds, so tests scale them down. */
export interface WebhookOptions {
  /** Retries after the first attempt (HubSpot: up to 10 over about a day). */
  maxRetries: number;
  /** Delay before retry n is base * 2^(n-1) * (0.5..1.5, seeded), capped at retryMaxDelayMs. */
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
  /** Per-request timeout (HubSpot: about 5 s). */
  timeoutMs: number;
  /** Events collect this long before a batch is sent. */
  batchDelayMs: number;
  maxBatchSize: number;
  maxConcurrentRequests: number;
  /** Share of successfully delivered batches that are delivered a second time. */
  duplicateRate: number;
  /** Shuffle events before batching, so delivery order differs from occurrence order. */
  shuffle: boolean;
  /** Seed of the PRNG behind shuffles, duplicates and retry jitter. */
  seed: number;
  /**
   * Which failed answers HubSpot retries. The two sources disagree, so the sandbox plays either:
   * - `server-errors` (default): 400, 401, 403, 404 and 405 are final, anything else is retried (the legacy
   *   webhooks docs, as our fact sheet §7 records them);
   * - `all-errors`: any 4xx or 5xx and a timeout are retried (developers.hubspot.com/docs/api/webhooks#retries:
   *   "your service responds with any HTTP status code (4xx or 5xx)").
   */
  retryOn: 'server-errors' | 'all-errors';
}

export const DEFAULT_WEBHOOK_OPTIONS: WebhookOptions = {
  maxRetries: 10, retryBaseDelayMs: 1000, retryMaxDelayMs: 60_000, timeoutMs: 5000, batchDelayMs: 0,
  maxBatchSize: 100, maxConcurrentRequests: 10, duplicateRate: 0, shuffle: false, seed: 1, retryOn: 'server-errors',
};

/** One HTTP attempt in the delivery log. */
export interface DeliveryRecord {
  batchId: number;
  attemptNumber: number;
  duplicate: boolean;
  url: string | null;
  eventIds: number[];
  /** Sandbox-clock time of the attempt (also the signature timestamp). */
  sentAt: number;
  status?: number;
  error?: string;
  outcome: 'delivered' | 'retry' | 'failed' | 'no-target';
  requestBody: string;
  requestHeaders: Record<string, string>;
}

// 2xx is success; under `server-errors` these 4xx codes are final (no retry); anything else is retried.
const FINAL_STATUSES = new Set([400, 401, 403, 404, 405]);

/** How a delivery attempt ended. */
export function classifyDelivery(status: number | undefined, retryOn: WebhookOptions['retryOn'] = 'server-errors'): 'delivered' | 'failed' | 'retry' {
  if (status !== undefined && status >= 200 && status < 300) return 'delivered';
  if (retryOn === 'server-errors' && status !== undefined && FINAL_STATUSES.has(status)) return 'failed';
  return 'retry';
}
