/**
 * One Regain backend as a child process, for the multi-instance, crash and fault suites. It is the
 * real composition root (`startRegain`) in production mode, configured from the environment exactly as
 * `regain serve` is (HUBSPOT_CLIENT_ID/SECRET, PUBLIC_BASE_URL, DATABASE_URL, ENCRYPTION_KEY,
 * HUBSPOT_API_BASE_URL, HUBSPOT_APP_ID), plus the StartOptions `serve` does not expose and a crash
 * test needs:
 *
 * - REGAIN_TEST_RATE_MAX / REGAIN_TEST_RATE_WINDOW_MS: the per-portal HubSpot budget (default 100 per 10 s).
 * - REGAIN_TEST_POLL_SECONDS, REGAIN_TEST_CONCURRENCY: worker polling and jobs per fetch.
 * - REGAIN_TEST_JOB_EXPIRE_SECONDS: expireInSeconds of every HubSpot job (product: per job type, 60 s for
 *   the short ones, server/jobs/job-timing.ts). A job that was running in a SIGKILLed process is "active"
 *   until it expires; only then does pg-boss retry it elsewhere. The crash suite shortens this so five
 *   kills fit in a test run; the recovery suite leaves the product's timings.
 * - REGAIN_TEST_MAINTENANCE_SECONDS: how often pg-boss expires jobs (product default 15 s).
 *
 * Prints one JSON line `{"ready":true,"url":...}` on stdout once it listens; SIGTERM closes it.
 * Run with `node --import tsx test/reliability/support/regain-instance.ts`.
 */
import pino from 'pino';
import { HUBSPOT_JOB_DEFAULTS } from '../../../server/jobs/send-defaults';
import { PgBossJobQueue } from '../../../server/jobs/pg-boss-queue';
import { startRegain, type StartOptions } from '../../../server/main';

function numberEnv(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number`);
  return n;
}

async function main(): Promise<void> {
  const expire = numberEnv('REGAIN_TEST_JOB_EXPIRE_SECONDS');
  if (expire !== undefined) HUBSPOT_JOB_DEFAULTS.expireInSeconds = expire;
  const maintenance = numberEnv('REGAIN_TEST_MAINTENANCE_SECONDS');
  if (maintenance !== undefined) {
    const start = PgBossJobQueue.start.bind(PgBossJobQueue);
    PgBossJobQueue.start = (connection, options = {}) => start(connection, { ...options, maintenanceIntervalSeconds: maintenance });
  }
  const rateMax = numberEnv('REGAIN_TEST_RATE_MAX');
  const options: StartOptions = {
    logger: pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2)),
    ...(rateMax ? { rateLimit: { max: rateMax, windowMs: numberEnv('REGAIN_TEST_RATE_WINDOW_MS') ?? 10_000 } } : {}),
    ...(numberEnv('REGAIN_TEST_POLL_SECONDS') ? { pollingIntervalSeconds: numberEnv('REGAIN_TEST_POLL_SECONDS') } : {}),
    ...(numberEnv('REGAIN_TEST_CONCURRENCY') ? { workerConcurrency: numberEnv('REGAIN_TEST_CONCURRENCY') } : {}),
  };
  const running = await startRegain(process.env, options);
  process.stdout.write(`${JSON.stringify({ ready: true, url: running.url, pid: process.pid })}\n`);
  const stop = () => {
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((err) => {
  process.stderr.write(`regain-instance: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
