import { startSandbox, type Sandbox, type SandboxOptions } from './index';
import type { SeedSpec } from './seed/types';

/** Where the CLI writes; `signal` (optional) stops it like SIGINT would. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  signal?: AbortSignal;
}

interface CliArgs {
  port: number;
  seed: SeedSpec;
  app: NonNullable<SandboxOptions['app']>;
}

const USAGE = `Usage: regain sandbox [options]

Starts a local HubSpot emulator (OAuth, CRM v3, associations v4, properties,
pipelines, owners, automation callbacks, webhooks) on 127.0.0.1.

Options:
  --port N             port to listen on (default 4010; 0 picks a free port)
  --seed demo|N        "demo" (default) or N closed-lost deals (1..100000)
  --client-id ID       fix the app's OAuth client id (default: generated)
  --client-secret S    fix the app's client secret (default: generated)
  --redirect-uri URL   allowed OAuth redirect URI (repeatable; default: any)
  --webhook-url URL    where webhook batches are POSTed
  --action-url URL     where workflow-action calls are POSTed
  --help               show this help
`;

/**
 * Runs the standalone sandbox: prints where it listens, the portals, the generated app
 * credentials and an access token for the demo portal, then serves until SIGINT/SIGTERM.
 * Returns the exit code (0 after a clean stop, 2 for bad arguments, 1 if it cannot start).
 */
export async function runSandboxCli(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed === 'help') {
    io.stdout.write(USAGE);
    return 0;
  }
  if (typeof parsed === 'string') {
    io.stderr.write(`regain sandbox: ${parsed}\n\n${USAGE}`);
    return 2;
  }
  let sandbox: Sandbox;
  try {
    sandbox = await startSandbox({ port: parsed.port, seed: parsed.seed, app: parsed.app });
  } catch (err) {
    io.stderr.write(`regain sandbox: cannot start on port ${parsed.port}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  io.stdout.write(describe(sandbox));
  await waitForStop(io.signal);
  await sandbox.close();
  io.stdout.write('HubSpot sandbox stopped.\n');
  return 0;
}

function parseArgs(argv: string[]): CliArgs | 'help' | string {
  const args: CliArgs = { port: 4010, seed: 'demo', app: {} };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    if (flag === '--help' || flag === '-h') return 'help';
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) return `${flag} needs a value`;
    i++;
    const problem = applyFlag(args, flag, value);
    if (problem) return problem;
  }
  return args;
}

const APP_FLAGS: Readonly<Record<string, (app: CliArgs['app'], value: string) => void>> = {
  '--client-id': (app, value) => { app.clientId = value; },
  '--client-secret': (app, value) => { app.clientSecret = value; },
  '--redirect-uri': (app, value) => { app.redirectUris = [...(app.redirectUris ?? []), value]; },
  '--webhook-url': (app, value) => { app.webhookTargetUrl = value; },
  '--action-url': (app, value) => { app.workflowActionUrl = value; },
};

/** Applies one flag; returns a problem description or undefined. */
function applyFlag(args: CliArgs, flag: string, value: string): string | undefined {
  if (flag === '--port') {
    const port = Number(value);
    if (!Number.isInteger(port) || port < 0 || port > 65535) return `--port must be an integer 0..65535, got "${value}"`;
    args.port = port;
  } else if (flag === '--seed') {
    const n = Number(value);
    if (value !== 'demo' && (!Number.isInteger(n) || n < 1 || n > 100_000)) return `--seed must be "demo" or a number of closed-lost deals 1..100000, got "${value}"`;
    args.seed = value === 'demo' ? 'demo' : { closedLostDeals: n };
  } else {
    const setter = APP_FLAGS[flag];
    if (!setter) return `unknown option ${flag}`;
    setter(args.app, value);
  }
  return undefined;
}

function describe(sandbox: Sandbox): string {
  const portals = sandbox.portals();
  const first = portals[0];
  const token = first ? sandbox.installApp(first.portalId) : undefined;
  const lines = [
    `HubSpot sandbox listening on ${sandbox.url}`,
    `  SDK: new Client({ accessToken, basePath: '${sandbox.url}' })`,
    '',
    'App',
    `  appId:        ${sandbox.app.appId}`,
    `  clientId:     ${sandbox.app.clientId}`,
    `  clientSecret: ${sandbox.app.clientSecret}`,
    `  scopes:       ${sandbox.app.scopes.join(' ')}`,
    `  authorize:    ${sandbox.url}/oauth/authorize?client_id=${sandbox.app.clientId}&redirect_uri=<your callback>&scope=${encodeURIComponent(sandbox.app.scopes.join(' '))}`,
    '',
    'Portals',
    ...portals.map((p) => `  ${p.portalId}  ${p.name}  (deals ${p.counts.deals}, companies ${p.counts.companies}, notes ${p.counts.notes}, tickets ${p.counts.tickets})`),
  ];
  if (first && token) lines.push('', `Access token for portal ${first.portalId} (expires in ${token.expiresIn} s; refresh token ${token.refreshToken}):`, `  ${token.accessToken}`);
  lines.push('', `Admin API: ${sandbox.url}/_sandbox  (portals, seed, install, faults, stats, webhooks, truth)`, 'Press Ctrl+C to stop.', '');
  return lines.join('\n');
}

function waitForStop(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      signal?.removeEventListener('abort', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    if (signal?.aborted) return stop();
    signal?.addEventListener('abort', stop);
  });
}
