/**
 * The card's one fetch helper without rendering: what it sends (never who is calling) and how it reads a
 * backend error in each shape HubSpot's proxy may hand it over: the plain status, or the dev proxy's HTTP 200
 * envelope with `responseBody` as an object or as text (@hubspot/ui-extensions-dev-server 2.1.2,
 * dist/lib/proxy/AppProxyService.js).
 */
import { createRegainApi, RegainApiError, unwrapProxyError } from '../../extensions/app/shared/regain-api';
import { throughProxy } from './proxy-mode';

const BASE = 'https://api.regain.example';
type Answer = { status: number; body: unknown };

function apiAnswering(...answers: Answer[]) {
  const calls: Array<{ url: string; options: { method?: string; body?: unknown; timeout?: number } | undefined }> = [];
  const fetch = jest.fn(async (url: string | URL, options?: { method?: string; body?: unknown; timeout?: number }) => {
    calls.push({ url: String(url), options });
    const answer = answers.shift();
    if (!answer) throw new Error(`no answer queued for ${String(url)}`);
    return { ok: answer.status >= 200 && answer.status < 300, status: answer.status, json: async () => answer.body } as unknown as Response;
  });
  return { api: createRegainApi({ fetch: fetch as never, baseUrl: BASE }), calls };
}

const errorOf = async (promise: Promise<unknown>): Promise<RegainApiError> => {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(RegainApiError);
    return err as RegainApiError;
  }
  throw new Error('expected the call to fail');
};

const conflict = { error: { code: 'version_conflict', message: 'Someone else changed this analysis since you opened it.' } };
const invalid = { error: { code: 'validation_failed', message: 'The settings is not valid.', issues: [{ code: 'too_big', path: ['automation', 'confidenceThreshold'], message: 'at most 1' }] } };
const request = { method: 'PUT', url: `${BASE}/api/v1/settings` };
const asText = (a: Answer): Answer => {
  const wrapped = throughProxy(a, request, 'envelope');
  return { status: wrapped.status, body: { ...(wrapped.body as object), responseBody: JSON.stringify(a.body) } };
};
const SHAPES: Array<[string, (a: Answer) => Answer]> = [
  ['its own status', (a) => a],
  ['the proxy envelope (responseBody an object)', (a) => throughProxy(a, request, 'envelope')],
  ['the proxy envelope (responseBody as text)', asText],
];

describe('createRegainApi', () => {
  it('names no portal and no user: the URL is the backend path, the body exactly what the view sends', async () => {
    const { api, calls } = apiAnswering({ status: 200, body: { core: {}, automation: {}, effective: {} } }, { status: 200, body: { plan: null } }, { status: 200, body: {} });
    await api.getSettings();
    await api.stopPlan('42');
    await api.putSettings({ core: {}, automation: { mode: 'suggest', confidenceThreshold: 0.7, taskOwner: { rule: 'deal_owner' } } });
    expect(calls.map((c) => [c.options?.method, c.url, c.options?.body])).toEqual([
      ['GET', `${BASE}/api/v1/settings`, undefined],
      ['POST', `${BASE}/api/v1/deals/42/plan/stop`, {}],
      ['PUT', `${BASE}/api/v1/settings`, { core: {}, automation: { mode: 'suggest', confidenceThreshold: 0.7, taskOwner: { rule: 'deal_owner' } } }],
    ]);
  });

  it.each(SHAPES)('reads a 409 and a 400 with field issues the same way through %s', async (_name, shape) => {
    const { api } = apiAnswering(shape({ status: 409, body: conflict }), shape({ status: 400, body: invalid }));
    const stale = await errorOf(api.confirmAnalysis('42', { segment: 'bought_away', source: 'external', stability: 'stable', controllability: 'uncontrollable', version: 2 }));
    expect([stale.status, stale.code, stale.message, stale.retryable]).toEqual([409, 'version_conflict', conflict.error.message, false]);
    const bad = await errorOf(api.putSettings({ core: {}, automation: { mode: 'suggest', confidenceThreshold: 2, taskOwner: { rule: 'deal_owner' } } }));
    expect([bad.status, bad.code, bad.issues]).toEqual([400, 'validation_failed', invalid.error.issues]);
  });

  it.each(SHAPES)('keeps a backend 503 retryable and a 429 a rate limit through %s', async (_name, shape) => {
    const { api } = apiAnswering(shape({ status: 503, body: { error: { code: 'hubspot_rate_limited', message: 'HubSpot is busy.' } } }), shape({ status: 429, body: 'Too Many Requests' }));
    const busy = await errorOf(api.getSummary());
    expect([busy.status, busy.code, busy.retryable]).toEqual([503, 'hubspot_rate_limited', true]);
    const limited = await errorOf(api.getSummary());
    expect([limited.status, limited.code, limited.retryable]).toEqual([429, 'rate_limited', true]);
  });

  it('shows the status, not a proxy message, when the backend body is not JSON (a load balancer page)', async () => {
    const envelope = throughProxy({ status: 404, body: '<html>Not Found</html>' }, request, 'envelope');
    const { api } = apiAnswering(envelope);
    const err = await errorOf(api.getSettings());
    expect([err.status, err.message]).toEqual([404, 'Request failed (404).']);
  });

  it("reads the proxy's own errors: a gateway timeout is a timeout worth retrying", async () => {
    const timeout = { status: 'error', message: 'Gateway took too long to respond', category: 'GATEWAY_TIMEOUT', context: { appServerStatusCode: ['504'], correlationId: ['c'] } };
    const { api } = apiAnswering({ status: 504, body: timeout });
    const err = await errorOf(api.getSettings());
    expect([err.status, err.code, err.retryable]).toEqual([504, 'timeout', true]);
  });
});

describe('unwrapProxyError', () => {
  it('finds the backend status and body in the envelope, and takes our own answers for what they are', () => {
    expect(unwrapProxyError(throughProxy({ status: 409, body: conflict }, request, 'envelope').body)).toEqual({ status: 409, body: conflict, category: 'BAD_GATEWAY' });
    expect(unwrapProxyError(conflict)).toBeNull();
    expect(unwrapProxyError({ dealId: '1', stage: 'closed_lost', closedLost: true, analysis: { status: 'confirmed' }, plan: { status: 'active' } })).toBeNull();
    expect(unwrapProxyError({ status: 'error' })).toBeNull();
    expect(unwrapProxyError(null)).toBeNull();
    expect(unwrapProxyError('error')).toBeNull();
    expect(unwrapProxyError({ status: 'error', category: 'BAD_GATEWAY', context: { appServerStatusCode: ['nope'] } })).toMatchObject({ status: null });
  });
});
