/**
 * `regain report --portal <id> [--json]`: the portal's win-back figures from the configured database:
 * losses by segment, the reacquisition ratio by segment and by attribution, time to reacquire, plans
 * pursued vs abandoned, month by month. `--json` prints the dashboard's ReportSummaryResponse.
 */
import { config as loadDotenv } from 'dotenv';
import { formatTable } from '../backfill/backfill-report';
import { ConfigError } from '../config';
import { openRegainWorkspace } from '../main';
import { summarisePortal } from '../services/report-summary';
import type { ReportSummaryResponse } from '../../src/api/card-api';
import { CliError, parseFlags, type CliIo } from './io';

export async function runReportCommand(argv: string[], io: CliIo & { env?: Record<string, string | undefined> }): Promise<number> {
  const f = parseFlags(argv, { portal: 'string', json: 'bool' });
  if (f.portal === undefined) throw new CliError('--portal <id> is required');
  if (!/^\d{1,20}$/.test(f.portal)) throw new CliError(`--portal must be a numeric HubSpot portal id, got "${f.portal}"`);
  loadDotenv({ quiet: true });
  const env = io.env ?? process.env;
  if (!env.DATABASE_URL && !env.DATA_DIR) throw new CliError('no database is configured: set DATABASE_URL (PostgreSQL) or DATA_DIR (the embedded database `serve` keeps there)');
  const ws = await openRegainWorkspace(env).catch((err: unknown) => {
    if (err instanceof ConfigError) throw new CliError(err.message);
    throw err;
  });
  try {
    // Known when installed (tokens sealed with another key still count) or when it has analyses.
    const installed = await ws.stores.installations.get(f.portal).then(Boolean, () => true);
    if (!installed && (await ws.stores.analyses.list(f.portal, { limit: 1 })).length === 0) {
      throw new CliError(`portal ${f.portal} is not known to this database (Regain was never installed there)`, 1);
    }
    const summary = await summarisePortal(ws.stores, f.portal, ws.now());
    io.stdout.write(f.json ? `${JSON.stringify(summary)}\n` : formatSummary(f.portal, summary));
    return 0;
  } finally {
    await ws.close();
  }
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** The summary as readable tables. */
export function formatSummary(portalId: string, s: ReportSummaryResponse): string {
  const o = s.outcomes;
  const lost = s.lostBySegment.reduce((n, r) => n + r.count, 0);
  const parts = [
    `Regain report for portal ${portalId}: ${lost} lost deals analysed, ${pct(s.internalControllableShare)} internal and controllable\n`,
    formatTable(['lost by segment', 'deals'], s.lostBySegment.map((r) => [r.segment, String(r.count)])),
    formatTable(['reacquisition by segment', 'pursued', 'reacquired', 'ratio'], s.reacquisitionRatioBySegment.map((r) => [r.segment, String(r.pursued), String(r.reacquired), pct(r.ratio)])),
    formatTable(['reacquisition by attribution', 'pursued', 'reacquired', 'ratio'], o.reacquisitionRatioByAttribution.map((r) => [`${r.source}/${r.controllability}`, String(r.pursued), String(r.reacquired), pct(r.ratio)])),
    formatTable(['win-back plans', 'count'], [['pursued', String(o.plans.pursued)], ['active', String(o.plans.active)], ['paused', String(o.plans.paused)], ['reacquired', String(o.plans.reacquired)], ['stopped (abandoned)', String(o.plans.stopped)]]),
    `days to reacquire: median ${o.daysToReacquire.median ?? '-'}, mean ${o.daysToReacquire.mean ?? '-'} (${o.daysToReacquire.count} reacquired)\n`,
    formatTable(['month', 'lost customers', 'plans started', 'won back'], o.byMonth.map((m) => [m.month, String(m.lost), String(m.pursued), String(m.reacquired)])),
  ];
  return parts.join('\n');
}
