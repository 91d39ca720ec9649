import { config as loadDotenv } from 'dotenv';
import { ConfigError } from '../config';
import { startRegain } from '../main';
import { CliError, parseFlags, type CliIo } from './io';

/**
 * `regain serve`: the backend. With no HubSpot credentials (sandbox mode) it also runs the local
 * HubSpot sandbox with a demo portal, installs Regain into it, and prints where everything is.
 */
export async function runServeCommand(argv: string[], io: CliIo & { signal?: AbortSignal }): Promise<number> {
  const flags = parseFlags(argv, { port: 'string' });
  loadDotenv({ quiet: true });
  const env = { ...process.env, ...(flags.port ? { PORT: flags.port } : {}) };
  let running;
  try {
    running = await startRegain(env);
  } catch (err) {
    if (err instanceof ConfigError) throw new CliError(err.message);
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new CliError(`port ${env.PORT ?? 3000} is in use: set PORT or pass --port`);
    throw err;
  }
  const { config, sandbox } = running;
  const lines = [`Regain backend on ${running.url} (${config.mode} mode; public URL ${config.publicBaseUrl})`];
  if (sandbox) {
    const portals = sandbox.portals();
    for (const p of portals) await running.installSandboxPortal(p.portalId);
    lines.push(
      `Local HubSpot sandbox on ${sandbox.url} (embedded database${config.dataDir ? ` in ${config.dataDir}` : ', in memory'})`,
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
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    io.signal?.addEventListener('abort', stop);
  });
  await running.close();
  return 0;
}
