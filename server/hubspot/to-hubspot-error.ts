import { HubSpotApiError } from '../errors';

interface ApiExceptionLike {
  code: number;
  body?: unknown;
  headers?: Record<string, string>;
  message?: string;
}

const isApiException = (e: unknown): e is ApiExceptionLike => typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'number';

/**
 * Maps what `@hubspot/api-client` throws to a HubSpotApiError: status, HubSpot's category, and how long
 * to wait on a 429 (Retry-After when sent, else by policy: 10 s for the ten-secondly window, 1 s for
 * secondly and search limits). Network failures become status 0, retriable.
 */
export function toHubSpotError(err: unknown): HubSpotApiError {
  if (err instanceof HubSpotApiError) return err;
  if (!isApiException(err)) {
    const message = err instanceof Error ? err.message : String(err);
    return new HubSpotApiError(0, `HubSpot could not be reached: ${message}`, 'NETWORK', { cause: err });
  }
  const body = (typeof err.body === 'object' && err.body !== null ? err.body : {}) as Record<string, unknown>;
  const category = typeof body.category === 'string' ? body.category : typeof body.errorType === 'string' ? body.errorType : null;
  const message = typeof body.message === 'string' ? body.message : (err.message ?? `HubSpot answered ${err.code}`);
  let retryAfterMs: number | undefined;
  if (err.code === 429) {
    const header = Number(err.headers?.['retry-after']);
    const policy = typeof body.policyName === 'string' ? body.policyName : '';
    retryAfterMs = Number.isFinite(header) && header > 0 ? header * 1000 : policy === 'TEN_SECONDLY_ROLLING' ? 10_000 : 1_000;
  }
  return new HubSpotApiError(err.code, message, category, { cause: err, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) });
}
