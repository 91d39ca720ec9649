/**
 * Plays HubSpot's extension worker for one surface. @hubspot/ui-extensions 0.17 reads these globals when the
 * worker flag is set (dist/internal/global-utils.js): `extend_V2` (behind `hubspot.extend`), `hsFetch` (behind
 * `hubspot.fetch`), `serverless`, `logger` and `hsWorkerAPI` (behind useExtensionContext/Actions/Api). The
 * extension renders into a @remote-ui/core root whose channel the host (frame-host.tsx) hands over by RPC.
 * This module must run before the extension's entrypoint is imported (preview-bundle.ts orders them).
 */
import { createRemoteRoot, type RemoteChannel } from '@remote-ui/core';
import { render } from '@remote-ui/react';
import { createEndpoint, retain, type MessageEndpoint } from '@remote-ui/rpc';
import { createContext, useContext, type ReactNode } from 'react';

/** What the host gives the worker: the context and HubSpot's host actions, plus the proxy behind hubspot.fetch. */
export interface HostApi {
  context: Record<string, unknown>;
  actions: Record<string, (...args: unknown[]) => unknown>;
  fetch(url: string, options: Record<string, unknown>): Promise<{ status: number; headers: Record<string, string>; body: string }>;
  log(level: string, data: unknown): void;
}

/** What the worker exposes to the host. */
export interface WorkerApi {
  render(channel: RemoteChannel, host: HostApi): void;
}

type RenderFn = (api: { context: unknown; actions: unknown; runServerlessFunction: unknown }) => ReactNode;

const scope = self as unknown as Record<string, unknown>;
const ApiContext = createContext<{ context: unknown; actions: unknown; runServerlessFunction: unknown } | null>(null);
let extension: RenderFn | null = null;
let host: HostApi | null = null;

const useApi = () => {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useExtensionApi called outside the extension');
  return api;
};
const requireHost = () => {
  if (!host) throw new Error('the preview host has not connected yet');
  return host;
};

scope.__HUBSPOT_EXTENSION_WORKER__ = true;
scope.extend_V2 = (fn: RenderFn) => {
  extension = fn;
};
scope.hsFetch = async (url: string | URL, options: Record<string, unknown> = {}) => {
  const { body, headers, ...rest } = options;
  // A Headers object cannot cross postMessage: send its entries (the proxy allows Authorization only).
  const plainHeaders = headers instanceof Headers ? headerEntries(headers) : headers;
  const answer = await requireHost().fetch(String(url), { ...rest, ...(body === undefined ? {} : { body }), ...(plainHeaders === undefined ? {} : { headers: plainHeaders }) });
  return new Response(answer.status === 204 ? null : answer.body, { status: answer.status, headers: answer.headers });
};
function headerEntries(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => (out[name] = value));
  return out;
}
scope.serverless = () => Promise.reject(new Error('serverless functions are for private apps; the preview (and Regain) has none'));
const log = (level: string) => (data: unknown) => host?.log(level, data);
scope.logger = { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
scope.hsWorkerAPI = {
  useExtensionContext: () => useApi().context,
  useExtensionActions: () => useApi().actions,
  useExtensionApi: () => useApi(),
};

const endpoint = createEndpoint<unknown>(self as unknown as MessageEndpoint);
endpoint.expose({
  render(channel: RemoteChannel, hostApi: HostApi) {
    retain(channel);
    retain(hostApi);
    host = hostApi;
    if (!extension) throw new Error('the extension did not call hubspot.extend');
    const root = createRemoteRoot(channel);
    const api = { context: hostApi.context, actions: hostApi.actions, runServerlessFunction: scope.serverless };
    // The first commit is sent in one piece once rendered (root.mount), as remote-ui hosts expect.
    render(<ApiContext.Provider value={api}>{extension(api)}</ApiContext.Provider>, root, () => void root.mount());
  },
} satisfies WorkerApi);
