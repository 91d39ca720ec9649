/**
 * The card, settings and home page tests run twice (jest.config.js): once with the backend's answers
 * reaching `hubspot.fetch` as they are, once through HubSpot's dev-proxy envelope, where a backend 3xx-5xx
 * becomes HTTP 200 `{status:'error', category:'BAD_GATEWAY', context:{appServerStatusCode:['409']},
 * responseBody}` (@hubspot/ui-extensions-dev-server 2.1.2, dist/lib/proxy/AppProxyService.js). The fake
 * `hubspot.fetch` of each suite passes its queued replies through `throughProxy`.
 */

export type ProxyMode = 'status' | 'envelope';

/** The mode this jest project runs in (`proxy-envelope.setup.ts` sets it). */
export function proxyModeUnderTest(): ProxyMode {
  return process.env.REGAIN_TEST_CARD_PROXY === 'envelope' ? 'envelope' : 'status';
}

/** What the card receives for a backend answer in this mode. */
export function throughProxy(reply: { status: number; body: unknown }, request: { method: string; url: string }, mode = proxyModeUnderTest()): { status: number; body: unknown } {
  if (mode === 'status' || reply.status < 300) return reply;
  return {
    status: 200,
    body: {
      status: 'error',
      context: { portalId: ['123'], httpMethod: [request.method], requestUri: [request.url], correlationId: ['test-correlation'], appServerStatusCode: [String(reply.status)] },
      message: 'Error returned from Request Uri',
      responseBody: reply.body,
      errors: [{ message: `Unacceptable HTTP status ${reply.status} calling ${request.url}` }],
      category: 'BAD_GATEWAY',
    },
  };
}

const IDENTITY = ['portalId', 'userId', 'userEmail', 'appId'];

/** The identity names a request carries in its query or body: the card must send none (the backend takes HubSpot's). */
export function identityNamesIn(url: string | URL, body: unknown): string[] {
  const query = new URL(String(url)).searchParams;
  const fromQuery = IDENTITY.filter((name) => query.has(name)).map((name) => `query.${name}`);
  const fromBody = body && typeof body === 'object' ? IDENTITY.filter((name) => name in body).map((name) => `body.${name}`) : [];
  return [...fromQuery, ...fromBody];
}
