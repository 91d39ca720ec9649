/**
 * `regain verify-hubspot`: every assumption the backend makes about HubSpot, checked once against a real
 * account (read-only, except one throwaway deal and task that are deleted again):
 * 1. token refresh (fields, hub_id, rotation, scopes), which also gives the checks a fresh token;
 * 2. the schema: Regain's property group and properties, pipeline stage metadata, the fixed task owner;
 * 3. search paging (limit, sort, keyset and offset paging, the 10,000 cap);
 * 4. the test deal: a plan task with inline associations, its type ids read back, adoption, cleanup;
 * 5. the workflow callbacks endpoint; and how to learn what only real card/workflow requests show.
 */
import { checkPipelineStages, checkRegainProperties, checkTaskOwner } from './crm-checks';
import { checkCallbacksEndpoint, proxyObservationRows } from './platform-checks';
import { checkSearchPaging } from './search-checks';
import { checkTestDeal } from './test-deal-checks';
import { checkTokenRefresh } from './token-checks';
import { guarded, type VerifyContext, type VerifyRow, type VerifyStatus } from './verify-context';

const CHECKS: Array<{ area: string; what: string; run: (ctx: VerifyContext) => Promise<VerifyRow[]> }> = [
  { area: 'tokens', what: 'The token refresh could be checked', run: checkTokenRefresh },
  { area: 'properties', what: 'Regain\'s deal properties could be read', run: checkRegainProperties },
  { area: 'pipelines', what: 'Deal pipelines could be read', run: checkPipelineStages },
  { area: 'owners', what: 'The task owner could be checked', run: checkTaskOwner },
  { area: 'search', what: 'Deal search could be checked', run: checkSearchPaging },
  { area: 'associations', what: 'A test deal and task could be written and read back', run: checkTestDeal },
  { area: 'workflows', what: 'The callbacks endpoint could be called', run: checkCallbacksEndpoint },
];

/** Runs every check in order; throws VerifyAborted when HubSpot cannot be reached at all. */
export async function verifyHubSpot(ctx: VerifyContext): Promise<VerifyRow[]> {
  const rows: VerifyRow[] = [];
  for (const check of CHECKS) rows.push(...(await guarded(check.area, check.what, () => check.run(ctx))));
  return [...rows, ...proxyObservationRows()];
}

export function countByStatus(rows: readonly VerifyRow[]): Record<VerifyStatus, number> {
  const counts: Record<VerifyStatus, number> = { ok: 0, different: 0, skipped: 0 };
  for (const r of rows) counts[r.status] += 1;
  return counts;
}

const WIDTHS = { status: 9, area: 12, assumption: 52, answered: 64 };

/** The rows as a table: status, area, assumption, what HubSpot answered (long cells wrap). */
export function formatVerifyTable(rows: readonly VerifyRow[]): string {
  const header = { status: 'status', area: 'area', assumption: 'assumption', answered: 'HubSpot answered' };
  const lines: string[] = [];
  for (const r of [header, ...rows]) {
    const cells = (Object.keys(WIDTHS) as Array<keyof typeof WIDTHS>).map((k) => wrap(String(r[k]), WIDTHS[k]));
    const height = Math.max(...cells.map((c) => c.length));
    for (let i = 0; i < height; i++) {
      lines.push(cells.map((c, j) => (c[i] ?? '').padEnd(Object.values(WIDTHS)[j]!)).join('  ').trimEnd());
    }
    if (r === header) lines.push(Object.values(WIDTHS).map((w) => '-'.repeat(w)).join('  '));
  }
  return `${lines.join('\n')}\n`;
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (let w = word; w.length > 0; ) {
      const room = line ? width - line.length - 1 : width;
      if (w.length <= room) {
        line = line ? `${line} ${w}` : w;
        w = '';
      } else if (line) {
        out.push(line);
        line = '';
      } else {
        out.push(w.slice(0, width));
        w = w.slice(width);
      }
    }
  }
  if (line) out.push(line);
  return out.length ? out : [''];
}
