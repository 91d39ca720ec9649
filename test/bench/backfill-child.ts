/**
 * One backfill (or the straightforward way) against the benchmark sandbox, in its own process, so its
 * peak memory is its own. argv: mode (`batched` | `naive`), sandbox JSON, deal sample (naive only).
 * Prints one JSON line: calls by label and kind, 429s (and those after the first window), elapsed, peak RSS.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyseDefection } from '../../src/analyse-defection';
import { AssociationSpecAssociationCategoryEnum } from '@hubspot/api-client/lib/codegen/crm/objects/tasks/models/AssociationSpec';
import { REGAIN_SCOPES } from '../../server/app-deps';
import { runBackfill } from '../../server/backfill/run-backfill';
import { closedLostDealPages } from '../../server/backfill/find-closed-lost-deals';
import { openDatabase } from '../../server/db/database';
import { migrateToLatest } from '../../server/db/migrate';
import { createPgStores } from '../../server/db/pg';
import { TokenCipher } from '../../server/db/token-cipher';
import { gatherDealSnapshot } from '../../server/hubspot/gather-deal-snapshot';
import { OAuthClient } from '../../server/hubspot/oauth-client';
import { PipelineCache } from '../../server/hubspot/pipeline-stages';
import { createClientFactory, PortalClient } from '../../server/hubspot/portal-client';
import { PortalRateLimiter } from '../../server/hubspot/rate-limiter';
import { provisionRegainProperties } from '../../server/hubspot/regain-properties';
import { TokenManager } from '../../server/hubspot/token-manager';
import { regainDealProperties } from '../../server/hubspot/write-deal-properties';
import { taskBodyWithRef } from '../../server/hubspot/write-plan-tasks';
import { planItemsFor, previewPlan } from '../../server/services/plan-service';
import { DEFAULT_SETTINGS } from '../../src/settings';
import { BENCH_SCALE, BENCH_SPEEDUP } from './backfill-sandbox-child';
import { hubspotPort } from '../../server/hubspot/port/sdk-port';

/** Our budget (100 per 10 s, search 4 per second), sped up like the sandbox's limits. */
export const BENCH_BUDGET = { standard: { max: 100, windowMs: BENCH_SCALE.windowMs }, search: { max: 4 * BENCH_SPEEDUP, windowMs: 1000 } };

interface SandboxInfo { url: string; portal: number; accessToken: string; refreshToken: string; expiresIn: number }

async function main(): Promise<void> {
  const mode = process.argv[2] as 'batched' | 'naive';
  const info = JSON.parse(process.argv[3]!) as SandboxInfo;
  const sample = Number(process.argv[4] ?? 300);
  const dir = mkdtempSync(path.join(tmpdir(), 'regain-bench-backfill-'));
  const database = await openDatabase(process.env.BENCH_BACKFILL_DATABASE_URL ? { databaseUrl: process.env.BENCH_BACKFILL_DATABASE_URL } : { dataDir: dir });
  await migrateToLatest(database.db);
  const stores = createPgStores(database.db, new TokenCipher({ current: Buffer.alloc(32, 3).toString('base64') }));
  const portalId = String(info.portal);
  await stores.installations.save({ portalId, accessToken: info.accessToken, refreshToken: info.refreshToken, expiresAt: new Date(Date.now() + info.expiresIn * 1000), scopes: REGAIN_SCOPES.required, status: 'active', hubDomain: null, installedAt: new Date(), updatedAt: new Date() });
  const tokens = new TokenManager(stores.installations, new OAuthClient({ apiBaseUrl: info.url, clientId: 'regain-bench', clientSecret: 'regain-bench-secret-1234' }));
  const limiter = new PortalRateLimiter(BENCH_BUDGET);
  const calls: Array<{ at: number; label: string; kind: 'standard' | 'search'; status: number }> = [];
  let started = Date.now();
  const client = new PortalClient(portalId, () => tokens.accessToken(portalId), {
    limiter,
    factory: createClientFactory(info.url),
    observe: (c) => calls.push({ at: Date.now() - started, label: c.label, kind: c.label === 'deals.search' ? 'search' : 'standard', status: c.status }),
  });
  await provisionRegainProperties(hubspotPort(client));
  const pipelines = new PipelineCache();
  await pipelines.stages(hubspotPort(client));
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 250);
  calls.length = 0;
  started = Date.now();
  let result: Record<string, unknown>;
  let elapsedMs = 0;
  if (mode === 'batched') {
    await stores.backfills.create({ id: 'bench', portalId, since: null, until: null, plans: 'high', dryRun: false }, new Date());
    const outcome = await runBackfill({ stores, pipelines, now: () => new Date(), client }, 'bench', { owner: 'bench', ...(process.env.BENCH_CONCURRENCY ? { concurrency: Number(process.env.BENCH_CONCURRENCY) } : {}) });
    elapsedMs = Date.now() - started;
    const plans = await stores.plans.listPlans(portalId);
    const tasks = (await Promise.all(plans.map((p) => stores.plans.listItems(portalId, p.id)))).flat().filter((i) => i.hubspotTaskId).length;
    result = { status: outcome.status, deals: outcome.run.analysed, written: outcome.run.written, plans: outcome.run.plansCreated, tasks };
  } else {
    result = await naive(client, pipelines, sample);
    elapsedMs = Date.now() - started;
  }
  clearInterval(sampler);
  const byLabel: Record<string, number> = {};
  for (const c of calls) byLabel[c.label] = (byLabel[c.label] ?? 0) + 1;
  const tooMany = calls.filter((c) => c.status === 429);
  process.stdout.write(
    `${JSON.stringify({
      ...result,
      elapsedMs,
      calls: { standard: calls.filter((c) => c.kind === 'standard').length, search: calls.filter((c) => c.kind === 'search').length, byLabel },
      byStatus: Object.fromEntries([...new Set(calls.map((c) => c.status))].map((st) => [st, calls.filter((c) => c.status === st).length])),
      http429: tooMany.length,
      http429ByLabel: Object.fromEntries([...new Set(tooMany.map((c) => c.label))].map((l) => [l, tooMany.filter((c) => c.label === l).length])),
      http429FirstAtS: tooMany.length > 0 ? +(tooMany[0]!.at / 1000).toFixed(1) : null,
      http429AfterFirstWindow: tooMany.filter((c) => c.at > BENCH_BUDGET.standard.windowMs).length,
      peakRssMb: Math.round(Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1048576),
    })}\n`,
  );
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}

/**
 * The straightforward way a typical integration does it: find the deals the same way, then per deal
 * the card's own evidence reads, one update, and one create per task (no batching across deals).
 */
async function naive(client: PortalClient, pipelines: PipelineCache, sample: number): Promise<Record<string, unknown>> {
  const stages = await pipelines.stages(hubspotPort(client));
  const stageIds = [...new Set(stages.closedLostStages().map((s) => s.stageId))];
  const deals: string[] = [];
  for await (const page of closedLostDealPages(hubspotPort(client), stageIds, { windowStart: 0, windowEnd: null, lastDealId: null }, Date.now())) {
    deals.push(...page.deals.map((d) => d.id));
    if (deals.length >= sample) break;
  }
  let tasks = 0;
  const assoc = (id: string, typeId: number) => ({ to: { id }, types: [{ associationCategory: AssociationSpecAssociationCategoryEnum.HubspotDefined, associationTypeId: typeId }] });
  for (const dealId of deals.slice(0, sample)) {
    const g = await gatherDealSnapshot(hubspotPort(client), pipelines, dealId);
    const analysis = analyseDefection(g.snapshot, DEFAULT_SETTINGS, new Date());
    await client.call('deals.update', 'standard', (c) => c.crm.deals.basicApi.update(dealId, { properties: regainDealProperties(analysis, { analysisStatus: 'suggested' }) }));
    if (analysis.worthiness.priority !== 'high' || analysis.classification.segment === 'undetermined') continue;
    const items = planItemsFor(previewPlan(analysis, DEFAULT_SETTINGS, new Date()), { automation: { mode: 'create_plan', confidenceThreshold: 0, taskOwner: { rule: 'deal_owner' } }, dealOwnerId: g.ownerId });
    for (const item of items) {
      tasks += 1;
      await client.call('tasks.create', 'standard', (c) =>
        c.crm.objects.tasks.basicApi.create({
          properties: { hs_timestamp: item.dueDate.toISOString(), hs_task_subject: item.title, hs_task_body: taskBodyWithRef(item.body, `${item.idempotencyKey}:naive`), hs_task_status: 'NOT_STARTED', hs_task_priority: item.priority, hs_task_type: 'TODO' },
          associations: [assoc(dealId, 216), ...(g.companyId ? [assoc(g.companyId, 192)] : [])],
        }),
      );
    }
  }
  return { status: 'completed', deals: Math.min(sample, deals.length), tasks };
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`backfill bench child failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
