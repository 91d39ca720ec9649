import { ManualClock, startSandbox, type Sandbox } from '../../sandbox';
import { ALL_SCOPES, apiError, clientFor } from './helpers';
import { startReceiver, verifyV2, verifyV3, type Receiver } from './receiver';

const SECRET = 'app-secret';
let sandbox: Sandbox;
let receiver: Receiver;

beforeAll(async () => {
  receiver = await startReceiver();
  sandbox = await startSandbox({
    clock: new ManualClock(), seed: 'demo',
    app: { appId: 31337, clientSecret: SECRET, workflowActionUrl: `${receiver.url}/hubspot/actions/regain` },
  });
});
afterAll(async () => {
  await sandbox.close();
  await receiver.close();
});
beforeEach(() => {
  receiver.received.length = 0;
});

describe('workflow actions (sandbox -> app -> callbacks API)', () => {
  it('POSTs the v4 action request signed with v2 and v3, then accepts completions (204)', async () => {
    const portalId = sandbox.portals()[0]!.portalId;
    const deal = sandbox.truth(portalId).find((t) => t.status === 'closed_lost')!;
    receiver.reply = () => ({ status: 200, body: JSON.stringify({ outputFields: { hs_execution_state: 'BLOCK' } }) });
    const result = await sandbox.callWorkflowAction({ portalId, objectId: deal.dealId, inputFields: { mode: 'suggest' } });
    expect(result.status).toBe(200);
    expect(result.json).toEqual({ outputFields: { hs_execution_state: 'BLOCK' } });
    const req = receiver.received[0]!;
    expect(verifyV2(SECRET, req, receiver.url)).toBe(true);
    expect(verifyV3(SECRET, req, receiver.url)).toBe(true);
    expect(JSON.parse(req.body)).toEqual({
      callbackId: result.callbackId,
      origin: expect.objectContaining({ portalId, actionDefinitionId: expect.any(Number), actionDefinitionVersion: 1 }),
      context: { source: 'WORKFLOWS', workflowId: expect.any(Number) },
      object: { objectId: Number(deal.dealId), objectType: 'DEAL' },
      inputFields: { mode: 'suggest' },
    });

    const client = clientFor(sandbox, sandbox.installApp(portalId, { scopes: ALL_SCOPES }).accessToken);
    await client.automation.actions.callbacksApi.complete(result.callbackId, { outputFields: { hs_execution_state: 'SUCCESS', segment: 'bought_away' } });
    await client.automation.actions.callbacksApi.completeBatch({ inputs: [{ callbackId: 'ap-other', outputFields: { hs_execution_state: 'FAIL_CONTINUE' } }] });
    expect(sandbox.callbacks(portalId)).toEqual([
      expect.objectContaining({ callbackId: result.callbackId, via: 'single', outputFields: { hs_execution_state: 'SUCCESS', segment: 'bought_away' } }),
      expect.objectContaining({ callbackId: 'ap-other', via: 'batch' }),
    ]);
    const bad = await apiError(client.automation.actions.callbacksApi.completeBatch({ inputs: [{ callbackId: '', outputFields: {} }] }));
    expect(bad.code).toBe(400);
  });
});

describe('signedFetch (card proxy)', () => {
  it('appends portalId, userId, userEmail and appId and signs the final URL with v3 and v2', async () => {
    const portalId = sandbox.portals()[0]!.portalId;
    receiver.reply = () => ({ status: 200, body: '{"ok":true}' });
    const result = await sandbox.signedFetch(portalId, { method: 'POST', url: `${receiver.url}/api/deals/42/analysis?lang=de`, body: { dealId: '42' }, userId: 7, userEmail: 'rep@example.com' });
    expect(result.json).toEqual({ ok: true });
    const req = receiver.received[0]!;
    const query = new URL(req.url, receiver.url).searchParams;
    expect(Object.fromEntries(query)).toEqual({ lang: 'de', portalId: String(portalId), userId: '7', userEmail: 'rep@example.com', appId: '31337' });
    expect(req.url).toContain('rep%40example.com');
    expect(req.body).toBe('{"dealId":"42"}');
    expect(verifyV3(SECRET, req, receiver.url)).toBe(true);
    expect(verifyV2(SECRET, req, receiver.url)).toBe(true);

    await sandbox.signedFetch(portalId, { url: `${receiver.url}/api/ping` });
    const get = receiver.received[1]!;
    expect(get.method).toBe('GET');
    expect(get.body).toBe('');
    expect(verifyV3(SECRET, get, receiver.url)).toBe(true);
  });
});
