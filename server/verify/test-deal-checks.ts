/**
 * The one check that writes: a throwaway deal in an open stage and one task on it, created the way plans
 * are written (batch create with inline associations task→deal 216, →company 192, →contact 204 and the
 * reference line), read back (type ids, adoption by reference), then both deleted, whatever happened.
 * The company and contact are existing ones (Regain cannot create companies): the task's links to them
 * go with the task.
 * It calls the task writer (write-plan-tasks.ts) itself, once, not the plan lifecycle's write path: the check
 * reports HubSpot's first answer as it is (the lifecycle's 207 rounds would retry a refusal for seconds and
 * hide it behind a PartialWriteError), and a throwaway task has no plan item to record nor audit entry to leave.
 */
import { outcomeOfStage } from '../hubspot/pipeline-stages';
import { ASSOCIATION, findExistingRegainTasks, writePlanTasks } from '../hubspot/write-plan-tasks';
import { describeFailure, row, type VerifyContext, type VerifyRow } from './verify-context';

const AREA = 'associations';
const ASSUMPTION = `A plan task is created with inline associations task→deal ${ASSOCIATION.taskToDeal}, →company ${ASSOCIATION.taskToCompany}, →contact ${ASSOCIATION.taskToContact}, and HubSpot shows those ids`;

export async function checkTestDeal(ctx: VerifyContext): Promise<VerifyRow[]> {
  const created: { deal?: string; tasks: string[] } = { tasks: [] };
  let rows: VerifyRow[] = [];
  let cleaned: VerifyRow | null = null;
  try {
    rows = await exercise(ctx, created);
  } catch (err) {
    // describeFailure rethrows an abort (HubSpot unreachable): the finally below still deletes what it can.
    rows = [row(AREA, ASSUMPTION, describeFailure(err), false)];
  } finally {
    cleaned = await cleanUp(ctx, created);
  }
  return cleaned ? [...rows, cleaned] : rows;
}

async function exercise(ctx: VerifyContext, created: { deal?: string; tasks: string[] }): Promise<VerifyRow[]> {
  const { hubspot } = ctx;
  const pipelines = await hubspot.dealPipelines();
  // An open stage, and not one merely looking open for want of metadata: the test deal must not look lost or won.
  const isOpen = (stage: { id: string; label: string; metadata?: Record<string, unknown> }) => String(stage.metadata?.isClosed).toLowerCase() === 'false' && outcomeOfStage(stage) === 'open';
  const open = pipelines.flatMap((p) => p.stages.map((s) => ({ pipeline: p.id, stage: s }))).find(({ stage }) => isOpen(stage));
  if (!open) return [row(AREA, ASSUMPTION, 'no open deal stage to create a test deal in', 'skipped')];
  const [companyId, contactId] = await Promise.all([hubspot.firstRecordId('companies'), hubspot.firstRecordId('contacts')]);
  const target = { companyId, contactId };
  const deal = { id: await hubspot.createRecord('deals', { dealname: `Regain verify-hubspot ${ctx.runId} (test deal, safe to delete)`, pipeline: open.pipeline, dealstage: open.stage.id }) };
  created.deal = deal.id;
  ctx.note(`created test deal ${deal.id}; it is deleted at the end (if this run is killed, delete "Regain verify-hubspot ${ctx.runId}" by hand)`);

  const key = `regain:verify:${ctx.runId}`;
  const item = { idempotencyKey: key, title: 'Regain verify-hubspot test task', body: 'Created and deleted by `regain verify-hubspot`.', dueDate: new Date(ctx.now().getTime() + 86_400_000), priority: 'LOW' as const, ownerId: null, remind: false };
  let written: { taskId: string } | undefined;
  let refusal = 'no task came back';
  try {
    const result = await writePlanTasks(hubspot, { dealId: deal.id, ...target }, [item]);
    written = result.written[0];
    refusal = result.failed[0]?.error ?? refusal;
  } catch (err) {
    refusal = describeFailure(err); // HubSpot refused the whole batch (400), e.g. an association type id
  }
  if (!written) {
    // Learn this account's ids another way: a bare task linked with HubSpot's default types.
    const seen = await defaultTypeIds(ctx, created, deal.id, target);
    return [row(AREA, ASSUMPTION, `refused: ${refusal}; this account's default ids: ${seen}`, false)];
  }
  created.tasks.push(written.taskId);
  const rows = [await typeIdRow(ctx, written.taskId, deal.id, target)];
  const adopted = (await findExistingRegainTasks(hubspot, deal.id)).get(key) === written.taskId;
  rows.push(row(AREA, 'A retried plan write finds the task on the deal by its reference line (no duplicate)', adopted ? `found task ${written.taskId}` : 'not found: a retry would create the task again', adopted));
  return rows;
}

async function typeIdRow(ctx: VerifyContext, taskId: string, dealId: string, target: { companyId: string | null; contactId: string | null }): Promise<VerifyRow> {
  const ids = async (to: 'deals' | 'companies' | 'contacts') => (await ctx.hubspot.listAssociations('tasks', taskId, to)).flatMap((r) => r.typeIds);
  const [toDeal, toCompany, toContact, fromDeal] = await Promise.all([ids('deals'), ids('companies'), ids('contacts'), ctx.hubspot.listAssociations('deals', dealId, 'tasks')]);
  const checks = [
    { name: 'task→deal', expected: ASSOCIATION.taskToDeal, got: toDeal, wanted: true },
    { name: 'task→company', expected: ASSOCIATION.taskToCompany, got: toCompany, wanted: target.companyId !== null },
    { name: 'task→contact', expected: ASSOCIATION.taskToContact, got: toContact, wanted: target.contactId !== null },
  ];
  const parts = checks.map((c) => (c.wanted ? `${c.name} ${c.got.join('/') || 'none'}` : `${c.name} not checked (no record in the portal)`));
  const reverse = fromDeal.find((r) => r.id === taskId)?.typeIds ?? [];
  parts.push(`deal→task ${reverse.join('/') || 'none'}`);
  const ok = checks.every((c) => !c.wanted || c.got.includes(c.expected)) && reverse.length > 0;
  return row(AREA, ASSUMPTION, parts.join(', '), ok);
}

/** Creates a bare task and links it with `createDefault`, which answers the default type id of each pair. */
async function defaultTypeIds(ctx: VerifyContext, created: { tasks: string[] }, dealId: string, target: { companyId: string | null; contactId: string | null }): Promise<string> {
  try {
    const task = { id: await ctx.hubspot.createRecord('tasks', { hs_timestamp: ctx.now().toISOString(), hs_task_subject: 'Regain verify-hubspot test task' }) };
    created.tasks.push(task.id);
    const links: Array<['deals' | 'companies' | 'contacts', string, string | null]> = [['deals', 'deal', dealId], ['companies', 'company', target.companyId], ['contacts', 'contact', target.contactId]];
    const parts: string[] = [];
    for (const [to, name, id] of links) {
      if (!id) continue;
      parts.push(`task→${name} ${(await ctx.hubspot.associateDefault('tasks', task.id, to, id)) ?? '?'}`);
    }
    return parts.join(', ') || 'none';
  } catch (err) {
    return `unknown (${describeFailure(err)})`;
  }
}

/** Deletes what this run created (tasks, then the deal); a record that cannot be deleted is named so the operator can. */
async function cleanUp(ctx: VerifyContext, created: { deal?: string; tasks: string[] }): Promise<VerifyRow | null> {
  if (!created.deal && created.tasks.length === 0) return null;
  const left: string[] = [];
  const remove = async (kind: 'task' | 'deal', id: string) => {
    try {
      await ctx.hubspot.archiveRecord(kind === 'task' ? 'tasks' : 'deals', id);
    } catch (err) {
      left.push(`${kind} ${id}`);
      ctx.note(`could not delete test ${kind} ${id} (${safe(err)}): delete it by hand`);
    }
  };
  for (const taskId of created.tasks) await remove('task', taskId);
  if (created.deal) await remove('deal', created.deal);
  const what = [...(created.deal ? [`deal ${created.deal}`] : []), ...created.tasks.map((t) => `task ${t}`)].join(', ');
  if (left.length === 0) ctx.note(`deleted test ${what}`);
  return row(AREA, 'The throwaway test records are deleted again', left.length === 0 ? `deleted ${what}` : `left behind: ${left.join(', ')} (delete by hand)`, left.length === 0);
}

const safe = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 200);
