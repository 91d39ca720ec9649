/**
 * Read-only checks of the portal's schema: Regain's property group and deal properties (what the backend
 * writes), pipeline stage metadata (how it tells closed lost from closed won: never by id or label), and
 * the configured task owner.
 */
import { outcomeOfStage } from '../hubspot/pipeline-stages';
import { REGAIN_GROUP, REGAIN_PROPERTIES } from '../hubspot/regain-properties';
import { loadPortalSettings } from '../services/portal-settings';
import { verifyTaskOwner } from '../services/task-owner';
import { describeFailure, row, type VerifyContext, type VerifyRow } from './verify-context';

export async function checkRegainProperties(ctx: VerifyContext): Promise<VerifyRow[]> {
  const groupAssumption = `Deal property group "${REGAIN_GROUP.name}" exists (created at install)`;
  const group = (await ctx.hubspot.dealPropertyGroups()).find((g) => g.name === REGAIN_GROUP.name);
  const rows = [row('properties', groupAssumption, group ? `present ("${group.label}")` : 'missing: Regain provisions it at install (reinstall, or run `regain backfill`)', Boolean(group))];
  const existing = new Map((await ctx.hubspot.dealPropertyDefinitions()).map((p) => [p.name, p]));
  const problems: string[] = [];
  for (const def of REGAIN_PROPERTIES) {
    const p = existing.get(def.name);
    if (!p) {
      problems.push(`${def.name} missing`);
      continue;
    }
    if (p.type !== def.type || p.fieldType !== def.fieldType) problems.push(`${def.name} is ${p.type}/${p.fieldType}, Regain writes ${def.type}/${def.fieldType}`);
    const values = new Set((p.options ?? []).map((o) => o.value));
    const absent = (def.options ?? []).map((o) => o.value).filter((v) => !values.has(v));
    if (absent.length > 0) problems.push(`${def.name} lacks option(s) ${absent.join(', ')}`);
  }
  rows.push(
    row(
      'properties',
      `Regain's ${REGAIN_PROPERTIES.length} deal properties exist with the types and options the backend writes`,
      problems.length === 0 ? `all ${REGAIN_PROPERTIES.length} present and matching` : problems.join('; '),
      problems.length === 0,
    ),
  );
  return rows;
}

export async function checkPipelineStages(ctx: VerifyContext): Promise<VerifyRow[]> {
  const pipelines = await ctx.hubspot.dealPipelines();
  const stages = pipelines.flatMap((p) => p.stages.map((s) => ({ pipeline: p.label, stage: s })));
  // A closed stage must say its probability (0 lost, 1 won): without it the backend cannot tell a loss.
  const unclear = stages.filter(({ stage }) => {
    const meta = (stage.metadata ?? {}) as Record<string, unknown>;
    const p = Number.parseFloat(String(meta.probability ?? ''));
    return String(meta.isClosed).toLowerCase() === 'true' && p !== 0 && p !== 1;
  });
  const lost = stages.filter(({ stage }) => outcomeOfStage({ id: stage.id, label: stage.label, metadata: stage.metadata }) === 'closed_lost');
  const kinds = new Set(stages.flatMap(({ stage }) => Object.values((stage.metadata ?? {}) as Record<string, unknown>).map((v) => typeof v)));
  const answered = [
    `${pipelines.length} pipeline(s), ${stages.length} stage(s); closed lost: ${lost.map((l) => `"${l.stage.label}" (${l.pipeline})`).join(', ') || 'none'}`,
    unclear.length > 0 ? `closed without probability 0 or 1: ${unclear.map((u) => `"${u.stage.label}" (${u.pipeline})`).join(', ')} - losses there would never be detected` : '',
    `metadata values as ${[...kinds].join('/') || 'nothing'}`,
  ].filter(Boolean);
  return [
    row(
      'pipelines',
      'Deal stage metadata says isClosed and probability; closed lost = closed with probability 0 (never judged by id or label)',
      answered.join('; '),
      unclear.length === 0 && lost.length > 0,
    ),
  ];
}

export async function checkTaskOwner(ctx: VerifyContext): Promise<VerifyRow[]> {
  const assumption = 'The task owner fixed in the settings is an active owner of the portal';
  const { automation } = await loadPortalSettings(ctx.settings, ctx.portalId);
  if (automation.taskOwner.rule !== 'fixed_owner') return [row('owners', assumption, 'no fixed owner: tasks go to the deal owner', 'skipped')];
  const ownerId = automation.taskOwner.ownerId;
  try {
    await verifyTaskOwner(ctx.hubspot, ownerId);
    return [row('owners', assumption, `owner ${ownerId} exists`, true)];
  } catch (err) {
    const unknown = (err as { code?: string }).code === 'validation_failed';
    return [row('owners', assumption, unknown ? `owner ${ownerId} does not exist (or is deactivated): pick another in the settings page` : describeFailure(err), false)];
  }
}
