import { DEFAULT_VARIANTS } from '../../sandbox';
import { harnessLifecycle } from './lifecycle';
import { apiError } from './helpers';

const h = harnessLifecycle();
const task216 = (dealId: string) => ({ to: { id: dealId }, types: [{ associationCategory: 'HUBSPOT_DEFINED' as never, associationTypeId: 216 }] });

afterEach(() => h().sandbox.setVariants({ ...DEFAULT_VARIANTS }));

describe('sandbox variants: an account that answers differently', () => {
  it('association type ids: the account id is shown and required, the table id refused', async () => {
    const { client, sandbox } = h();
    const dealId = (await client.crm.deals.basicApi.create({ properties: { dealname: 'Other ids' }, associations: [] })).id;
    sandbox.setVariants({ associationTypeIds: { 'tasks->deals': 9216 } });
    const refused = await apiError(client.crm.objects.tasks.basicApi.create({ properties: { hs_timestamp: '0' }, associations: [task216(dealId)] }));
    expect(refused.code).toBe(400);
    const task = await client.crm.objects.tasks.basicApi.create({
      properties: { hs_timestamp: '0' },
      associations: [{ to: { id: dealId }, types: [{ associationCategory: 'HUBSPOT_DEFINED' as never, associationTypeId: 9216 }] }],
    });
    const fromTask = await client.crm.associations.v4.basicApi.getPage('tasks', task.id, 'deals');
    expect(fromTask.results[0]?.associationTypes.map((t) => t.typeId)).toEqual([9216]);
    const fromDeal = await client.crm.associations.v4.basicApi.getPage('deals', dealId, 'tasks');
    expect(fromDeal.results[0]?.associationTypes.map((t) => t.typeId)).toEqual([215]);
  });

  it('stages without probability metadata', async () => {
    const { client, sandbox } = h();
    sandbox.setVariants({ stagesWithoutProbability: true });
    const stages = (await client.crm.pipelines.pipelinesApi.getAll('deals')).results.flatMap((p) => p.stages);
    expect(stages.length).toBeGreaterThan(0);
    for (const s of stages) expect(s.metadata).not.toHaveProperty('probability');
    sandbox.setVariants({ stagesWithoutProbability: false });
    const again = (await client.crm.pipelines.pipelinesApi.getAll('deals')).results[0]!.stages[0]!;
    expect(again.metadata?.probability).toEqual(expect.any(String));
  });

  it('refresh-token rotation: a new refresh token each refresh, the old one refused', async () => {
    const { sandbox, portalId } = h();
    sandbox.setVariants({ rotateRefreshTokens: true });
    const { refreshToken } = sandbox.installApp(portalId);
    const refresh = (token: string) =>
      fetch(`${sandbox.url}/oauth/v3/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: token, client_id: sandbox.app.clientId, client_secret: sandbox.app.clientSecret }).toString(),
      });
    const first = await refresh(refreshToken);
    expect(first.status).toBe(200);
    const rotated = ((await first.json()) as { refresh_token: string }).refresh_token;
    expect(rotated).not.toBe(refreshToken);
    expect((await refresh(refreshToken)).status).toBe(400);
    expect((await refresh(rotated)).status).toBe(200);
  });
});
