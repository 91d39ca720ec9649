/**
 * classify_cli: the whole process, as a user runs it. Writes a HubSpot deals export (the columns HubSpot
 * puts in one, every value quoted) to a temp folder, runs the real CLI (`bin/regain.js classify --input`)
 * as a child process with its output going to a file, and reports rows/s (wall clock from spawn to exit,
 * node start-up included) and the child's peak RSS, measured from outside: by GNU time (the kernel's
 * rusage of the child) where /usr/bin/time is there, else by a preloaded exit hook (report-peak-rss.ts).
 * Targets: >= 20,000 rows/s, < 200 MB. The machine's cores and load are printed with the figures, with the
 * child's CPU seconds: on a shared machine wall-clock rows/s says as much about the neighbours as about us.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../server/cli/io';
import { benchTextAt, type TextRepetition } from './corpus';

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

export async function benchClassifyCli(print: (o: object) => void, texts: string[], rows: number, repetition: TextRepetition): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'regain-bench-'));
  try {
    const file = path.join(dir, 'hubspot-deals-export.csv');
    const csv = createWriteStream(file);
    csv.write(['Record ID', 'Deal Name', 'Deal Stage', 'Pipeline', 'Close Date', 'Amount', 'Deal owner', 'Closed Lost Reason'].map(q).join(',') + '\n');
    for (let i = 0; i < rows; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const line = [String(1000 + i), `Deal ${i + 1}`, 'Closed lost', 'Sales Pipeline', `2026-03-${day} 10:00`, String(1000 + (i % 50) * 250), 'Jane Doe', benchTextAt(texts, i, repetition)].map(q).join(',');
      if (!csv.write(`${line}\n`)) await once(csv, 'drain');
    }
    csv.end();
    await once(csv, 'finish');
    const outFile = path.join(dir, 'out.jsonl');
    const rssFile = path.join(dir, 'rss.json');
    const timeFile = path.join(dir, 'time.txt');
    const out = openSync(outFile, 'w');
    const cli = path.join(projectRoot(), 'bin', 'regain.js');
    const node = [process.execPath, '--require', path.join(__dirname, 'report-peak-rss.js'), cli, 'classify', '--input', file];
    // GNU time reports the child's own rusage after it exits: peak RSS and CPU seconds, from outside.
    const gnuTime = process.platform === 'linux' && existsSync(GNU_TIME);
    const [command, ...args] = gnuTime ? [GNU_TIME, '-f', '%M %U %S', '-o', timeFile, ...node] : node;
    const load = loadavg()[0]!;
    const started = process.hrtime.bigint();
    const child = spawn(command!, args, { stdio: ['ignore', out, 'pipe'], env: { ...process.env, REGAIN_BENCH_RSS_FILE: rssFile } });
    let stderr = '';
    child.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    closeSync(out);
    const hook = JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRssKb: number };
    const measured = gnuTime ? parseGnuTime(readFileSync(timeFile, 'utf8')) : undefined;
    const peakRssMb = +((measured?.maxRssKb ?? hook.maxRssKb) / 1024).toFixed(1);
    const lines = readFileSync(outFile, 'utf8').split('\n').length - 1;
    const rowsPerSecond = Math.round(rows / seconds);
    print({
      bench: 'classify_cli',
      rows,
      distinctTexts: repetition === 'distinct' ? rows : Math.min(rows, texts.length),
      csvMb: +(statSync(file).size / 2 ** 20).toFixed(1),
      exitCode: code,
      outputLines: lines,
      seconds: +seconds.toFixed(3),
      rowsPerSecond,
      targetRowsPerSecond: 20000,
      meetsRowsTarget: rowsPerSecond >= 20000,
      peakRssMb,
      targetMb: 200,
      meetsRssTarget: peakRssMb < 200,
      rssMeasuredBy: gnuTime ? 'GNU time (child rusage)' : 'exit hook in the child',
      ...(measured ? { cpuSeconds: +measured.cpuSeconds.toFixed(2), rowsPerCpuSecond: Math.round(rows / measured.cpuSeconds) } : {}),
      cores: availableParallelism(),
      loadAverage1m: +load.toFixed(2),
      ...(stderr ? { stderr: stderr.slice(0, 300) } : {}),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const GNU_TIME = '/usr/bin/time';

/** `%M %U %S` as GNU time writes it (the last line: time may print a note about a signal before it). */
function parseGnuTime(text: string): { maxRssKb: number; cpuSeconds: number } | undefined {
  const last = text.trim().split('\n').pop() ?? '';
  const [rss, user, system] = last.split(' ').map(Number);
  if (!Number.isFinite(rss) || !Number.isFinite(user) || !Number.isFinite(system)) return undefined;
  return { maxRssKb: rss!, cpuSeconds: user! + system! };
}
