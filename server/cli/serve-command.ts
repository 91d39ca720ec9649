import { config as loadDotenv } from 'dotenv';
import { ConfigError } from '../config';
import { startRegain } from '../main';
import { describeDatabase } from './describe-database';
import { CliError, parseFlags, type CliIo } from './io';

/**
 * `regain serve`: the backend. With no HubSpot credentials (sandbox mode) it also runs the local
 * HubSpot sandbox with a demo portal, installs Regain into it, and prints where everything is.
 * SIGTERM or SIGINT stops it gracefully within SHUTDOWN_TIMEOUT_SECONDS (exit 0); a second signal, or a
 * stop that overruns the deadline by more than STOP_MARGIN_MS, ends it at once (exit 1).
 */
export async function runServeCommand(argv: string[], io: CliIo & { signal?: AbortSignal }): Promise<number> {
  const flags = parseFlags(argv, { port: 'string' });
  loadDotenv({ quiet: true });
  const env = { ...process.env, ...(flags.port ? { PORT: flags.port } : {}) };
  // A stop is heard from the start on. During start nothing is served yet (requests get 503 `starting`):
  // the process ends at once. After it, the graceful stop below.
  const stopRequest = waitForStop(io);
  let running;
  try {
    const startup = startRegain(env);
    const first = await Promise.race([startup, stopRequest.promise.then((name) => ({ stopDuringStart: name }))]);
    if ('stopDuringStart' in first) {
      io.stdout.write(`${first.stopDuringStart} during start: stopping\n`);
      const closing = startup.then((r) => r.close(), () => undefined);
      if (io.signal) await closing;
      else setTimeout(() => process.exit(0), EXIT_GRACE_MS).unref();
      return 0;
    }
    running = first;
  } catch (err) {
    stopRequest.dispose();
    if (err instanceof ConfigError) throw new CliError(err.message);
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new CliError(`port ${env.PORT ?? 3000} is in use: set PORT or pass --port`);
    throw err;
  }
  const { config, sandbox } = running;
  // Sandbox mode: the local HubSpot preview first, the thing to open (sandbox/preview/README.md).
  const lines = sandbox ? [`Open the local HubSpot preview: ${running.url}/preview   (deals, the Regain card, settings and dashboard)`] : [];
  lines.push(`Regain backend on ${running.url} (${config.mode} mode; public URL ${config.publicBaseUrl})`, `Database: ${describeDatabase(config)}`);
  if (sandbox) {
    const portals = sandbox.portals();
    for (const p of portals) await running.installSandboxPortal(p.portalId);
    lines.push(
      `Local HubSpot sandbox on ${sandbox.url}`,
      ...portals.map((p) => `  portal ${p.portalId} "${p.name}": Regain installed, ${p.counts.deals} deals`),
      'Try it:',
      `  the whole loop:       npx regain demo --deals 20     (deals lost -> signed webhooks -> plans, checked in HubSpot)`,
      `  health and metrics:   ${running.url}/healthz  ${running.url}/metrics`,
      `  sandbox admin API:    ${sandbox.url}/_sandbox/portals`,
    );
  } else {
    lines.push(`Install link: ${config.publicBaseUrl}/oauth/install`);
  }
  io.stdout.write(`${lines.join('\n')}\nPress Ctrl+C to stop.\n`);
  const signal = await stopRequest.promise;
  const started = Date.now();
  io.stdout.write(`${signal}: stopping (requests in flight and running jobs get ${config.shutdownTimeoutMs / 1000} s)\n`);
  let forced: (reason: string) => void = () => undefined;
  const overrun = new Promise<string>((resolve) => (forced = resolve));
  const again = () => forced('a second signal');
  process.once('SIGINT', again);
  process.once('SIGTERM', again);
  const timer = setTimeout(() => forced(`the stop overran its ${config.shutdownTimeoutMs / 1000} s deadline`), config.shutdownTimeoutMs + STOP_MARGIN_MS);
  let code: number;
  try {
    const outcome = await Promise.race([running.close(), overrun]);
    if (typeof outcome === 'string') {
      io.stderr.write(`regain serve: stopped at once after ${outcome}\n`);
      code = 1;
    } else {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      io.stdout.write(outcome.drained ? `Stopped in ${seconds} s.\n` : `Stopped in ${seconds} s; requests still in flight at the deadline were cut off.\n`);
      code = 0;
    }
  } finally {
    clearTimeout(timer);
    process.off('SIGINT', again);
    process.off('SIGTERM', again);
  }
  // The server, the queue and the database are closed. A job run cut off at the deadline may still hold an
  // outbound HubSpot call or a pg-boss timer (its outcome is dropped): they must not keep the process alive.
  if (!io.signal) setTimeout(() => process.exit(code), EXIT_GRACE_MS).unref();
  return code;
}

/** The first SIGINT, SIGTERM or abort of `io.signal`; `dispose` stops listening. */
function waitForStop(io: { signal?: AbortSignal }): { promise: Promise<string>; dispose(): void } {
  let dispose = () => undefined as void;
  const promise = new Promise<string>((resolve) => {
    const onInt = () => stop('SIGINT');
    const onTerm = () => stop('SIGTERM');
    const onAbort = () => stop('abort');
    const stop = (name: string) => {
      dispose();
      resolve(name);
    };
    dispose = () => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      io.signal?.removeEventListener('abort', onAbort);
    };
    process.once('SIGINT', onInt);
    process.once('SIGTERM', onTerm);
    io.signal?.addEventListener('abort', onAbort);
    if (io.signal?.aborted) stop('abort');
  });
  return { promise, dispose: () => dispose() };
}

/** How long the process may take to end by itself once `serve` has stopped (flushing output). */
const EXIT_GRACE_MS = 300;

/** How long after the shutdown deadline `serve` stops waiting for the sandbox and the database to close. */
const STOP_MARGIN_MS = 5_000;
