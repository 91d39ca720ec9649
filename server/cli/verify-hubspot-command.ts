/**
 * `regain verify-hubspot --portal <id> [--json]`: the first-day check against a real account. With the
 * production configuration (the app's credentials, the database holding the portal's install), it checks
 * every assumption the backend makes about HubSpot and prints one row per assumption: what HubSpot answered,
 * ok or different. Exit 0 when nothing differs, 1 when something does, 2 on a configuration or connection
 * problem (one line saying what to fix).
 */
import { randomBytes } from 'node:crypto';
import { config as loadDotenv } from 'dotenv';
import { ConfigError } from '../config';
import { hubspotPort } from '../hubspot/port/sdk-port';
import { openRegainWorkspace, type RegainWorkspace } from '../main';
import { observeRefresh } from '../verify/observe-refresh';
import { VerifyAborted, type VerifyContext } from '../verify/verify-context';
import { countByStatus, formatVerifyTable, verifyHubSpot } from '../verify/verify-hubspot';
import { CliError, parseFlags, type CliIo } from './io';

export async function runVerifyHubSpotCommand(argv: string[], io: CliIo & { env?: Record<string, string | undefined> }): Promise<number> {
  const f = parseFlags(argv, { portal: 'string', json: 'bool' });
  if (f.portal === undefined) throw new CliError('--portal <id> is required (the HubSpot portal id Regain is installed in)');
  if (!/^\d{1,20}$/.test(f.portal)) throw new CliError(`--portal must be a numeric HubSpot portal id, got "${f.portal}"`);
  loadDotenv({ quiet: true });
  const env = io.env ?? process.env;
  if (!env.HUBSPOT_CLIENT_ID) {
    throw new CliError('verify-hubspot checks a real HubSpot account with the production settings: set HUBSPOT_CLIENT_ID and the rest (see .env.example)');
  }
  const ws = await openRegainWorkspace(env, { onDatabaseRetry: (line) => io.stderr.write(`regain: ${line}\n`) }).catch((err: unknown) => {
    if (err instanceof ConfigError) throw new CliError(err.message);
    throw err;
  });
  try {
    const ctx = await contextFor(ws, f.portal, io);
    const rows = await verifyHubSpot(ctx).catch((err: unknown) => {
      if (err instanceof VerifyAborted) throw new CliError(err.message);
      throw err;
    });
    const counts = countByStatus(rows);
    if (f.json) io.stdout.write(`${JSON.stringify({ portalId: f.portal, counts, rows })}\n`);
    else {
      io.stdout.write(formatVerifyTable(rows));
      io.stdout.write(`\nportal ${f.portal}: ${counts.ok} ok, ${counts.different} different, ${counts.skipped} skipped\n`);
    }
    return counts.different > 0 ? 1 : 0;
  } finally {
    await ws.close();
  }
}

async function contextFor(ws: RegainWorkspace, portalId: string, io: CliIo): Promise<VerifyContext> {
  const installation = await ws.stores.installations.get(portalId).catch((err: unknown) => {
    throw new CliError(`the installation of portal ${portalId} cannot be read (${(err as Error).message}): is ENCRYPTION_KEY the key its tokens were sealed with?`);
  });
  if (!installation || installation.status !== 'active') {
    throw new CliError(`Regain is not installed in portal ${portalId}${installation ? ' (it was uninstalled)' : ''}: install it first (${ws.config.publicBaseUrl}/oauth/install)`);
  }
  return {
    portalId,
    hubspot: hubspotPort(ws.clientFor(portalId)),
    installations: ws.stores.installations,
    settings: ws.stores.settings,
    refreshToken: () =>
      observeRefresh(
        {
          apiBaseUrl: ws.config.hubspot.apiBaseUrl ?? 'https://api.hubapi.com',
          clientId: ws.config.hubspot.clientId,
          clientSecret: ws.config.hubspot.clientSecret,
          installations: ws.stores.installations,
          ...(ws.refreshLock ? { lock: ws.refreshLock } : {}),
          now: ws.now,
        },
        portalId,
      ),
    runId: `${ws.now().toISOString().slice(0, 10)}-${randomBytes(3).toString('hex')}`,
    now: ws.now,
    note: (line) => io.stderr.write(`verify-hubspot: ${line}\n`),
  };
}
