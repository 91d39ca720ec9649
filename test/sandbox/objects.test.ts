import { harnessLifecycle } from './lifecycle';
import { apiError } from './helpers';

const h = harnessLifecycle();

describe('CRM objects v3 through @hubspot/api-client', () => {
  it('creates (201) and reads a deal with default and requested properties', async () => {
    const created = await h().client.crm.deals.basicApi.create({ properties: { dealname: 'Acme renewal', amount: '12000', closedate: '2025-05-01T00:00:00Z' }, associations: [] });
    expect(created.id).toMatch(/^\d+$/);
    expect(created.properties.dealname).toBe('Acme renewal');
    expect(created.properties.pipeline).toBe('default');
    expect(created.properties.dealstage).toBe('appointmentscheduled');
    expect(created.properties.hs_object_id).toBe(created.id);
    expect(created.properties.closedate).toBe('2025-05-01T00:00:00.000Z');

    const read = await h().client.crm.deals.basicApi.getById(created.id, ['amount', 'dealstage', 'not_a_property']);
    expect(read.properties).toEqual(expect.objectContaining({ amount: '12000', dealstage: 'appointmentscheduled', hs_object_id: created.id }));
    expect(read.properties).toHaveProperty('createdate');
    expect(read.properties).toHaveProperty('hs_lastmodifieddate');
    expect(read.properties).not.toHaveProperty('not_a_property');
    expect(read.createdAt).toBeInstanceOf(Date);
  });

  it('updates with PATCH (200) and archives with DELETE (204), then 404s', async () => {
    const { client } = h();
    const deal = await client.crm.deals.basicApi.create({ properties: { dealname: 'To archive' }, associations: [] });
    const updated = await client.crm.deals.basicApi.update(deal.id, { properties: { amount: '500', closed_lost_reason: 'price' } });
    expect(updated.properties.amount).toBe('500');
    await client.crm.deals.basicApi.archive(deal.id);
    const err = await apiError(client.crm.deals.basicApi.getById(deal.id));
    expect(err.code).toBe(404);
    expect(err.body).toMatchObject({ status: 'error', category: 'OBJECT_NOT_FOUND' });
    expect(typeof err.body.correlationId).toBe('string');
    const archived = await client.crm.deals.basicApi.getById(deal.id, undefined, undefined, undefined, true);
    expect(archived.archived).toBe(true);
  });

  it('pages through objects with limit/after', async () => {
    const { client } = h();
    for (let i = 0; i < 5; i++) await client.crm.companies.basicApi.create({ properties: { name: `Co ${i}` }, associations: [] });
    const first = await client.crm.companies.basicApi.getPage(3, undefined, ['name']);
    expect(first.results).toHaveLength(3);
    const after = first.paging?.next?.after;
    expect(after).toBeDefined();
    const second = await client.crm.companies.basicApi.getPage(3, after, ['name']);
    expect(second.results.length).toBeGreaterThanOrEqual(2);
    expect(second.results.map((r) => r.id)).not.toContain(first.results[0]!.id);
  });

  it('rejects unknown properties with PROPERTY_DOESNT_EXIST and bad enumeration values with INVALID_OPTION', async () => {
    const { client } = h();
    const unknown = await apiError(client.crm.deals.basicApi.create({ properties: { dealname: 'x', favourite_colour: 'blue' }, associations: [] }));
    expect(unknown.code).toBe(400);
    expect(unknown.body.category).toBe('VALIDATION_ERROR');
    expect(unknown.body.errors).toEqual([expect.objectContaining({ code: 'PROPERTY_DOESNT_EXIST', context: { propertyName: ['favourite_colour'] } })]);
    const badStage = await apiError(client.crm.deals.basicApi.create({ properties: { dealname: 'x', dealstage: 'not-a-stage' }, associations: [] }));
    expect(badStage.body.errors).toEqual([expect.objectContaining({ code: 'INVALID_OPTION' })]);
    const badPriority = await apiError(client.crm.objects.tasks.basicApi.create({ properties: { hs_timestamp: '1748000000000', hs_task_priority: 'CRITICAL' }, associations: [] }));
    expect(badPriority.body.errors).toEqual([expect.objectContaining({ code: 'INVALID_OPTION', context: { propertyName: ['hs_task_priority'] } })]);
  });

  it('requires hs_timestamp on tasks and accepts epoch ms', async () => {
    const { client } = h();
    const missing = await apiError(client.crm.objects.tasks.basicApi.create({ properties: { hs_task_subject: 'Call' }, associations: [] }));
    expect(missing.code).toBe(400);
    const task = await client.crm.objects.tasks.basicApi.create({ properties: { hs_task_subject: 'Call', hs_timestamp: String(Date.UTC(2025, 5, 10)), hs_task_status: 'NOT_STARTED' }, associations: [] });
    expect(task.properties.hs_timestamp).toBe('2025-06-10T00:00:00.000Z');
  });

  it('serves contacts, tickets and notes, and looks contacts up by email (idProperty)', async () => {
    const { client } = h();
    const contact = await client.crm.contacts.basicApi.create({ properties: { firstname: 'Ada', lastname: 'L', email: 'ada@example.com' }, associations: [] });
    const byEmail = await client.crm.contacts.basicApi.getById('ada@example.com', ['firstname'], undefined, undefined, false, 'email');
    expect(byEmail.id).toBe(contact.id);
    const ticket = await client.crm.tickets.basicApi.create({ properties: { subject: 'Outage', hs_ticket_priority: 'URGENT' }, associations: [] });
    expect(ticket.properties.hs_pipeline_stage).toBe('1');
    const note = await client.crm.objects.notes.basicApi.create({ properties: { hs_note_body: 'hello', hs_timestamp: '2025-01-01T00:00:00Z' }, associations: [] });
    const notes = await client.crm.objects.notes.basicApi.getPage(10, undefined, ['hs_note_body']);
    expect(notes.results.map((n) => n.id)).toContain(note.id);
  });

  it('computes hs_is_closed_won from stage metadata', async () => {
    const { client } = h();
    const deal = await client.crm.deals.basicApi.create({ properties: { dealname: 'won', dealstage: 'closedwon' }, associations: [] });
    const read = await client.crm.deals.basicApi.getById(deal.id, ['hs_is_closed_won', 'hs_deal_stage_probability']);
    expect(read.properties.hs_is_closed_won).toBe('true');
    expect(read.properties.hs_deal_stage_probability).toBe('1.0');
    const readOnly = await apiError(client.crm.deals.basicApi.update(deal.id, { properties: { hs_is_closed_won: 'false' } }));
    expect(readOnly.body.errors).toEqual([expect.objectContaining({ code: 'READ_ONLY_VALUE' })]);
    const strandedStage = await apiError(client.crm.deals.basicApi.update(deal.id, { properties: { pipeline: '8745321' } }));
    expect(strandedStage.body.errors).toEqual([expect.objectContaining({ code: 'INVALID_OPTION', context: { propertyName: ['dealstage'] } })]);
    const moved = await client.crm.deals.basicApi.update(deal.id, { properties: { pipeline: '8745321', dealstage: '1234567' } });
    expect(moved.properties.hs_is_closed_won).toBe('false');
  });

  it('rejects a malformed paging cursor with 400', async () => {
    expect((await apiError(h().client.crm.deals.basicApi.getPage(10, 'not-a-cursor'))).code).toBe(400);
  });
});
