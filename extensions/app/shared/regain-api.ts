/**
 * The one way the card, the settings page and the home page talk to the Regain backend: signed
 * `hubspot.fetch` calls, typed with the backend's own contract (`src/api/card-api.ts`, types only, so
 * nothing of the backend is bundled into the extension).
 *
 * The card says nothing about who is calling (no portal, no user, in the query or the body): the backend
 * takes that only from what HubSpot's proxy adds to the signed request. No secret ever lives here.
 * Errors arrive two ways (both handled here): as the backend's own status and body, or, as HubSpot's dev
 * proxy does it, HTTP 200 with `{status:'error', category, context:{appServerStatusCode:['409']},
 * responseBody}` (@hubspot/ui-extensions-dev-server dist/lib/proxy/AppProxyService.js).
 */
import type { hubspot } from '@hubspot/ui-extensions';
import type {
  AcceptVocabularySuggestionRequest,
  AcceptVocabularySuggestionResponse,
  ActivityChoice,
  ApiErrorBody,
  BackfillStatusResponse,
  ConfirmAnalysisRequest,
  ConfirmAnalysisResponse,
  CreatePlanResponse,
  DealAnalysisResponse,
  EndPlanResponse,
  PlanPreviewResponse,
  PutSettingsRequest,
  ReportSummaryResponse,
  SettingsResponse,
  StartBackfillRequest,
  VocabularySuggestionsResponse,
} from '../../../src/api/card-api';

/** The production origin; a profile variable (`REGAIN_API_BASE_URL`) overrides it per environment. */
export const DEFAULT_API_BASE_URL = 'https://api.regain.example';

/** Card requests are answered well inside HubSpot's 15 s limit; we give up a little earlier, with a clear message. */
export const REQUEST_TIMEOUT_MS = 12_000;

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A failed call, in words a rep can act on, plus what the code needs to decide (retry or fix input). */
export class RegainApiError extends Error {
  constructor(
    message: string,
    /** HTTP status from our backend (0 when it could not be reached). */
    readonly status: number,
    /** Our machine-readable code (`validation_failed`, `stale_version`, ...), or `network`/`timeout`. */
    readonly code: string,
    readonly issues: NonNullable<ApiErrorBody['error']['issues']> = [],
  ) {
    super(message);
    this.name = 'RegainApiError';
  }

  /** Worth a retry button: the backend was down, slow, throttled or failed on its side. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

/** `hubspot.fetch`, passed in by the component: this folder has no package of its own, so it imports nothing at run time. */
export type HubSpotFetch = typeof hubspot.fetch;

interface Scope {
  /** `hubspot.fetch` from `@hubspot/ui-extensions`, imported by the component folder that owns the package. */
  fetch: HubSpotFetch;
  /** `context.variables?.REGAIN_API_BASE_URL`, else the production origin. */
  baseUrl?: string;
}

/** Reads the backend origin from the profile variables HubSpot passes in `context.variables`. */
export function apiBaseUrlFrom(variables: Record<string, unknown> | undefined): string {
  const value = variables?.REGAIN_API_BASE_URL;
  return typeof value === 'string' && /^https?:\/\//.test(value) ? value.replace(/\/+$/, '') : DEFAULT_API_BASE_URL;
}

export function createRegainApi(scope: Scope) {
  const base = (scope.baseUrl ?? DEFAULT_API_BASE_URL).replace(/\/+$/, '');

  async function request<T>(method: Method, path: string, body?: object): Promise<T> {
    let response: Response;
    try {
      response = await scope.fetch(`${base}${path}`, { method, timeout: REQUEST_TIMEOUT_MS, ...(body !== undefined && method !== 'GET' ? { body: { ...body } } : {}) });
    } catch (cause) {
      const timedOut = /timeout|timed out|abort/i.test(String((cause as Error)?.message ?? cause));
      throw timedOut
        ? new RegainApiError('Regain took too long to answer. Try again in a moment.', 0, 'timeout')
        : new RegainApiError('Regain could not be reached. Check your connection and try again.', 0, 'network');
    }
    const payload = await readJson(response);
    const wrapped = unwrapProxyError(payload);
    if (wrapped) throw toApiError(wrapped.status ?? response.status, wrapped.body, wrapped.category);
    if (response.ok) return payload as T;
    throw toApiError(response.status, payload);
  }

  return {
    getAnalysis: (dealId: string | number) => request<DealAnalysisResponse>('GET', `/api/v1/deals/${encodeURIComponent(String(dealId))}/analysis`),
    confirmAnalysis: (dealId: string | number, choice: ConfirmAnalysisRequest) =>
      request<ConfirmAnalysisResponse>('PUT', `/api/v1/deals/${encodeURIComponent(String(dealId))}/analysis`, choice),
    previewPlan: (dealId: string | number, activities?: ActivityChoice[]) =>
      request<PlanPreviewResponse>('POST', `/api/v1/deals/${encodeURIComponent(String(dealId))}/plan`, { preview: true, ...(activities ? { activities } : {}) }),
    createPlan: (dealId: string | number, activities?: ActivityChoice[]) =>
      request<CreatePlanResponse>('POST', `/api/v1/deals/${encodeURIComponent(String(dealId))}/plan`, activities ? { activities } : {}),
    stopPlan: (dealId: string | number, note?: string) =>
      request<EndPlanResponse>('POST', `/api/v1/deals/${encodeURIComponent(String(dealId))}/plan/stop`, note ? { note } : {}),
    markReacquired: (dealId: string | number, note?: string) =>
      request<EndPlanResponse>('POST', `/api/v1/deals/${encodeURIComponent(String(dealId))}/plan/reacquired`, note ? { note } : {}),
    getSettings: () => request<SettingsResponse>('GET', '/api/v1/settings'),
    putSettings: (settings: PutSettingsRequest) => request<SettingsResponse>('PUT', '/api/v1/settings', settings),
    getSummary: () => request<ReportSummaryResponse>('GET', '/api/v1/reports/summary'),
    getBackfill: () => request<BackfillStatusResponse>('GET', '/api/v1/backfill'),
    startBackfill: (options: StartBackfillRequest) => request<BackfillStatusResponse>('POST', '/api/v1/backfill', options),
    getVocabularySuggestions: () => request<VocabularySuggestionsResponse>('GET', '/api/v1/vocabulary/suggestions'),
    acceptVocabularySuggestion: (suggestion: AcceptVocabularySuggestionRequest) =>
      request<AcceptVocabularySuggestionResponse>('POST', '/api/v1/vocabulary/suggestions', suggestion),
  };
}

export type RegainApi = ReturnType<typeof createRegainApi>;

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/** What HubSpot's proxy says when it wraps an error: the backend's status and body, and its own category. */
export interface ProxyError {
  /** `context.appServerStatusCode`, when it names a status. */
  status: number | null;
  /** `responseBody`: our JSON, parsed when it came as text. */
  body: unknown;
  category: string | null;
}

/**
 * Recognises HubSpot's proxy error body `{status:'error', category, context:{appServerStatusCode:['409']},
 * responseBody}` (HTTP 200 when the backend answered 3xx-5xx through the dev proxy; the proxy's own errors,
 * e.g. a 504 GATEWAY_TIMEOUT, use the same shape). `responseBody` may be an object or a string. Null when the
 * payload is anything else (our own answers never have a top-level `status: 'error'`).
 */
export function unwrapProxyError(payload: unknown): ProxyError | null {
  if (!payload || typeof payload !== 'object') return null;
  const p = payload as { status?: unknown; category?: unknown; context?: { appServerStatusCode?: unknown }; responseBody?: unknown; message?: unknown };
  if (p.status !== 'error' || (typeof p.category !== 'string' && typeof p.context !== 'object')) return null;
  const codes = p.context?.appServerStatusCode;
  const first = Array.isArray(codes) ? codes[0] : codes;
  const status = Number(first);
  let body: unknown = p.responseBody;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body) as unknown;
    } catch {
      body = {}; // not JSON (a load balancer's page, say): nothing to show but the status
    }
  } else if (body === undefined || body === null) {
    body = { message: p.message };
  }
  return { status: Number.isInteger(status) && status >= 100 && status <= 599 ? status : null, body, category: typeof p.category === 'string' ? p.category : null };
}

/**
 * Our backend answers `{ error: { code, message, issues? } }`, reaching the card with its own status or
 * unwrapped from HubSpot's proxy error (see `unwrapProxyError`); `status` is always the backend's status.
 */
export function toApiError(status: number, payload: unknown, proxyCategory: string | null = null): RegainApiError {
  const body = (payload ?? {}) as { error?: ApiErrorBody['error']; message?: unknown; category?: unknown };
  if (body.error && typeof body.error.message === 'string') {
    return new RegainApiError(body.error.message, status, String(body.error.code ?? 'error'), body.error.issues ?? []);
  }
  if (proxyCategory === 'GATEWAY_TIMEOUT') return new RegainApiError('Regain took too long to answer. Try again in a moment.', status, 'timeout');
  if (status === 429) return new RegainApiError('HubSpot is busy right now. Try again in a few seconds.', status, 'rate_limited');
  if (status >= 500) return new RegainApiError('Regain had a problem answering. Try again in a moment.', status, 'server_error');
  return new RegainApiError(typeof body.message === 'string' ? body.message : `Request failed (${status}).`, status, String(body.category ?? proxyCategory ?? 'error'));
}
