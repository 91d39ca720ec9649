/**
 * The one way the card, the settings page and the home page talk to the Regain backend: signed
 * `hubspot.fetch` calls, typed with the backend's own contract (`src/api/card-api.ts`, types only, so
 * nothing of the backend is bundled into the extension).
 *
 * HubSpot signs each request and appends the portal; we also send `portalId` ourselves (query for GET,
 * body otherwise), which the backend checks against the signed one. No secret ever lives here.
 */
import type { hubspot } from '@hubspot/ui-extensions';
import type {
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
  /** `context.portal.id` */
  portalId: number | string;
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
  const portalId = String(scope.portalId);

  async function request<T>(method: Method, path: string, body?: object): Promise<T> {
    const url = method === 'GET' || method === 'DELETE' ? `${base}${path}${path.includes('?') ? '&' : '?'}portalId=${encodeURIComponent(portalId)}` : `${base}${path}`;
    let response: Response;
    try {
      response = await scope.fetch(url, {
        method,
        timeout: REQUEST_TIMEOUT_MS,
        ...(method === 'GET' || method === 'DELETE' ? {} : { body: { ...body, portalId } }),
      });
    } catch (cause) {
      const timedOut = /timeout|timed out|abort/i.test(String((cause as Error)?.message ?? cause));
      throw timedOut
        ? new RegainApiError('Regain took too long to answer. Try again in a moment.', 0, 'timeout')
        : new RegainApiError('Regain could not be reached. Check your connection and try again.', 0, 'network');
    }
    const payload = await readJson(response);
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

/**
 * Our backend answers `{ error: { code, message, issues? } }`. Through HubSpot's proxy a backend
 * 3xx-5xx may arrive wrapped as `BAD_GATEWAY` with the backend's status in `appServerStatusCode`.
 */
export function toApiError(status: number, payload: unknown): RegainApiError {
  const body = (payload ?? {}) as { error?: ApiErrorBody['error']; appServerStatusCode?: unknown; message?: unknown; category?: unknown };
  const realStatus = typeof body.appServerStatusCode === 'number' ? body.appServerStatusCode : status;
  if (body.error && typeof body.error.message === 'string') {
    return new RegainApiError(body.error.message, realStatus, String(body.error.code ?? 'error'), body.error.issues ?? []);
  }
  if (realStatus === 429) return new RegainApiError('HubSpot is busy right now. Try again in a few seconds.', realStatus, 'rate_limited');
  if (realStatus >= 500) return new RegainApiError('Regain had a problem answering. Try again in a moment.', realStatus, 'server_error');
  return new RegainApiError(typeof body.message === 'string' ? body.message : `Request failed (${realStatus}).`, realStatus, String(body.category ?? 'error'));
}
