/**
 * `regain backfill --portal <id> [--since DATE] [--until DATE] [--dry-run] [--plans none|high|all] [--csv FILE]`:
 * analyses every closed-lost deal of an installed portal into HubSpot, resumably (run it again after a
 * kill or Ctrl+C and it continues from its checkpoint), then prints the report. Against the configured
 * database and HubSpot app; in sandbox mode `--sandbox N` runs it on a fresh local portal of N deals.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { config as loadDotenv } from 'dotenv';
import pino from 'pino';
import { parseWindow } from '../backfill/backfill-dates';
import { createProgressReporter } from '../backfill/backfill-progress';
import { formatReportCsv, formatReportTable } from '../backfill/backfill-report';
import { runBackfill, type BackfillContext } from '../backfill/run-backfill';
import { ConfigError } from '../config';
import type { BackfillPlansOption, BackfillRun } from '../db/ports';
import { hubspotPort } from '../hubspot/port/sdk-port';
import { provisionRegainProperties } from '../hubspot/regain-properties';
import { openRegainWorkspace, startRegain, type RegainWorkspace } from '../main';
import { CliError, parseFlags, type CliIo } from './io';

/** `--sandbox`: the local HubSpot's rate window scaled down 10x (110 per second), like `demo`. */
const SANDBOX_WINDOW = { windowMs: 1000, max: 110 };

export interface BackfillOptions {
  portalId: string | null;
  since: Date | null;
  until: Date | null;
  plans: BackfillPlansOption;
  dryRun: boolean;
  csv: string | null;
  sandboxDeals: number | null;
  restart: boolean;
}

/** Validates the flags; every problem is a CliError (exit 2) naming the flag. */
export function parseBackfillFlags(argv: string[]): BackfillOptions {
  const f = parseFlags(argv, { portal: 'string', since: 'string', until: 'string', 'dry-run': 'bool', plans: 'string', csv: 'string', sandbox: 'string', restart: 'bool' });
  const sandboxDeals = f.sandbox === undefined ? null : Number(f.sandbox);
  if (sandboxDeals !== null && (!Number.isInteger(sandboxDeals) || sandboxDeals < 1 || sandboxDeals > 100_000)) throw new CliError('--sandbox must be a number of closed-lost deals from 1 to 100000');
  if (f.portal === undefined && sandboxDeals === null) throw new CliError('--portal <id> is required (the HubSpot portal id Regain is installed in)');
  if (f.portal !== undefined && !/^\d{1,20}$/.test(f.portal)) throw new CliError(`--portal must be a numeric HubSpot portal id, got "${f.portal}"`);
  const window = parseWindow(f.since, f.until);
  if (!window.ok) throw new CliError(window.problems.map((p) => `--${p.field}: ${p.message}`).join('; '));
  const plans = f.plans ?? 'none';
  if (plans !== 'none' && plans !== 'high' && plans !== 'all') throw new CliError(`--plans must be none, high or all, got "${plans}"`);
  if (f.csv !== undefined && (f.csv === '' || f.csv.endsWith('/'))) throw new CliError('--csv needs a file name');
  return { portalId: f.portal ?? null, since: window.since, until: window.until, plans, dryRun: f['dry-run'], csv: f.csv ? path.resolve(f.csv) : null, sandboxDeals, restart: f.restart };
}

export async function runBackfillCommand(argv: string[], io: CliIo & { signal?: AbortSignal; env?: Record<string, string | undefined> }): Promise<number> {
  const options = parseBackfillFlags(argv);
  loadDotenv({ quiet: true });
  const env = io.env ?? process.env;
  const opened = await openTarget(env, options, io);
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  io.signal?.addEventListener('abort', onSignal);
  try {
    return await backfillPortal(opened.workspace, opened.portalId, options, io, stop.signal);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await opened.workspace.close();
  }
}

/** The configured backend, or with `--sandbox` a fresh local portal with Regain installed. */
async function openTarget(env: Record<string, string | undefined>, options: BackfillOptions, io: CliIo): Promise<{ workspace: RegainWorkspace; portalId: string }> {
  const production = Boolean(env.HUBSPOT_CLIENT_ID);
  if (options.sandboxDeals === null) {
    if (!production) {
      throw new CliError('no HubSpot app is configured (sandbox mode): set HUBSPOT_CLIENT_ID and the production settings (see .env.example), or pass --sandbox N to backfill a fresh local sandbox portal with N closed-lost deals');
    }
    const workspace = await openRegainWorkspace(env).catch((err: unknown) => {
      if (err instanceof ConfigError) throw new CliError(err.message);
      throw err;
    });
    const installation = await workspace.stores.installations.get(options.portalId!);
    if (!installation || installation.status !== 'active') {
      await workspace.close();
      throw new CliError(`Regain is not installed in portal ${options.portalId}${installation ? ' (it was uninstalled)' : ''}: install it first (${workspace.config.publicBaseUrl}/oauth/install)`, 1);
    }
    return { workspace, portalId: options.portalId! };
  }
  if (production) throw new CliError('--sandbox runs against the local HubSpot sandbox: unset HUBSPOT_CLIENT_ID (sandbox mode) to use it');
  const regain = await startRegain(
    { PORT: '0', LOG_LEVEL: 'silent', ...(env.ENCRYPTION_KEY ? { ENCRYPTION_KEY: env.ENCRYPTION_KEY } : {}), ...(env.DATA_DIR ? { DATA_DIR: env.DATA_DIR } : {}) },
    {
      logger: pino({ level: 'silent' }),
      sandbox: { seed: { closedLostDeals: options.sandboxDeals, openDeals: 0, seed: 2026 }, rateLimit: { ...SANDBOX_WINDOW, searchPerSecond: 5 } },
      rateLimit: { max: 100, windowMs: SANDBOX_WINDOW.windowMs },
    },
  );
  const portal = regain.sandbox!.portals()[0]!;
  await regain.installSandboxPortal(portal.portalId);
  io.stderr.write(`sandbox: portal ${portal.portalId} seeded with ${options.sandboxDeals} closed-lost deals; rate window scaled to ${SANDBOX_WINDOW.max} requests per ${SANDBOX_WINDOW.windowMs} ms (HubSpot: 110 per 10 s)\n`);
  const workspace: RegainWorkspace = {
    config: regain.config,
    stores: regain.stores,
    pipelines: regain.deps.hubspot.pipelines,
    clientFor: regain.deps.hubspot.clientFor,
    now: regain.deps.now,
    close: async () => {
      await regain.close();
    },
  };
  return { workspace, portalId: String(portal.portalId) };
}

async function backfillPortal(ws: RegainWorkspace, portalId: string, options: BackfillOptions, io: CliIo, signal: AbortSignal): Promise<number> {
  const client = ws.clientFor(portalId);
  if (!options.dryRun) await provisionRegainProperties(hubspotPort(client));
  const run = await findOrCreateRun(ws, portalId, options, io);
  const ctx: BackfillContext = {
    stores: ws.stores,
    pipelines: ws.pipelines,
    now: ws.now,
    client,
  };
  const tty = Boolean((io.stderr as { isTTY?: boolean }).isTTY);
  const progress = createProgressReporter(io.stderr, { tty });
  let outcome;
  try {
    outcome = await runBackfill(ctx, run.id, { owner: `cli:${hostname()}`, signal, onProgress: (e) => progress.update(e) });
  } catch (err) {
    progress.done();
    throw new CliError(`backfill failed: ${(err as Error).message}. Run the same command again to resume from the checkpoint.`, 1);
  }
  progress.done();
  if (outcome.status === 'busy') throw new CliError(`backfill run ${run.id} is being worked on by another worker (the settings page's job?); wait for it, or try again in a few minutes`, 1);
  if (outcome.status === 'stopped') {
    io.stderr.write(`stopped at ${outcome.run.analysed} of ${outcome.run.found} deals; run the same command again to resume.\n`);
    return 130;
  }
  printReport(outcome.run, options, io);
  return 0;
}

/** Resumes the portal's unfinished run when it has the same options; a different one needs --restart. */
async function findOrCreateRun(ws: RegainWorkspace, portalId: string, options: BackfillOptions, io: CliIo): Promise<BackfillRun> {
  const now = ws.now();
  // An unfinished run (killed), or the latest one if it failed: both resume from their checkpoint.
  const latest = await ws.stores.backfills.latest(portalId);
  const unfinished = (await ws.stores.backfills.unfinished(portalId)) ?? (latest?.status === 'failed' ? latest : undefined);
  if (unfinished) {
    const same = sameTime(unfinished.since, options.since) && sameTime(unfinished.until, options.until) && unfinished.plans === options.plans && unfinished.dryRun === options.dryRun;
    if (same) {
      io.stderr.write(`resuming backfill ${unfinished.id} (${unfinished.analysed} of ${unfinished.found} deals done)\n`);
      return unfinished;
    }
    if (!options.restart) throw new CliError(`an unfinished backfill (${unfinished.id}, started ${unfinished.startedAt.toISOString()}) has other options: run it with the same options to resume it, or pass --restart to abandon it`);
    if (unfinished.status !== 'failed') await ws.stores.backfills.finish(portalId, unfinished.id, 'cancelled', 'replaced by a new run (--restart)', now);
  }
  const created = await ws.stores.backfills.create({ id: randomUUID(), portalId, since: options.since, until: options.until, plans: options.plans, dryRun: options.dryRun }, now);
  if (!created.ok) throw new CliError(`another backfill was just started for portal ${portalId} (${created.current.id})`, 1);
  return created.run;
}

const sameTime = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

function printReport(run: BackfillRun, options: BackfillOptions, io: CliIo): void {
  const seconds = ((run.finishedAt ?? run.updatedAt).getTime() - run.startedAt.getTime()) / 1000;
  const window = `${run.since?.toISOString().slice(0, 10) ?? 'the beginning'} to ${run.until?.toISOString().slice(0, 10) ?? 'now'}`;
  io.stdout.write(`Backfill ${run.id}${run.dryRun ? ' (dry run: nothing written)' : ''}: closed-lost deals closed from ${window}, ${run.analysed} analysed in ${seconds.toFixed(1)} s\n\n`);
  io.stdout.write(`${formatReportTable(run)}`);
  if (options.csv) {
    writeFileSync(options.csv, formatReportCsv(run));
    io.stdout.write(`\nCSV written to ${options.csv}\n`);
  }
}
