/**
 * The backend's HTTP server through start and stop. It listens first and answers every request at once:
 * while the app starts (sandbox, database, migrations, job queue), with 503 and `Retry-After`, so a probe
 * or an early webhook never hangs; once ready, with the app. On stop it accepts no new connection, lets
 * the requests in flight finish until a deadline, answers requests that still arrive on kept-alive
 * connections with `Connection: close` (so a busy client cannot hold the process open), closes idle
 * connections, and at the deadline every connection that is left.
 */
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type LifecyclePhase = 'starting' | 'ready' | 'stopping';

export interface LifecycleServer {
  readonly server: Server;
  phase(): LifecyclePhase;
  /** Listens on `port` (0: any free port) and `host` (null: every interface); resolves with the port. */
  listen(port: number, host: string | null): Promise<number>;
  /** From now on requests go to `app`. */
  ready(app: RequestListener): void;
  /** Requests received and not yet answered. */
  inFlight(): number;
  /**
   * Stops accepting and drains: resolves once the server is closed, at the latest at `deadlineAt` (epoch
   * ms), when the connections still open are closed. `drained` is false if requests were cut off.
   */
  stop(deadlineAt: number): Promise<{ drained: boolean }>;
}

/** Seconds a client should wait before trying again while the backend starts or stops. */
const RETRY_AFTER_SECONDS = 2;
const HEALTH_PATHS = new Set(['/healthz', '/readyz']);

/** A server in the `starting` phase (503 to everything) until `ready(app)`. */
export function createLifecycleServer(options: { keepAliveTimeoutMs: number }): LifecycleServer {
  // Keep-alive longer than a load balancer's idle timeout (and HubSpot's connection reuse) avoids resets.
  const server = createServer({ keepAliveTimeout: options.keepAliveTimeoutMs });
  let phase: LifecyclePhase = 'starting';
  let app: RequestListener | null = null;
  const inFlight = new Set<ServerResponse>();
  let onIdle: (() => void) | null = null;

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    inFlight.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      if (phase !== 'stopping') return;
      // The connection of a response that had started before the stop is idle now: close it.
      setImmediate(() => server.closeIdleConnections());
      if (inFlight.size === 0) onIdle?.();
    });
    if (phase === 'stopping') res.setHeader('Connection', 'close');
    const path = (req.url ?? '/').split('?')[0]!;
    if (!app || phase === 'starting') return unavailable(res, 'starting', path);
    // A load balancer reading /readyz takes the instance out while it drains.
    if (phase === 'stopping' && path === '/readyz') return unavailable(res, 'stopping', path);
    app(req, res);
  });

  return {
    server,
    phase: () => phase,
    listen(port, host) {
      return new Promise<number>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host ?? undefined, () => {
          server.off('error', reject);
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    ready(listener) {
      app = listener;
      if (phase === 'starting') phase = 'ready';
    },
    inFlight: () => inFlight.size,
    async stop(deadlineAt) {
      phase = 'stopping';
      for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
      // 1. No new connections; Node also closes the idle kept-alive ones here.
      const closed = server.listening ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve();
      server.closeIdleConnections();
      // 2. Requests in flight finish, until the deadline.
      const drained = await new Promise<boolean>((resolve) => {
        if (inFlight.size === 0) return resolve(true);
        const timer = setTimeout(() => resolve(false), Math.max(0, deadlineAt - Date.now()));
        onIdle = () => {
          clearTimeout(timer);
          resolve(true);
        };
      });
      onIdle = null;
      // 3. Whatever is left (idle sockets, requests past the deadline, half-sent requests) is closed.
      server.closeIdleConnections();
      server.closeAllConnections();
      await closed;
      return { drained };
    },
  };
}

function unavailable(res: ServerResponse, status: 'starting' | 'stopping', path: string): void {
  const message = status === 'starting' ? 'Regain is starting; try again shortly.' : 'Regain is shutting down; try again shortly.';
  const body = HEALTH_PATHS.has(path) ? { ok: false, status } : { error: { code: status, message } };
  res.statusCode = 503;
  res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}
