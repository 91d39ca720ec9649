/**
 * `regain report --portal <id> [--json]`: the portal's win-back figures from the configured database:
 * losses by segment, the reacquisition ratio by segment and by attribution, time to reacquire, plans
 * pursued vs abandoned, month by month. `--json` prints the dashboard's ReportSummaryResponse.
 */
import { formatTable } from '../backfill/backfill-report';
import { summarisePortal } from '../services/report-summary';
import type { ReportSummaryResponse } from '../../src/api/card-api';
import type { CliIo } from './io';
import { runPortalCommand } from './portal-command';

export function runReportCommand(argv: string[], io: CliIo & { env?: Record<string, string | undefined> }): Promise<number> {
  return runPortalCommand(argv, io, async (ws, portalId, json) => {
    const summary = await summarisePortal(ws.stores, portalId, ws.now());
    return json ? `${JSON.stringify(summary)}\n` : formatSummary(portalId, summary);
  });
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
