/**
 * One extension surface in its frame: starts the surface's worker (the real extension bundled with
 * worker-runtime.tsx), hands it a @remote-ui receiver and HubSpot's host API (context, actions, hubspot.fetch
 * through the signing proxy), and renders what the worker sends with the DOM components. Alerts and
 * refreshObjectProperties go to the page around the frame, as HubSpot shows alerts above the card.
 */
import { createRemoteReceiver, RemoteRenderer } from '@remote-ui/react/host';
import { createEndpoint, fromWebWorker } from '@remote-ui/rpc';
import { createRoot } from 'react-dom/client';
import { createPreviewController } from './components/registry';
import { getJson } from './preview-client';
import type { HostApi, WorkerApi } from './worker-runtime';

/** Messages a frame posts to the page around it. */
export type FrameMessage =
  | { type: 'regain-preview:alert'; alert: { type?: string; title?: string; message: string } }
  | { type: 'regain-preview:refresh' }
  | { type: 'regain-preview:height'; surface: string; height: number };

const post = (message: FrameMessage) => window.parent.postMessage(message, window.location.origin);

export async function startFrame(surface: string, mount: HTMLElement): Promise<void> {
  const query = new URLSearchParams(window.location.search);
  const portalId = query.get('portalId') ?? '';
  const dealId = query.get('dealId');
  const context = await getJson<Record<string, unknown>>(`/preview/api/portals/${portalId}/context/${surface}${dealId ? `?dealId=${encodeURIComponent(dealId)}` : ''}`);
  const worker = new Worker(`/preview/assets/worker-${surface}.js`);
  const endpoint = createEndpoint<WorkerApi>(fromWebWorker(worker));
  const receiver = createRemoteReceiver();
  const host: HostApi = {
    context,
    actions: actionsFor(surface, portalId, dealId),
    fetch: async (url, options) => {
      const res = await fetch(`/preview/api/portals/${portalId}/fetch`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ url, ...options }) });
      const answer = (await res.json()) as { status: number; headers: Record<string, string>; body: string; message?: string };
      // The proxy could not reach the backend (or refused the URL): hubspot.fetch rejects, as a network error does.
      if (!res.ok) throw new Error(answer.message ?? `hubspot.fetch failed (${res.status})`);
      return answer;
    },
    log: (level, data) => (console as unknown as Record<string, (...a: unknown[]) => void>)[level]?.('[extension]', data),
  };
  await endpoint.call.render(receiver.receive, host);
  createRoot(mount).render(<RemoteRenderer receiver={receiver} controller={createPreviewController()} />);
  // The frame grows and shrinks with the extension's content (the mount's height plus the body's padding).
  new ResizeObserver(() => post({ type: 'regain-preview:height', surface, height: mount.getBoundingClientRect().height + 32 })).observe(mount);
}

function actionsFor(surface: string, portalId: string, dealId: string | null): HostApi['actions'] {
  const addAlert = (alert: unknown) => post({ type: 'regain-preview:alert', alert: alert as { message: string } });
  if (surface !== 'card' || !dealId) return { addAlert };
  const properties = async () => (await getJson<{ deal: { properties: Record<string, string> } }>(`/preview/api/portals/${portalId}/deals/${dealId}`)).deal.properties;
  return {
    addAlert,
    refreshObjectProperties: () => post({ type: 'regain-preview:refresh' }),
    reloadPage: () => window.parent.location.reload(),
    fetchCrmObjectProperties: async (names: unknown) => {
      const all = await properties();
      return names === '*' ? all : Object.fromEntries((names as string[]).map((n) => [n, all[n] ?? '']));
    },
    onCrmPropertiesUpdate: () => undefined,
    openIframeModal: () => addAlert({ type: 'warning', message: 'openIframeModal is not implemented in the local preview' }),
  };
}
