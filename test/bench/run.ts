/**
 * `npm run bench`: prints one JSON line per figure. Figures only; tests never check timing.
 * - classify_throughput: texts classified per second on one core (target >= 40,000), twice: over distinct texts
 *   (the engine reading each one) and over the corpus repeated (recurring texts read once, read-once.ts)
 * - classify_long_note: one deal with a 1 MB loss reason and a 1 MB note, read up to the cap (target < 1 s)
 * - classify_cli: `regain classify --input` over a 100,000-row HubSpot CSV export as a child process, node
 *   start-up included: rows/s (target >= 20,000) and peak RSS (target < 200 MB); see classify-cli.ts; the
 *   same two ways (`distinctTexts` says which)
 * - hubspot_calls, analysis_latency_ms, webhook_ack_latency_ms: see backend.ts
 * - webhook_drain: deliveries (10 events each) one instance works off per second, see webhook-drain.ts
 *   (PostgreSQL only: BENCH_DATABASE_URL or TEST_DATABASE_URL)
 * - backfill, backfill_straightforward: see backfill.ts (10,000 closed-lost deals; 100,000 with --large)
 * - card_path (`--only card` alone): the deal card's HubSpot calls and analysis p95, see card-path.ts
 */
import { classifyDefection } from '../../src/classify/classify-defection';
import { resolveSettings } from '../../src/settings';
import { snapshotFromText } from '../../server/schemas/deal-snapshot';
import { withTemporaryDatabase } from '../server/db/helpers/temp-database';
import { benchBackend } from './backend';
import { benchClassifyCli } from './classify-cli';
import { benchBackfill } from './backfill';
import { benchCardPath } from './card-path';
import { benchWebhookDrain } from './webhook-drain';
import { benchWebhookLoad } from './webhook-load';
import { benchTextAt, loadBenchTexts, type TextRepetition } from './corpus';

const print = (o: object) => process.stdout.write(`${JSON.stringify(o)}\n`);

function benchThroughput(texts: string[], total: number, repetition: TextRepetition): void {
  const settings = resolveSettings();
  const distinct = repetition === 'distinct' ? total : texts.length;
  const snapshots = Array.from({ length: distinct }, (_, i) => snapshotFromText(benchTextAt(texts, i, repetition), String(i)));
  for (let i = 0; i < 2000; i++) classifyDefection(snapshotFromText(`${texts[i % texts.length]!} warm-up`, 'w'), settings);
  const start = process.hrtime.bigint();
  let checksum = 0;
  for (let i = 0; i < total; i++) checksum += classifyDefection(snapshots[i % distinct]!, settings).confidence;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const avgChars = Math.round(texts.reduce((n, t) => n + t.length, 0) / texts.length);
  print({ bench: 'classify_throughput', texts: total, distinctTexts: distinct, avgChars, seconds: +seconds.toFixed(3), textsPerSecond: Math.round(total / seconds), target: 40000, checksum: +checksum.toFixed(2) });
}

/** The in-process engine and the whole CLI, over distinct texts (the engine's own cost) and repeated ones. */
async function classifyFigures(texts: string[], large: boolean): Promise<void> {
  for (const repetition of ['distinct', 'repeated'] as const) benchThroughput(texts, large ? 500_000 : 100_000, repetition);
  benchLongNote();
  for (const repetition of ['distinct', 'repeated'] as const) await benchClassifyCli(print, texts, large ? 1_000_000 : 100_000, repetition);
}

/** A pasted e-mail thread of 1 MB as a deal note (and as the loss reason): read up to the cap, well under a second. */
function benchLongNote(): void {
  const settings = resolveSettings();
  const unit = 'On Tue, the buyer wrote: thanks for the call - we compared the offers and the other vendor came in lower, our quality was fine. ';
  const text = unit.repeat(Math.ceil(1_048_576 / unit.length)).slice(0, 1_048_576);
  const snapshot = snapshotFromText(text, 'long');
  snapshot.notes = [{ id: 'n1', body: text, on: 'deal' }];
  const rssBefore = process.memoryUsage().rss;
  const start = process.hrtime.bigint();
  const result = classifyDefection(snapshot, settings);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const read = result.notRead.reduce((n, t) => n + t.readChars, 0);
  print({ bench: 'classify_long_note', chars: text.length * 2, readChars: read, ms: +ms.toFixed(1), targetMs: 1000, rssGrowthMb: +((process.memoryUsage().rss - rssBefore) / 1048576).toFixed(1), segment: result.segment });
}

async function run(): Promise<void> {
  const large = process.argv.includes('--large');
  // `--only backfill`: just the backfill figures.
  if (process.argv.includes('--only') && process.argv.includes('backfill')) {
    await backfillFigures(large);
    return;
  }
  // `--only card`: the deal card's HubSpot calls and analysis latency (PostgreSQL with BENCH_DATABASE_URL).
  if (process.argv.includes('--only') && process.argv.includes('card')) {
    const pgUrl = process.env.BENCH_DATABASE_URL;
    if (pgUrl) await withTemporaryDatabase(pgUrl, (url) => benchCardPath(print, url), 'regain_bench');
    else await benchCardPath(print);
    return;
  }
  const texts = loadBenchTexts();
  // `--only classify`: just the classify figures (in-process engine and the whole CLI process).
  if (process.argv.includes('--only') && process.argv.includes('classify')) {
    await classifyFigures(texts, large);
    return;
  }
  await classifyFigures(texts, large);
  await benchBackend(print);
  // The same on PostgreSQL, in a throwaway database, when one is available.
  const pgUrl = process.env.BENCH_DATABASE_URL;
  if (pgUrl) await withTemporaryDatabase(pgUrl, (url) => benchBackend(print, url), 'regain_bench');
  // Webhook acknowledgement at 200 deliveries/s of 100 events for 30 s, jobs backlogged (PostgreSQL only:
  // embedded PGlite has one session and cannot take that rate; `--webhook-load-pglite` measures it anyway).
  if (pgUrl) await withTemporaryDatabase(pgUrl, async (url) => void print(await benchWebhookLoad({ databaseUrl: url })), 'regain_bench');
  if (process.argv.includes('--webhook-load-pglite')) void print(await benchWebhookLoad());
  // How fast one instance drains a webhook backlog (PostgreSQL only; target >= 500 deliveries/s of 10 events).
  const drainUrl = pgUrl || process.env.TEST_DATABASE_URL;
  if (drainUrl) print(await withTemporaryDatabase(drainUrl, (databaseUrl) => benchWebhookDrain({ databaseUrl }), 'regain_bench'));
  else print({ bench: 'webhook_drain', skipped: 'PostgreSQL only: set BENCH_DATABASE_URL or TEST_DATABASE_URL' });
  await backfillFigures(large);
}

/** The backfill's store: a throwaway PostgreSQL database when BENCH_DATABASE_URL is set, else PGlite. */
async function backfillFigures(large: boolean): Promise<void> {
  const pgUrl = process.env.BENCH_DATABASE_URL;
  if (pgUrl) await withTemporaryDatabase(pgUrl, (databaseUrl) => benchBackfill(print, { large, databaseUrl }), 'regain_bench');
  else await benchBackfill(print, { large });
}

run().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
