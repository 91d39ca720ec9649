/**
 * Standalone runner of the webhook drain benchmark (test/bench/webhook-drain.ts): one JSON line, on a
 * throwaway PostgreSQL database (BENCH_DATABASE_URL or TEST_DATABASE_URL; PostgreSQL only).
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx test/bench/webhook-drain-run.ts [--backlog 20000] [--rate 200] [--seconds 20]
 */
import { withTemporaryDatabase } from '../server/db/helpers/temp-database';
import { benchWebhookDrain } from './webhook-drain';

async function main(argv: string[]): Promise<void> {
  const flag = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? Number(argv[i + 1]) : undefined;
  };
  const adminUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL server the bench may create a database on');
  const options = { backlog: flag('backlog') ?? 20_000, ratePerSecond: flag('rate') ?? 200, seconds: flag('seconds') ?? 20, eventsPerDelivery: flag('events') ?? 10 };
  const figures = await withTemporaryDatabase(adminUrl, (databaseUrl) => benchWebhookDrain({ ...options, databaseUrl }), 'regain_bench_drain');
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`webhook-drain bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
