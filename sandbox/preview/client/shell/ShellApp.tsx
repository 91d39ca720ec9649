/**
 * The HubSpot-like page around the extensions: a top bar (portal, sandbox clock, "local preview" label), the
 * alerts extensions raise, and the view for the path: deals index, deal record, settings page or app home.
 */
import { useCallback, useEffect, useState } from 'react';
import { getJson, postJson } from '../preview-client';
import { AlertStack, useAlerts } from './AlertStack';
import { DealRecordPage } from './DealRecordPage';
import { DealsIndex } from './DealsIndex';
import { SurfacePage } from './SurfacePage';

interface PortalInfo { portalId: number; name: string; installed: boolean }

export function ShellApp() {
  const [portals, setPortals] = useState<PortalInfo[]>([]);
  const [now, setNow] = useState<string>('');
  const [error, setError] = useState<string | null>(null);
  const alerts = useAlerts();
  const query = new URLSearchParams(window.location.search);
  const path = window.location.pathname.replace(/\/+$/, '');
  const load = useCallback(() => {
    getJson<{ results: PortalInfo[]; now: string }>('/preview/api/portals').then((r) => { setPortals(r.results); setNow(r.now); }, (e: Error) => setError(e.message));
  }, []);
  useEffect(load, [load]);
  const portal = portals.find((p) => String(p.portalId) === query.get('portal')) ?? portals[0];
  const link = (to: string) => `${to}?portal=${portal?.portalId ?? ''}`;
  const advance = async (days: number) => {
    try {
      const r = await postJson<{ now: string }>('/preview/api/clock/advance', { days });
      setNow(r.now);
      alerts.add({ type: 'info', title: 'Sandbox clock', message: `Moved ${days} day${days === 1 ? '' : 's'} forward: now ${r.now.slice(0, 16).replace('T', ' ')} UTC.` });
    } catch (e) {
      alerts.add({ type: 'danger', title: 'Clock not moved', message: (e as Error).message });
    }
  };
  const dealMatch = /^\/preview\/deals\/(\d+)$/.exec(path);
  return (
    <div className="pv-shell">
      <header className="pv-topbar">
        <span className="pv-logo">HubSpot</span>
        <span className="pv-badge" data-testid="preview-label">Local preview, not HubSpot</span>
        <nav>
          <a href={link('/preview')}>Deals</a>
          <a href={link('/preview/home')}>Regain home</a>
          <a href={link('/preview/settings')}>Regain settings</a>
        </nav>
        <select aria-label="Portal" value={portal?.portalId ?? ''} onChange={(e) => { window.location.search = `?portal=${e.target.value}`; }}>
          {portals.map((p) => <option key={p.portalId} value={p.portalId}>{p.name} ({p.portalId})</option>)}
        </select>
        <ClockControl now={now} onAdvance={advance} />
      </header>
      <AlertStack alerts={alerts.list} onDismiss={alerts.dismiss} />
      {error ? <div className="pv-alert pv-alert-danger">{error}</div> : null}
      {!portal ? null
        : dealMatch ? <DealRecordPage portalId={portal.portalId} dealId={dealMatch[1]!} link={link} onAlert={alerts.add} onClock={load} />
        : path === '/preview/settings' ? <SurfacePage portalId={portal.portalId} surface="settings" title="Regain settings" onAlert={alerts.add} />
        : path === '/preview/home' ? <SurfacePage portalId={portal.portalId} surface="home" title="Regain: win-back dashboard" onAlert={alerts.add} />
        : <DealsIndex portalId={portal.portalId} link={link} />}
    </div>
  );
}

function ClockControl({ now, onAdvance }: { now: string; onAdvance: (days: number) => void }) {
  const [days, setDays] = useState('7');
  const n = Number(days);
  return (
    <span className="pv-clock">
      <span data-testid="sandbox-now">Sandbox time {now ? `${now.slice(0, 16).replace('T', ' ')} UTC` : '...'}</span>
      <input aria-label="Days to advance" data-testid="advance-days" value={days} onChange={(e) => setDays(e.target.value)} size={3} />
      <button type="button" className="pv-button pv-button-secondary" data-testid="advance-clock" disabled={!Number.isInteger(n) || n < 1 || n > 365} onClick={() => onAdvance(n)}>Advance days</button>
    </span>
  );
}
