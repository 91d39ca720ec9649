/** A deal's activity timeline: notes and tasks (subject, due date, owner, status), newest first, as HubSpot lists them. */
import { day, words } from './format';

export interface TimelineEntry { kind: 'note' | 'task'; id: string; at: string | null; title: string; body: string; status: string | null; owner: string | null; overdue: boolean }

export function Timeline({ entries, now }: { entries: TimelineEntry[]; now: string }) {
  if (entries.length === 0) return <p className="pv-empty-line" data-testid="timeline-empty">No activities yet.</p>;
  return (
    <ol className="pv-timeline" data-testid="timeline" data-now={now}>
      {entries.map((e) => (
        <li key={`${e.kind}-${e.id}`} className={`pv-activity pv-activity-${e.kind}`} data-testid={`activity-${e.kind}`} data-status={e.status ?? ''} data-overdue={e.overdue ? 'true' : 'false'}>
          <div className="pv-activity-head">
            <strong>{e.kind === 'task' ? `Task: ${e.title}` : e.title}</strong>
            <span>{e.kind === 'task' ? 'Due ' : ''}{day(e.at)}</span>
          </div>
          {e.kind === 'task' ? (
            <div className="pv-activity-meta">
              <span>Assigned to {e.owner ?? 'nobody'}</span>
              <span className={`pv-status pv-status-${e.status === 'COMPLETED' ? 'success' : e.overdue ? 'danger' : 'default'}`}>{e.overdue ? 'Overdue' : words(e.status?.toLowerCase() ?? 'not started')}</span>
            </div>
          ) : null}
          {e.body ? <p className="pv-activity-body">{e.body}</p> : null}
        </li>
      ))}
    </ol>
  );
}
