/**
 * The backfill's report: deals by segment, attribution shares, lost customers vs lost prospects,
 * priority counts and the estimated second-lifetime value at stake. Tallies are folded batch by batch
 * (and saved with the checkpoint, so a resumed run counts each deal once); rendered as a table or CSV.
 */
import { ALL_SEGMENTS, type DefectionAnalysis } from '../../src/types';
import type { BackfillRun, BackfillTally } from '../db/ports';

const PRIORITIES = ['high', 'medium', 'low', 'none'] as const;

/** Aligned columns: the first left-aligned, the others right-aligned. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

/** Adds one deal's effective analysis to the tally (in place). */
export function addToTally(tally: BackfillTally, analysis: DefectionAnalysis): void {
  const inc = (m: Record<string, number>, k: string, by = 1) => (m[k] = (m[k] ?? 0) + by);
  inc(tally.bySegment, analysis.classification.segment);
  inc(tally.byAttribution, `${analysis.attribution.source.value}/${analysis.attribution.controllability.value}`);
  if (analysis.classification.customerStatus === 'lost_customer') tally.lostCustomers += 1;
  else tally.lostProspects += 1;
  const priority = analysis.worthiness.priority;
  inc(tally.byPriority, priority);
  const value = Math.max(0, Math.round(analysis.worthiness.secondLifetimeValue));
  tally.secondLifetimeValue += value;
  inc(tally.secondLifetimeValueByPriority, priority, value);
}

export interface ReportRow {
  section: 'segment' | 'attribution' | 'customer_status' | 'priority' | 'totals';
  key: string;
  deals: number;
  share: number;
  secondLifetimeValue: number | null;
}

/** The report as rows (what both the table and the CSV show). */
export function reportRows(run: Pick<BackfillRun, 'tally' | 'analysed' | 'written' | 'unchanged' | 'plansCreated' | 'failed'>): ReportRow[] {
  const t = run.tally;
  const total = Object.values(t.bySegment).reduce((s, n) => s + n, 0);
  const share = (n: number) => (total === 0 ? 0 : Math.round((n / total) * 1000) / 1000);
  const rows: ReportRow[] = [];
  for (const segment of ALL_SEGMENTS) rows.push({ section: 'segment', key: segment, deals: t.bySegment[segment] ?? 0, share: share(t.bySegment[segment] ?? 0), secondLifetimeValue: null });
  for (const [key, n] of Object.entries(t.byAttribution).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) rows.push({ section: 'attribution', key, deals: n, share: share(n), secondLifetimeValue: null });
  rows.push({ section: 'customer_status', key: 'lost_customer', deals: t.lostCustomers, share: share(t.lostCustomers), secondLifetimeValue: null });
  rows.push({ section: 'customer_status', key: 'lost_prospect', deals: t.lostProspects, share: share(t.lostProspects), secondLifetimeValue: null });
  for (const p of PRIORITIES) rows.push({ section: 'priority', key: p, deals: t.byPriority[p] ?? 0, share: share(t.byPriority[p] ?? 0), secondLifetimeValue: t.secondLifetimeValueByPriority[p] ?? 0 });
  rows.push({ section: 'totals', key: 'analysed', deals: total, share: 1, secondLifetimeValue: t.secondLifetimeValue });
  rows.push({ section: 'totals', key: 'written_to_hubspot', deals: run.written, share: share(run.written), secondLifetimeValue: null });
  rows.push({ section: 'totals', key: 'already_up_to_date', deals: run.unchanged, share: share(run.unchanged), secondLifetimeValue: null });
  rows.push({ section: 'totals', key: 'plans_created', deals: run.plansCreated, share: share(run.plansCreated), secondLifetimeValue: null });
  if (run.failed > 0) rows.push({ section: 'totals', key: 'failed', deals: run.failed, share: share(run.failed), secondLifetimeValue: null });
  return rows;
}

const money = (n: number | null) => (n === null ? '' : Math.round(n).toLocaleString('en-US'));
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** The report as a readable table, one block per section. */
export function formatReportTable(run: Parameters<typeof reportRows>[0]): string {
  const rows = reportRows(run);
  const blocks: string[] = [];
  const titles: Record<ReportRow['section'], string> = { segment: 'segment', attribution: 'attribution (source/controllability)', customer_status: 'lost customer vs prospect', priority: 'win-back priority', totals: 'totals' };
  for (const section of Object.keys(titles) as ReportRow['section'][]) {
    const mine = rows.filter((r) => r.section === section && (section !== 'segment' || r.deals > 0 || r.key !== 'undetermined'));
    const withValue = section === 'priority' || section === 'totals';
    blocks.push(
      formatTable(
        [titles[section], 'deals', 'share', ...(withValue ? ['2nd-lifetime value'] : [])],
        mine.map((r) => [r.key, String(r.deals), section === 'totals' && r.key !== 'analysed' ? '' : pct(r.share), ...(withValue ? [money(r.secondLifetimeValue)] : [])]),
      ),
    );
  }
  return `${blocks.join('\n')}`;
}

const csvCell = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The report as CSV: section,key,deals,share,second_lifetime_value. */
export function formatReportCsv(run: Parameters<typeof reportRows>[0]): string {
  const lines = ['section,key,deals,share,second_lifetime_value'];
  for (const r of reportRows(run)) lines.push([r.section, r.key, r.deals, r.share, r.secondLifetimeValue].map(csvCell).join(','));
  return `${lines.join('\n')}\n`;
}
