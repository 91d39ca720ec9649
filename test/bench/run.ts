/**
 * `npm run bench`: prints one JSON line per figure. Figures only; tests never check timing.
 * - classify_throughput: texts classified per second on one core (target >= 20,000)
 * - classify_csv_memory: peak RSS of `regain classify --input` over a 100,000-row CSV (target < 200 MB)
 * - hubspot_calls, analysis_latency_ms, webhook_ack_latency_ms: see backend.ts
 * - backfill, backfill_straightforward: see backfill.ts (10,000 closed-lost deals; 100,000 with --large)
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { classifyDefection } from '../../src/classify/classify-defection';
import { resolveSettings } from '../../src/settings';
import { snapshotFromText } from '../../server/schemas/deal-snapshot';
import { withTemporaryDatabase } from '../server/db/helpers/temp-database';
import { benchBackend } from './backend';
import { benchBackfill } from './backfill';
import { benchWebhookLoad } from './webhook-load';
import { loadBenchTexts } from './corpus';

const print = (o: object) => process.stdout.write(`${JSON.stringify(o)}\n`);

function benchThroughput(texts: string[], total: number): void {
  const settings = resolveSettings();
  const snapshots = texts.map((t, i) => snapshotFromText(t, String(i)));
  for (let i = 0; i < 2000; i++) classifyDefection(snapshots[i % snapshots.length]!, settings); // warm-up
  const start = process.hrtime.bigint();
  let checksum = 0;
  for (let i = 0; i < total; i++) checksum += classifyDefection(snapshots[i % snapshots.length]!, settings).confidence;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const avgChars = Math.round(texts.reduce((n, t) => n + t.length, 0) / texts.length);
  print({ bench: 'classify_throughput', texts: total, avgChars, seconds: +seconds.toFixed(3), textsPerSecond: Math.round(total / seconds), target: 20000, checksum: +checksum.toFixed(2) });
}

async function benchCsvMemory(texts: string[], rows: number): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'regain-bench-'));
  const file = path.join(dir, 'deals.csv');
  const out = createWriteStream(file);
  out.write('Record ID,Deal Name,Closed Lost Reason\n');
  for (let i = 0; i < rows; i++) {
    const line = `${i + 1},Deal ${i + 1},"${texts[i % texts.length]!.replace(/"/g, '""')}"\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  const started = Date.now();
  const child = path.join(__dirname, 'classify-child.js');
  const result = JSON.parse(execFileSync(process.execPath, [child, file], { encoding: 'utf8', maxBuffer: 1 << 20 })) as { code: number; maxRssKb: number };
  const seconds = (Date.now() - started) / 1000;
  rmSync(dir, { recursive: true, force: true });
  print({ bench: 'classify_csv_memory', rows, exitCode: result.code, peakRssMb: +(result.maxRssKb / 1024).toFixed(1), seconds, rowsPerSecond: Math.round(rows / seconds), targetMb: 200 });
}

async function run(): Promise<void> {
  const large = process.argv.includes('--large');
  // `--only backfill`: just the backfill figures.
  if (process.argv.includes('--only') && process.argv.includes('backfill')) {
    await backfillFigures(large);
    return;
  }
  const texts = loadBenchTexts();
  benchThroughput(texts, large ? 500_000 : 100_000);
  await benchCsvMemory(texts, large ? 1_000_000 : 100_000);
  await benchBackend(print);
  // The same on PostgreSQL, in a throwaway database, when one is available.
  const pgUrl = process.env.BENCH_DATABASE_URL;
  if (pgUrl) await withTemporaryDatabase(pgUrl, (url) => benchBackend(print, url), 'regain_bench');
  // Webhook acknowledgement at 200 deliveries/s of 100 events for 30 s, jobs backlogged (PostgreSQL only:
  // embedded PGlite has one session and cannot take that rate; `--webhook-load-pglite` measures it anyway).
  if (pgUrl) await withTemporaryDatabase(pgUrl, async (url) => void print(await benchWebhookLoad({ databaseUrl: url })), 'regain_bench');
  if (process.argv.includes('--webhook-load-pglite')) void print(await benchWebhookLoad());
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
