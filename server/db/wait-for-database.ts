/**
 * Start-up against a database that is not there yet (or not at all): PostgreSQL starting in the next
 * container, a database the operator has not created, a typo in DATABASE_URL. Every command that opens
 * the database calls `waitForDatabase` first: it tries to connect, retries with a growing pause (one
 * report per try) for a bounded time, then throws a DatabaseUnavailableError whose message is one line
 * saying what to check. A login refused by PostgreSQL is not retried: waiting does not fix a password.
 */
import pg from 'pg';
import { DatabaseUnavailableError } from './database-unavailable-error';

export { DatabaseUnavailableError };

export interface DatabaseRetry {
  /** 1 for the first try. */
  attempt: number;
  /** Why it failed, in a few words (no password, no stack). */
  reason: string;
  /** The pause before the next try (ms). */
  retryInMs: number;
  /** Time left before giving up (ms). */
  remainingMs: number;
}

export interface WaitForDatabaseOptions {
  /** Give up after this long (ms); 0: one try. */
  timeoutMs: number;
  /** Called after each failed try that will be retried. */
  onRetry?: (retry: DatabaseRetry) => void;
  /** One try's connection timeout (ms, default 5 000): an address that drops packets never answers. */
  attemptTimeoutMs?: number;
  /** Tests: the pause between tries, and the clock it moves. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** Where a connection string points, for messages (never the password). */
interface Target {
  host: string;
  port: string;
  database: string;
  user: string;
}

// PostgreSQL SQLSTATEs (https://www.postgresql.org/docs/current/errcodes-appendix.html) worth waiting for:
// the database may be created by provisioning, the server may be starting or full.
const RETRIABLE_SQLSTATE = new Set(['3D000', '57P03', '53300', '08000', '08001', '08003', '08004', '08006']);
const LOGIN_REFUSED = new Set(['28P01', '28000']);

/**
 * Connects once to `connectionString` (and runs `select 1`), retrying what waiting can fix until
 * `timeoutMs` has passed. Resolves when the database answers; throws a DatabaseUnavailableError otherwise.
 */
export async function waitForDatabase(connectionString: string, options: WaitForDatabaseOptions): Promise<void> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const target = describeTarget(connectionString);
  const deadline = now() + options.timeoutMs;
  for (let attempt = 1; ; attempt++) {
    const remaining = deadline - now();
    const error = await tryConnect(connectionString, Math.max(1000, Math.min(options.attemptTimeoutMs ?? 5000, remaining)));
    if (!error) return;
    const left = deadline - now();
    const retryInMs = Math.min(500 * 2 ** (attempt - 1), 5000, Math.max(0, left));
    if (!isRetriable(error) || left <= 0 || retryInMs <= 0) {
      const waited = Math.round((options.timeoutMs - Math.max(0, left)) / 1000);
      const tries = `${attempt} ${attempt === 1 ? 'try' : 'tries'}${waited > 0 ? ` in ${waited} s` : ''}`;
      throw new DatabaseUnavailableError(`${explain(error, target)} (${tries}; DATABASE_CONNECT_TIMEOUT_SECONDS sets how long to wait)`, { cause: error });
    }
    options.onRetry?.({ attempt, reason: reasonOf(error, target), retryInMs, remainingMs: left });
    await sleep(retryInMs);
  }
}

async function tryConnect(connectionString: string, timeoutMs: number): Promise<Error | null> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: timeoutMs });
  // A connection that fails after connecting emits 'error'; without a listener Node would crash.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (err) {
    // Not `instanceof Error`: errors from Node's own modules may come from another realm (jest's vm).
    return typeof err === 'object' && err !== null && 'message' in err ? (err as Error) : new Error(String(err));
  } finally {
    await client.end().catch(() => undefined);
  }
}

function isRetriable(error: Error): boolean {
  const code = (error as { code?: string }).code;
  if (code && LOGIN_REFUSED.has(code)) return false;
  if (code && /^[0-9A-Z]{5}$/.test(code)) return RETRIABLE_SQLSTATE.has(code);
  // Network errors (ECONNREFUSED, ENOTFOUND, ETIMEDOUT, ECONNRESET, ...) and pg's own connection timeout.
  return true;
}

/** A few words for a retry line. */
function reasonOf(error: Error, t: Target): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `host "${t.host}" not found`;
  if (code === '3D000') return `database "${t.database}" does not exist on ${t.host}:${t.port}`;
  return `${networkReason(error)} at ${t.host}:${t.port}`;
}

function networkReason(error: Error): string {
  switch ((error as { code?: string }).code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ETIMEDOUT':
      return 'no answer';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'host unreachable';
    case '57P03':
      return 'PostgreSQL is starting up';
    case '53300':
      return 'no free connection slots';
    default:
      return /timeout/i.test(error.message) ? 'no answer' : oneLine(error.message);
  }
}

/** The final line: what failed and what to check. */
function explain(error: Error, t: Target): string {
  const code = (error as { code?: string }).code;
  if (code === '3D000') return `database "${t.database}" does not exist on ${t.host}:${t.port}: create it (createdb -h ${t.host} -p ${t.port} ${t.database}) or fix the database name in DATABASE_URL`;
  if (code && LOGIN_REFUSED.has(code)) return `PostgreSQL at ${t.host}:${t.port} refused the login of user "${t.user}": check the user and password in DATABASE_URL (${oneLine(error.message)})`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `cannot resolve the database host "${t.host}": check the host in DATABASE_URL`;
  return `cannot connect to PostgreSQL at ${t.host}:${t.port} (${networkReason(error)}): check DATABASE_URL's host and port, and that PostgreSQL is running and reachable from here`;
}

function describeTarget(connectionString: string): Target {
  try {
    const url = new URL(connectionString);
    const params = url.searchParams;
    return {
      host: decodeURIComponent(url.hostname) || params.get('host') || 'localhost',
      port: url.port || params.get('port') || '5432',
      database: decodeURIComponent(url.pathname.replace(/^\//, '')) || decodeURIComponent(url.username) || 'postgres',
      user: decodeURIComponent(url.username) || 'postgres',
    };
  } catch {
    return { host: 'the configured host', port: '?', database: '?', user: '?' };
  }
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 200);
