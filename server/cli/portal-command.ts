/**
 * The frame of the CLI commands that read one portal from the configured database (`report`, `eval --portal`):
 * `--portal <id> [--json]`, a database that must be configured, the workspace opened and closed, and a portal
 * this database has never seen refused with exit 1.
 */
import { config as loadDotenv } from 'dotenv';
import { ConfigError } from '../config';
import { openRegainWorkspace } from '../main';
import { CliError, parseFlags, type CliIo } from './io';

type Workspace = Awaited<ReturnType<typeof openRegainWorkspace>>;

export async function runPortalCommand(
  argv: string[],
  io: CliIo & { env?: Record<string, string | undefined> },
  run: (ws: Workspace, portalId: string, json: boolean) => Promise<string>,
): Promise<number> {
  const f = parseFlags(argv, { portal: 'string', json: 'bool' });
  if (f.portal === undefined) throw new CliError('--portal <id> is required');
  if (!/^\d{1,20}$/.test(f.portal)) throw new CliError(`--portal must be a numeric HubSpot portal id, got "${f.portal}"`);
  loadDotenv({ quiet: true });
  const env = io.env ?? process.env;
  if (!env.DATABASE_URL && !env.DATA_DIR) throw new CliError('no database is configured: set DATABASE_URL (PostgreSQL) or DATA_DIR (the embedded database `serve` keeps there)');
  const ws = await openRegainWorkspace(env).catch((err: unknown) => {
    if (err instanceof ConfigError) throw new CliError(err.message);
    throw err;
  });
  try {
    // Known when installed (tokens sealed with another key still count) or when it has analyses.
    const installed = await ws.stores.installations.get(f.portal).then(Boolean, () => true);
    if (!installed && (await ws.stores.analyses.list(f.portal, { limit: 1 })).length === 0) {
      throw new CliError(`portal ${f.portal} is not known to this database (Regain was never installed there)`, 1);
    }
    io.stdout.write(await run(ws, f.portal, Boolean(f.json)));
    return 0;
  } finally {
    await ws.close();
  }
}
