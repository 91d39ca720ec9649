import { PropertyCreateFieldTypeEnum, PropertyCreateTypeEnum } from '@hubspot/api-client/lib/codegen/crm/properties';
import { harnessLifecycle } from './lifecycle';
import { apiError, clientFor } from './helpers';

const h = harnessLifecycle();

describe('Properties, pipelines and owners through @hubspot/api-client', () => {
  it('creates a group (201) and an enumeration property (201); duplicates are 409', async () => {
    const { client } = h();
    const group = await client.crm.properties.groupsApi.create('deals', { name: 'regain', label: 'Regain', displayOrder: 5 });
    expect(group.name).toBe('regain');
    const prop = await client.crm.properties.coreApi.create('deals', {
      name: 'regain_segment', label: 'Defection segment', type: PropertyCreateTypeEnum.Enumeration, fieldType: PropertyCreateFieldTypeEnum.Select,
      groupName: 'regain', options: [{ label: 'Bought away', value: 'bought_away', hidden: false }, { label: 'Moved away', value: 'moved_away', hidden: false }],
    });
    expect(prop.name).toBe('regain_segment');
    expect(prop.options.map((o) => o.value)).toEqual(['bought_away', 'moved_away']);
    const fetched = await client.crm.properties.coreApi.getByName('deals', 'regain_segment');
    expect(fetched.groupName).toBe('regain');
    const dupe = await apiError(client.crm.properties.coreApi.create('deals', { name: 'regain_segment', label: 'x', type: PropertyCreateTypeEnum.String, fieldType: PropertyCreateFieldTypeEnum.Text, groupName: 'regain' }));
    expect(dupe.code).toBe(409);
    expect(dupe.body.category).toBe('OBJECT_ALREADY_EXISTS');
    expect((await apiError(client.crm.properties.groupsApi.create('deals', { name: 'regain', label: 'again' }))).code).toBe(409);
  });

  it('makes custom properties writable and validates their options', async () => {
    const { client } = h();
    const deal = await client.crm.deals.basicApi.create({ properties: { dealname: 'x', regain_segment: 'moved_away' }, associations: [] });
    expect(deal.properties.regain_segment).toBe('moved_away');
    const bad = await apiError(client.crm.deals.basicApi.update(deal.id, { properties: { regain_segment: 'lost_in_space' } }));
    expect(bad.body.errors).toEqual([expect.objectContaining({ code: 'INVALID_OPTION' })]);
  });

  it('lists properties and groups, with 404 for unknown names and 400 for bad definitions', async () => {
    const { client } = h();
    const all = await client.crm.properties.coreApi.getAll('deals');
    expect(all.results.map((p) => p.name)).toEqual(expect.arrayContaining(['dealname', 'dealstage', 'closed_lost_reason', 'hs_is_closed_won']));
    const tasks = await client.crm.properties.coreApi.getByName('tasks', 'hs_task_status');
    expect(tasks.options.map((o) => o.value)).toEqual(['NOT_STARTED', 'IN_PROGRESS', 'WAITING', 'COMPLETED', 'DEFERRED']);
    expect((await client.crm.properties.groupsApi.getAll('deals')).results.map((g) => g.name)).toContain('regain');
    expect((await apiError(client.crm.properties.coreApi.getByName('deals', 'nope'))).code).toBe(404);
    const badType = await apiError(client.crm.properties.coreApi.create('deals', { name: 'x_y', label: 'x', type: 'colour' as never, fieldType: PropertyCreateFieldTypeEnum.Text, groupName: 'regain' }));
    expect(badType.code).toBe(400);
    const noGroup = await apiError(client.crm.properties.coreApi.create('deals', { name: 'x_z', label: 'x', type: PropertyCreateTypeEnum.String, fieldType: PropertyCreateFieldTypeEnum.Text, groupName: 'missing' }));
    expect(noGroup.code).toBe(400);
  });

  it('serves several deal pipelines with string metadata and misleading labels', async () => {
    const { client } = h();
    const pipelines = await client.crm.pipelines.pipelinesApi.getAll('deals');
    expect(pipelines.results.length).toBeGreaterThanOrEqual(3);
    const renewals = pipelines.results.find((p) => p.stages.some((s) => s.label === 'Verloren'));
    const lost = renewals?.stages.find((s) => s.label === 'Verloren');
    expect(lost).toMatchObject({ id: '1234567', metadata: { isClosed: 'true', probability: '0.0' } });
    const stages = await client.crm.pipelines.pipelineStagesApi.getAll('deals', renewals!.id);
    expect(stages.results.map((s) => s.id)).toContain('1234567');
    const enterprise = pipelines.results.find((p) => p.label === 'Enterprise');
    expect(enterprise?.stages.find((s) => s.label.startsWith('Closed Lost'))?.metadata).toEqual({ isClosed: 'false', probability: '0.1' });
    const tickets = await client.crm.pipelines.pipelinesApi.getAll('tickets');
    expect(tickets.results[0]?.stages.length).toBeGreaterThan(1);
    expect((await apiError(client.crm.pipelines.pipelineStagesApi.getAll('deals', 'nope'))).code).toBe(404);
  });

  it('relabels closedwon as "Lost" in a relabelled portal while metadata stays truthful', async () => {
    const { sandbox } = h();
    const portal = sandbox.createPortal({ pipelineVariant: 'relabelled' });
    const { accessToken } = sandbox.installApp(portal.portalId);
    const stages = await clientFor(sandbox, accessToken).crm.pipelines.pipelineStagesApi.getAll('deals', 'default');
    expect(stages.results.find((s) => s.id === 'closedwon')).toMatchObject({ label: 'Lost', metadata: { isClosed: 'true', probability: '1.0' } });
  });

  it('pages owners and gets one by id or userId', async () => {
    const { client, sandbox, portalId } = h();
    sandbox.seedPortal(portalId, { closedLostDeals: 3, seed: 4 });
    const page = await client.crm.owners.ownersApi.getPage(undefined, undefined, 2);
    expect(page.results).toHaveLength(2);
    expect(page.paging?.next?.after).toBeDefined();
    const owner = page.results[1]!;
    expect((await client.crm.owners.ownersApi.getById(Number(owner.id))).email).toBe(owner.email);
    expect((await client.crm.owners.ownersApi.getById(owner.userId!, 'userId')).id).toBe(owner.id);
    const byEmail = await client.crm.owners.ownersApi.getPage(owner.email);
    expect(byEmail.results.map((o) => o.id)).toEqual([owner.id]);
    expect((await apiError(client.crm.owners.ownersApi.getById(1))).code).toBe(404);
  });
});
