/**
 * A bad DATABASE_URL, for every command that opens the database: each retries for
 * DATABASE_CONNECT_TIMEOUT_SECONDS with one line per try, then exits 2 with one line saying what to
 * check, and no stack trace. An unreachable port always; a missing database on the local PostgreSQL
 * (TEST_DATABASE_URL), and a database that comes up while we wait.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import { waitForDatabase, type DatabaseRetry } from '../../../server/db/wait-for-database';
import { describeWithPostgres, TEST_DATABASE_URL } from '../db/helpers/temp-postgres';
import { freePort, runCommand } from './serve-process';

const KEY = Buffer.alloc(32, 9).toString('base64');
const production = (databaseUrl: string) => ({
  HUBSPOT_CLIENT_ID: 'lifecycle-client',
  HUBSPOT_CLIENT_SECRET: 'lifecycle-client-secret',
  PUBLIC_BASE_URL: 'https://regain.example',
  DATABASE_URL: databaseUrl,
  ENCRYPTION_KEY: KEY,
  DATABASE_CONNECT_TIMEOUT_SECONDS: '2',
});
const COMMANDS: Array<[string, string[]]> = [
  ['serve', ['serve']],
  ['report', ['report', '--portal', '123']],
  ['backfill', ['backfill', '--portal', '123']],
  ['eval', ['eval', '--portal', '123']],
  ['verify-hubspot', ['verify-hubspot', '--portal', '123']],
];

/** The output's last line, and the retry lines before it. */
function lines(output: string) {
  const all = output.trim().split('\n');
  return { last: all.at(-1)!, retries: all.filter((l) => l.includes('database not ready')), stack: all.filter((l) => /^\s+at /.test(l)) };
}

describe('an unreachable database server', () => {
  it.each(COMMANDS)('%s retries, then exits 2 with one line saying what to check', async (name, args) => {
    const port = await freePort();
    const env = { ...production(`postgres://regain:hunter2-secret@127.0.0.1:${port}/regain`), PORT: String(await freePort()) };
    const run = await runCommand(args, env, 30_000);
    const out = lines(run.output);
    expect(run.code).toBe(2);
    expect(out.last).toBe(
      `regain ${name}: cannot connect to PostgreSQL at 127.0.0.1:${port} (connection refused): check DATABASE_URL's host and port, and that PostgreSQL is running and reachable from here (${out.retries.length + 1} tries in 2 s; DATABASE_CONNECT_TIMEOUT_SECONDS sets how long to wait)`,
    );
    expect(out.retries.length).toBeGreaterThanOrEqual(2);
    expect(out.retries[0]).toContain(`try 1: connection refused at 127.0.0.1:${port}`);
    expect(out.stack).toEqual([]);
    expect(run.output).not.toContain('hunter2-secret');
    expect(run.seconds).toBeLessThan(15); // 2 s of retries plus node and tsx start-up
  }, 40_000);
});

describeWithPostgres('a database that does not exist (TEST_DATABASE_URL)', () => {
  it.each(COMMANDS)('%s exits 2 saying which database to create', async (name, args) => {
    const url = new URL(TEST_DATABASE_URL!);
    url.pathname = `/regain_missing_${process.pid}`;
    const run = await runCommand(args, { ...production(url.toString()), PORT: String(await freePort()) }, 30_000);
    const out = lines(run.output);
    expect(run.code).toBe(2);
    expect(out.last).toMatch(new RegExp(`^regain ${name}: database "regain_missing_${process.pid}" does not exist on ${url.hostname}:${url.port || 5432}: create it \\(createdb `));
    expect(out.retries.length).toBeGreaterThanOrEqual(1);
    expect(out.stack).toEqual([]);
  }, 40_000);

  it('waitForDatabase connects once PostgreSQL starts answering during the wait', async () => {
    const target = new URL(TEST_DATABASE_URL!);
    const port = await freePort();
    const retries: DatabaseRetry[] = [];
    let proxy: Server | null = null;
    const sockets: Socket[] = [];
    // PostgreSQL "comes up" 1.2 s in: a TCP relay to the real server starts listening on the port.
    const opening = setTimeout(() => {
      proxy = createServer((client) => {
        const upstream = connect(Number(target.port || 5432), target.hostname);
        sockets.push(client, upstream);
        client.pipe(upstream).pipe(client);
        client.on('error', () => upstream.destroy());
        upstream.on('error', () => client.destroy());
      }).listen(port, '127.0.0.1');
    }, 1200);
    try {
      const via = new URL(TEST_DATABASE_URL!);
      via.hostname = '127.0.0.1';
      via.port = String(port);
      await waitForDatabase(via.toString(), { timeoutMs: 10_000, onRetry: (r) => retries.push(r) });
      expect(retries.length).toBeGreaterThanOrEqual(1);
      expect(retries[0]).toMatchObject({ attempt: 1, reason: `connection refused at 127.0.0.1:${port}` });
      expect(retries.every((r, i) => r.attempt === i + 1 && r.retryInMs > 0 && r.remainingMs <= 10_000)).toBe(true);
    } finally {
      clearTimeout(opening);
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => (proxy ? (proxy as Server).close(() => r()) : r()));
    }
  }, 20_000);
});

describe('waitForDatabase', () => {
  it('tries once with a timeout of 0, and reports no retry', async () => {
    const port = await freePort();
    const retries: DatabaseRetry[] = [];
    await expect(waitForDatabase(`postgres://x@127.0.0.1:${port}/db`, { timeoutMs: 0, onRetry: (r) => retries.push(r) })).rejects.toMatchObject({
      name: 'DatabaseUnavailableError',
      message: expect.stringContaining('(1 try; DATABASE_CONNECT_TIMEOUT_SECONDS'),
    });
    expect(retries).toEqual([]);
  });

  it('backs off 0.5 s, 1 s, 2 s, 4 s (at most 5 s) and gives up at the timeout', async () => {
    const port = await freePort();
    let clock = 0;
    const pauses: number[] = [];
    const retries: DatabaseRetry[] = [];
    const waiting = waitForDatabase(`postgres://x@127.0.0.1:${port}/db`, {
      timeoutMs: 10_000,
      now: () => clock,
      sleep: async (ms) => {
        pauses.push(ms);
        clock += ms;
      },
      onRetry: (r) => retries.push(r),
    });
    await expect(waiting).rejects.toThrow('(6 tries in 10 s; DATABASE_CONNECT_TIMEOUT_SECONDS sets how long to wait)');
    expect(pauses).toEqual([500, 1000, 2000, 4000, 2500]);
    expect(retries.map((r) => r.remainingMs)).toEqual([10_000, 9500, 8500, 6500, 2500]);
  });
});
