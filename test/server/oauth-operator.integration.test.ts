/**
 * The install flows and the OAuth operator alarm through the composition root, as `npm start` runs in
 * sandbox mode (PGlite, pg-boss, the sandbox): the Marketplace install is allowed back to the sandbox's
 * origin only because sandbox mode configures it, and invalid_client shows in /metrics and /readyz.
 */
import pino from 'pino';
import { startRegain, type RunningRegain } from '../../server/main';
import { bodyAttr, follow } from './oauth-flows';

let regain: RunningRegain;

beforeAll(async () => {
  regain = await startRegain({ PORT: '0', LOG_LEVEL: 'silent' }, { logger: pino({ level: 'silent' }), pollingIntervalSeconds: 0.5 });
}, 60_000);
afterAll(() => regain?.close(), 60_000);

const metric = async (name: string) => {
  const text = await (await fetch(`${regain.url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.split(' ')[1]);
};

it('installs from the sandbox Marketplace, with and without partner sign-in', async () => {
  const sandbox = regain.sandbox!;
  for (const [portal, partnerSignIn] of [[sandbox.portals()[0]!.portalId, false], [sandbox.portals()[1]!.portalId, true]] as const) {
    const journey = await follow(sandbox.marketplace.installUrl(portal, { partnerSignIn }));
    expect(journey.final.url.origin).toBe(sandbox.url);
    expect(bodyAttr(journey.final.html, 'data-sandbox-code-redeemed')).toBe('true');
    expect((await regain.stores.installations.get(String(portal)))?.status).toBe('active');
  }
}, 30_000);

it('counts invalid_client, raises regain_oauth_client_alarm and degrades /readyz, and uninstalls nobody', async () => {
  const sandbox = regain.sandbox!;
  const portalId = sandbox.portals()[0]!.portalId;
  expect(await metric('regain_oauth_client_alarm')).toBe(0);
  const original = sandbox.app.clientId;
  sandbox.configureApp({ clientId: 'a-client-id-hubspot-no-longer-knows' });
  sandbox.expireAllTokens(); // the next call is a 401, then a refresh HubSpot refuses
  try {
    const deal = sandbox.truth(portalId).find((t) => t.status === 'closed_lost')!;
    const res = await sandbox.signedFetch(portalId, { method: 'GET', url: `${regain.url}/api/v1/deals/${deal.dealId}/analysis` });
    expect(res.status).toBe(503);
    expect(await metric('regain_oauth_client_rejected_total')).toBeGreaterThanOrEqual(1);
    expect(await metric('regain_oauth_client_alarm')).toBe(1);
    const ready = (await (await fetch(`${regain.url}/readyz`)).json()) as { status?: string; reasons?: Array<{ code: string; message: string }> };
    expect(ready.status).toBe('degraded');
    expect(ready.reasons?.[0]?.code).toBe('oauth_client_rejected');
    expect((await regain.stores.installations.get(String(portalId)))?.status).toBe('active');
  } finally {
    sandbox.configureApp({ clientId: original });
  }
  const deal = sandbox.truth(portalId).find((t) => t.status === 'closed_lost')!;
  expect((await sandbox.signedFetch(portalId, { method: 'GET', url: `${regain.url}/api/v1/deals/${deal.dealId}/analysis` })).status).toBe(200);
  expect(await metric('regain_oauth_client_alarm')).toBe(0);
}, 30_000);
