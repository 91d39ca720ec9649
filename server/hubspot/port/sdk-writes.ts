/**
 * The port's writes over @hubspot/api-client. Batch writes are sent 100 inputs per call; a 207 answer
 * fails single inputs, which come back by key (each input carries an `objectWriteTraceId`), the rest is
 * written (https://developers.hubspot.com/docs/api-reference/crm-objects-v3/guide#batch-operations).
 */
import { AssociationSpecAssociationCategoryEnum } from '@hubspot/api-client/lib/codegen/crm/objects/tasks/models/AssociationSpec';
import { chunk } from './chunk';
import type { BatchWriteResult, HubSpotPort } from './hubspot-port';
import type { Caller } from './sdk-reads';
import { refOfTaskBody } from './task-ref';

type Writes = Pick<HubSpotPort, 'updateDeal' | 'updateDeals' | 'createTasks' | 'archiveTasks' | 'completeWorkflowCallback'>;

const errorsOf = (res: object): string[] => ('errors' in res && Array.isArray(res.errors) ? res.errors.map((e: { message?: string }) => String(e.message ?? 'failed')) : []);

export function sdkWrites(client: Caller): Writes {
  return {
    async updateDeal(dealId, properties) {
      await client.call('deals.update', 'standard', (c) => c.crm.deals.basicApi.update(dealId, { properties }));
    },

    async updateDeals(updates) {
      const out: BatchWriteResult<string> = { written: [], failed: [] };
      for (const part of chunk(updates)) {
        const inputs = part.map((u) => ({ id: u.dealId, properties: u.properties, objectWriteTraceId: `regain:props:${u.dealId}` }));
        const res = await client.call('deals.batchUpdate', 'standard', (c) => c.crm.deals.batchApi.update({ inputs }));
        const ok = new Map(res.results.map((r) => [r.id, r.properties]));
        const message = errorsOf(res)[0] ?? 'HubSpot did not return the updated deal';
        for (const u of part) {
          if (ok.has(u.dealId)) out.written.push({ key: u.dealId, id: u.dealId, properties: ok.get(u.dealId)! });
          else out.failed.push({ key: u.dealId, error: message });
        }
      }
      return out;
    },

    async createTasks(tasks) {
      const out: BatchWriteResult<string> = { written: [], failed: [] };
      for (const part of chunk(tasks)) {
        const inputs = part.map((t) => ({
          properties: t.properties,
          objectWriteTraceId: t.key,
          associations: t.associations.map((a) => ({ to: { id: a.toId }, types: [{ associationCategory: AssociationSpecAssociationCategoryEnum.HubspotDefined, associationTypeId: a.typeId }] })),
        }));
        const res = await client.call('tasks.batchCreate', 'standard', (c) => c.crm.objects.tasks.batchApi.create({ inputs }));
        // Matched by the reference line of the body (task-ref.ts), else by the trace id HubSpot echoes.
        const byKey = new Map<string, { id: string; properties: Record<string, string | null> }>();
        for (const r of res.results) {
          const key = refOfTaskBody(r.properties.hs_task_body) ?? r.objectWriteTraceId;
          if (key) byKey.set(key, { id: r.id, properties: r.properties });
        }
        const message = errorsOf(res).join('; ') || 'HubSpot did not return the created task';
        for (const t of part) {
          const hit = byKey.get(t.key);
          if (hit) out.written.push({ key: t.key, id: hit.id, properties: hit.properties });
          else out.failed.push({ key: t.key, error: message });
        }
      }
      return out;
    },

    async archiveTasks(taskIds) {
      for (const part of chunk(taskIds)) {
        await client.call('tasks.batchArchive', 'standard', (c) => c.crm.objects.tasks.batchApi.archive({ inputs: part.map((id) => ({ id })) }));
      }
    },

    async completeWorkflowCallback(callbackId, outputFields) {
      await client.call('callbacks.complete', 'standard', (c) => c.automation.actions.callbacksApi.complete(callbackId, { outputFields }));
    },
  };
}
