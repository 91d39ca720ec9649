/**
 * The backend's error hierarchy. Every error has a stable `code`, an HTTP `status`, and says whether
 * retrying can help (`retriable`, with `retryAfterMs` when HubSpot said how long to wait), so routes and
 * the job queue decide without parsing messages.
 */
export class RegainError extends Error {
  readonly retriable: boolean = false;
  readonly retryAfterMs: number | undefined = undefined;
  constructor(
    readonly code: string,
    message: string,
    readonly status = 500,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export interface ValidationIssue {
  code: string;
  path: Array<string | number>;
  message: string;
}

/** A request whose body, query or params failed validation: 400 with the list of issues. */
export class ValidationError extends RegainError {
  constructor(
    readonly issues: ValidationIssue[],
    message = 'The request is not valid.',
  ) {
    super('validation_failed', message, 400);
  }
}

/** Not signed by HubSpot, signed wrongly, too old, or naming no portal HubSpot vouches for: 401. */
export class AuthenticityError extends RegainError {
  constructor(code: 'missing_signature' | 'bad_signature' | 'stale_timestamp' | 'unsupported_signature' | 'wrong_portal' | 'missing_portal' | 'not_installed', message: string) {
    super(code, message, 401);
  }
}

export class NotFoundError extends RegainError {
  constructor(message: string) {
    super('not_found', message, 404);
  }
}

export class ConflictError extends RegainError {
  constructor(code: string, message: string) {
    super(code, message, 409);
  }
}

/** A HubSpot call failed. 429 and 5xx are retriable; 4xx are not. */
export class HubSpotApiError extends RegainError {
  override readonly retriable: boolean;
  override readonly retryAfterMs: number | undefined;
  constructor(
    readonly httpStatus: number,
    message: string,
    readonly category: string | null,
    options?: { cause?: unknown; retryAfterMs?: number },
  ) {
    super(httpStatus === 429 ? 'hubspot_rate_limited' : `hubspot_${httpStatus}`, message, 502, options);
    this.retriable = httpStatus === 429 || httpStatus >= 500 || httpStatus === 0;
    this.retryAfterMs = options?.retryAfterMs ?? (httpStatus === 429 ? 10_000 : undefined);
  }
}

/** Wraps anything thrown that is not a RegainError, keeping it as the cause. */
export function asRegainError(err: unknown): RegainError {
  if (err instanceof RegainError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new RegainError('internal_error', message, 500, { cause: err });
}
