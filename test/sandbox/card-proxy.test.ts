/**
 * The sandbox's hubspot.fetch proxy in each variant HubSpot may play (sandbox/outbound/card-proxy.ts):
 * identity appended (production, as modelled) or not (the dev proxy), errors as they are or in the dev
 * proxy's 200 envelope, with or without the legacy v2 signature.
 */
import { startSandbox, type Sandbox } from '../../sandbox';
import { startReceiver, verifyV2, verifyV3, type Receiver } from './receiver';

const SECRET = 'app-secret';
let sandbox: Sandbox;
let receiver: Receiver;
let portalId: number;

beforeAll(async () => {
  receiver = await startReceiver();
  sandbox = await startSandbox({ seed: 'demo', app: { appId: 4242, clientSecret: SECRET } });
  portalId = sandbox.portals()[0]!.portalId;
});
afterAll(async () => {
  await sandbox.close();
  await receiver.close();
});
beforeEach(() => {
  receiver.received.length = 0;
  sandbox.configureCardProxy({ identity: 'append', errors: 'status', legacySignature: true });
});

const queryOf = (index = 0) => [...new URL(receiver.received[index]!.url, receiver.url).searchParams];

describe('identity', () => {
  it('append: adds portalId, userId, userEmail and appId after the card’s own query, so a card-written portalId appears twice', async () => {
    receiver.reply = () => ({ status: 200, body: '{}' });
    await sandbox.signedFetch(portalId, { url: `${receiver.url}/api/v1/settings?portalId=999&view=x`, userId: 7, userEmail: 'rep@example.com' });
    expect(queryOf()).toEqual([['portalId', '999'], ['view', 'x'], ['portalId', String(portalId)], ['userId', '7'], ['userEmail', 'rep@example.com'], ['appId', '4242']]);
    expect(verifyV3(SECRET, receiver.received[0]!, receiver.url)).toBe(true);
  });

  it('none (the dev proxy): calls the card’s URL as it is', async () => {
    receiver.reply = () => ({ status: 200, body: '{}' });
    sandbox.configureCardProxy({ identity: 'none' });
    await sandbox.signedFetch(portalId, { url: `${receiver.url}/api/v1/settings?view=x` });
    await sandbox.signedFetch(portalId, { url: `${receiver.url}/api/v1/settings`, proxy: { identity: 'append' } });
    expect(queryOf(0)).toEqual([['view', 'x']]);
    expect(queryOf(1).map(([name]) => name)).toEqual(['portalId', 'userId', 'userEmail', 'appId']);
    expect(verifyV3(SECRET, receiver.received[0]!, receiver.url)).toBe(true);
  });
});

describe('errors', () => {
  it('status: hands the backend’s status and body over as they are', async () => {
    receiver.reply = () => ({ status: 409, body: '{"error":{"code":"version_conflict","message":"stale"}}' });
    const r = await sandbox.signedFetch(portalId, { method: 'PUT', url: `${receiver.url}/api/v1/deals/1/analysis`, body: { segment: 'bought_away' } });
    expect([r.status, r.json]).toEqual([409, { error: { code: 'version_conflict', message: 'stale' } }]);
  });

  it('envelope: a backend 3xx-5xx becomes HTTP 200 with the dev proxy’s error body; 2xx passes as it is', async () => {
    const cardUrl = `${receiver.url}/api/v1/deals/1/analysis`;
    sandbox.configureCardProxy({ errors: 'envelope' });
    receiver.reply = (_req, i) => [{ status: 409, body: '{"error":{"code":"version_conflict","message":"stale"}}' }, { status: 502, body: '<html>bad gateway</html>' }, { status: 200, body: '{"ok":true}' }][i]!;
    const conflict = await sandbox.signedFetch(portalId, { method: 'PUT', url: cardUrl, body: { segment: 'bought_away' } });
    expect(conflict.status).toBe(200);
    expect(conflict.json).toEqual({
      status: 'error',
      category: 'BAD_GATEWAY',
      message: 'Error returned from Request Uri',
      context: { portalId: [String(portalId)], httpMethod: ['PUT'], requestUri: [cardUrl], correlationId: [expect.any(String)], appServerStatusCode: ['409'] },
      responseBody: { error: { code: 'version_conflict', message: 'stale' } },
      errors: [{ message: `Unacceptable HTTP status 409 calling ${cardUrl}` }],
    });
    const html = await sandbox.signedFetch(portalId, { url: cardUrl });
    expect([html.status, (html.json as { responseBody: unknown }).responseBody]).toEqual([200, '<html>bad gateway</html>']);
    const ok = await sandbox.signedFetch(portalId, { url: cardUrl });
    expect([ok.status, ok.json]).toEqual([200, { ok: true }]);
  });
});

describe('signatures', () => {
  it('sends v3 and v2 by default, v3 alone with legacySignature false', async () => {
    receiver.reply = () => ({ status: 200, body: '{}' });
    await sandbox.signedFetch(portalId, { url: `${receiver.url}/api/v1/settings` });
    await sandbox.signedFetch(portalId, { url: `${receiver.url}/api/v1/settings`, proxy: { legacySignature: false } });
    const [both, v3Only] = receiver.received;
    expect([verifyV3(SECRET, both!, receiver.url), verifyV2(SECRET, both!, receiver.url)]).toEqual([true, true]);
    expect(verifyV3(SECRET, v3Only!, receiver.url)).toBe(true);
    expect([v3Only!.headers['x-hubspot-signature'], v3Only!.headers['x-hubspot-signature-version']]).toEqual([undefined, undefined]);
  });
});
