/**
 * Standalone runner of the webhook load benchmark (test/bench/webhook-load.ts): one JSON line per
 * database. PostgreSQL in a throwaway database when BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set,
 * then PGlite unless --pg-only.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx test/bench/webhook-load-run.ts [--seconds 30] [--rate 200] [--pg-only]
 *   npm run build && BENCH_DATABASE_URL=... node dist/test/bench/webhook-load-run.js
 */
import { withTemporaryDatabase } from '../server/db/helpers/temp-database';
import { benchWebhookLoad } from './webhook-load';

async function main(argv: string[]): Promise<void> {
  const flag = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? Number(argv[i + 1]) : undefined;
  };
  const options = { seconds: flag('seconds') ?? 30, ratePerSecond: flag('rate') ?? 200, eventsPerDelivery: flag('events') ?? 100 };
  const print = (o: object) => process.stdout.write(`${JSON.stringify(o)}\n`);
  const adminUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (adminUrl) await withTemporaryDatabase(adminUrl, async (url) => print(await benchWebhookLoad({ ...options, databaseUrl: url })), 'regain_bench_load');
  if (!argv.includes('--pg-only')) print(await benchWebhookLoad(options));
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`webhook-load bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
