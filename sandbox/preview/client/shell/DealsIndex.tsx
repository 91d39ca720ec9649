/** The deals index of the sandbox portal, as HubSpot's deals table: name, company, amount, stage, close date and Regain's properties. */
import { useEffect, useState } from 'react';
import { getJson } from '../preview-client';
import { day, money, words } from './format';

interface DealRow { id: string; name: string; company: string | null; amount: string | null; stage: string; outcome: string; closeDate: string | null; segment: string | null; planStatus: string | null }
const FILTERS = [['all', 'All deals'], ['closed_lost', 'Closed lost'], ['open', 'Open'], ['closed_won', 'Closed won']] as const;

export function DealsIndex({ portalId, link }: { portalId: number; link: (to: string) => string }) {
  const [filter, setFilter] = useState<string>(new URLSearchParams(window.location.search).get('filter') ?? 'closed_lost');
  const [rows, setRows] = useState<DealRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => getJson<{ results: DealRow[] }>(`/preview/api/portals/${portalId}/deals?filter=${filter}`).then((r) => live && setRows(r.results), (e: Error) => live && setError(e.message));
    void load();
    const timer = setInterval(load, 3000);
    return () => { live = false; clearInterval(timer); };
  }, [portalId, filter]);
  return (
    <main className="pv-page">
      <h1 className="pv-page-title">Deals</h1>
      <div className="pv-filters" role="tablist">
        {FILTERS.map(([value, label]) => (
          <button key={value} type="button" role="tab" aria-selected={filter === value} data-testid={`filter-${value}`} className={`pv-filter${filter === value ? ' pv-active' : ''}`} onClick={() => { setRows(null); setFilter(value); }}>{label}</button>
        ))}
      </div>
      {error ? <div className="pv-alert pv-alert-danger">{error}</div> : null}
      {!rows ? <p className="pv-loading">Loading deals...</p> : (
        <table className="pv-table pv-table-bordered pv-deals" data-testid="deals-table">
          <thead><tr><th>Deal name</th><th>Company</th><th style={{ textAlign: 'right' }}>Amount</th><th>Deal stage</th><th>Close date</th><th>Regain segment</th><th>Regain plan</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-testid={`deal-row-${r.id}`} data-outcome={r.outcome}>
                <td><a href={link(`/preview/deals/${r.id}`)}>{r.name}</a></td>
                <td>{r.company ?? '-'}</td>
                <td style={{ textAlign: 'right' }}>{money(r.amount)}</td>
                <td>{r.stage}</td>
                <td>{day(r.closeDate)}</td>
                <td>{words(r.segment)}</td>
                <td>{words(r.planStatus)}</td>
              </tr>
            ))}
            {rows.length === 0 ? <tr><td colSpan={7}>No deals match this filter.</td></tr> : null}
          </tbody>
        </table>
      )}
    </main>
  );
}
