/** The alerts extensions raise with `actions.addAlert` (and the demo buttons' own), shown above the page as HubSpot does. */
import { useCallback, useState } from 'react';

export interface ShownAlert { id: number; type?: string; title?: string; message: string }
export type AddAlert = (alert: Omit<ShownAlert, 'id'>) => void;

let nextId = 1;

export function useAlerts() {
  const [list, setList] = useState<ShownAlert[]>([]);
  const add = useCallback<AddAlert>((alert) => setList((l) => [...l.slice(-3), { ...alert, id: nextId++ }]), []);
  const dismiss = useCallback((id: number) => setList((l) => l.filter((a) => a.id !== id)), []);
  return { list, add, dismiss };
}

export function AlertStack({ alerts, onDismiss }: { alerts: ShownAlert[]; onDismiss: (id: number) => void }) {
  if (alerts.length === 0) return null;
  return (
    <div className="pv-alerts" data-testid="host-alerts">
      {alerts.map((a) => (
        <div key={a.id} role="alert" className={`pv-alert pv-alert-${a.type === 'error' ? 'danger' : a.type ?? 'info'}`} data-testid="host-alert">
          {a.title ? <strong className="pv-alert-title">{a.title}</strong> : null}
          <span>{a.message}</span>
          <button type="button" className="pv-dismiss" aria-label="Dismiss" onClick={() => onDismiss(a.id)}>×</button>
        </div>
      ))}
    </div>
  );
}
