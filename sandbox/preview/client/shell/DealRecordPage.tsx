/**
 * A deal's record page: its properties on the left; in the middle the Activities tab (the timeline of notes and
 * tasks, polled so the plan job's tasks appear as they are written) and the app's tab with the Regain card
 * (where HubSpot puts a `crm.record.tab` card); the demo buttons above.
 */
import { useCallback, useEffect, useState } from 'react';
import { getJson, postJson } from '../preview-client';
import type { AddAlert } from './AlertStack';
import { ExtensionFrame } from './ExtensionFrame';
import { day, money, words } from './format';
import { Timeline, type TimelineEntry } from './Timeline';

interface DealRecord {
  deal: { id: string; name: string; company: string | null; amount: string | null; stage: string; outcome: string; closeDate: string | null; owner: string | null; properties: Record<string, string | null> };
  timeline: TimelineEntry[];
  now: string;
}
const SHOWN = ['dealname', 'amount', 'dealstage', 'closedate', 'closed_lost_reason', 'hubspot_owner_id', 'regain_segment', 'regain_confidence', 'regain_source', 'regain_controllability', 'regain_priority', 'regain_plan_status', 'regain_analysis_status', 'regain_customer_status'];

export function DealRecordPage(p: { portalId: number; dealId: string; link: (to: string) => string; onAlert: AddAlert; onClock: () => void }) {
  const [record, setRecord] = useState<DealRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tab, setTab] = useState<'card' | 'activities'>('card');
  const [reason, setReason] = useState('');
  // A demo action reloads the card, as a rep reloads the record after changing its stage.
  const [cardKey, setCardKey] = useState(0);
  const base = `/preview/api/portals/${p.portalId}/deals/${p.dealId}`;
  const load = useCallback(() => getJson<DealRecord>(base).then((r) => { setRecord(r); setError(null); }, (e: Error) => setError(e.message)), [base]);
  useEffect(() => {
    void load();
    const timer = setInterval(load, 2000);
    return () => clearInterval(timer);
  }, [load]);
  const act = async (path: string, body: unknown, done: string) => {
    try {
      await postJson(`${base}/${path}`, body);
      p.onAlert({ type: 'success', message: done });
      await load();
      setCardKey((k) => k + 1);
    } catch (e) {
      p.onAlert({ type: 'danger', title: 'Not done', message: (e as Error).message });
    }
  };
  if (error && !record) return <main className="pv-page"><div className="pv-alert pv-alert-danger">{error}</div></main>;
  if (!record) return <main className="pv-page"><p className="pv-loading">Loading the deal...</p></main>;
  const { deal } = record;
  const tasks = record.timeline.filter((t) => t.kind === 'task').length;
  return (
    <main className="pv-record">
      <aside className="pv-record-left" data-testid="deal-properties">
        <a href={p.link('/preview')} className="pv-back">&lt; Deals</a>
        <h1 className="pv-page-title" data-testid="deal-name">{deal.name}</h1>
        <p>{deal.company ?? 'No company'} · {money(deal.amount)}</p>
        <p>Stage: <strong data-testid="deal-stage" data-outcome={deal.outcome}>{deal.stage}</strong> · Close date {day(deal.closeDate)}</p>
        <div className="pv-demo-actions">
          <strong>Demo actions</strong>
          {deal.outcome === 'open' ? (
            <>
              <input aria-label="Closed lost reason" data-testid="lost-reason" placeholder="Closed lost reason" value={reason} onChange={(e) => setReason(e.target.value)} />
              <button type="button" className="pv-button pv-button-destructive" data-testid="mark-lost" onClick={() => act('lose', reason ? { closedLostReason: reason } : {}, 'Deal moved to closed lost: HubSpot sent the signed dealstage webhook.')}>Mark closed lost</button>
            </>
          ) : (
            <button type="button" className="pv-button pv-button-secondary" data-testid="reopen" onClick={() => act('reopen', {}, 'Deal reopened.')}>Reopen deal</button>
          )}
          {deal.company ? <button type="button" className="pv-button pv-button-secondary" data-testid="won-back" onClick={() => act('won-back', {}, `A new closed-won deal for ${deal.company}.`)}>Mark company won back</button> : null}
        </div>
        <h2 className="pv-section">About this deal</h2>
        <dl className="pv-props">
          {SHOWN.map((name) => <div key={name} data-testid={`prop-${name}`}><dt>{name}</dt><dd>{shownValue(deal, name)}</dd></div>)}
        </dl>
      </aside>
      <section className="pv-record-middle">
        <div className="pv-tabs" role="tablist">
          <button type="button" role="tab" aria-selected={tab === 'activities'} data-testid="tab-activities" className={tab === 'activities' ? 'pv-active' : ''} onClick={() => setTab('activities')}>Activities ({tasks} tasks)</button>
          <button type="button" role="tab" aria-selected={tab === 'card'} data-testid="tab-regain" className={tab === 'card' ? 'pv-active' : ''} onClick={() => setTab('card')}>Regain: win back this customer</button>
        </div>
        {/* The card stays mounted while another tab shows, so switching tabs keeps its state. */}
        <div hidden={tab !== 'card'}><ExtensionFrame key={cardKey} surface="card" portalId={p.portalId} dealId={p.dealId} onAlert={p.onAlert} onRefresh={load} title="Regain card" /></div>
        <div hidden={tab !== 'activities'}><Timeline entries={record.timeline} now={record.now} /></div>
      </section>
    </main>
  );
}

/** A property as HubSpot's sidebar shows it: stage and owner by name, dates as days. */
function shownValue(deal: DealRecord['deal'], name: string): string {
  if (name === 'dealstage') return deal.stage;
  if (name === 'hubspot_owner_id') return deal.owner ?? '-';
  if (name === 'closedate') return day(deal.properties[name]);
  if (name === 'amount') return money(deal.properties[name]);
  return words(deal.properties[name] ?? null);
}
