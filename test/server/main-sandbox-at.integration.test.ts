/**
 * Sandbox mode against a local HubSpot running elsewhere (`sandboxAt`, what the card-path bench does with its
 * child process): the backend starts none of its own, installs through that one's OAuth flow and reads from it.
 */
import pino from 'pino';
import { startSandbox, type Sandbox } from '../../sandbox';
import { REGAIN_SCOPES } from '../../server/app-deps';
import { startRegain, type RunningRegain } from '../../server/main';

let sandbox: Sandbox;
let regain: RunningRegain;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: { closedLostDeals: 3, openDeals: 0, seed: 5 }, app: { clientId: 'elsewhere', clientSecret: 'elsewhere-secret-1234', scopes: REGAIN_SCOPES.required } });
  regain = await startRegain({ PORT: '0', LOG_LEVEL: 'silent' }, { logger: pino({ level: 'silent' }), sandboxAt: { url: sandbox.url, appId: sandbox.app.appId } });
}, 60_000);
afterAll(async () => {
  await regain?.close();
  await sandbox?.close();
}, 60_000);

it('starts no sandbox of its own and answers the card from the one it was given', async () => {
  expect(regain.sandbox).toBeNull();
  const { clientId, clientSecret } = regain.config.hubspot;
  sandbox.configureApp({ clientId, clientSecret, redirectUris: [`${regain.config.publicBaseUrl}/oauth/callback`] });
  const portalId = sandbox.portals()[0]!.portalId;
  await regain.installSandboxPortal(portalId);
  expect(sandbox.portals()[0]!.installed).toBe(true);

  const deal = sandbox.truth(portalId).find((t) => t.status === 'closed_lost')!;
  sandbox.resetStats();
  const view = await sandbox.signedFetch(portalId, { method: 'GET', url: `${regain.url}/api/v1/deals/${deal.dealId}/analysis`, userId: 1 });
  expect(view.status).toBe(200);
  expect(view.json).toMatchObject({ dealId: deal.dealId, closedLost: true });
  expect(sandbox.stats().total).toBeGreaterThan(0);
});
