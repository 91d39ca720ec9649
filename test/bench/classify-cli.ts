/**
 * classify_cli: the whole process, as a user runs it. Writes a HubSpot deals export (the columns HubSpot
 * puts in one, every value quoted) to a temp folder, runs the real CLI (`bin/regain.js classify --input`)
 * as a child process with its output going to a file, and reports rows/s (node start-up included) and
 * the child's peak RSS. Targets: >= 20,000 rows/s, < 200 MB.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, openSync, closeSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../server/cli/io';

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

export async function benchClassifyCli(print: (o: object) => void, texts: string[], rows: number): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'regain-bench-'));
  try {
    const file = path.join(dir, 'hubspot-deals-export.csv');
    const csv = createWriteStream(file);
    csv.write(['Record ID', 'Deal Name', 'Deal Stage', 'Pipeline', 'Close Date', 'Amount', 'Deal owner', 'Closed Lost Reason'].map(q).join(',') + '\n');
    for (let i = 0; i < rows; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const line = [String(1000 + i), `Deal ${i + 1}`, 'Closed lost', 'Sales Pipeline', `2026-03-${day} 10:00`, String(1000 + (i % 50) * 250), 'Jane Doe', texts[i % texts.length]!].map(q).join(',');
      if (!csv.write(`${line}\n`)) await once(csv, 'drain');
    }
    csv.end();
    await once(csv, 'finish');
    const outFile = path.join(dir, 'out.jsonl');
    const rssFile = path.join(dir, 'rss.json');
    const out = openSync(outFile, 'w');
    const cli = path.join(projectRoot(), 'bin', 'regain.js');
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--require', path.join(__dirname, 'report-peak-rss.js'), cli, 'classify', '--input', file], {
      stdio: ['ignore', out, 'pipe'],
      env: { ...process.env, REGAIN_BENCH_RSS_FILE: rssFile },
    });
    let stderr = '';
    child.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    closeSync(out);
    const rss = JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRssKb: number };
    const lines = readFileSync(outFile, 'utf8').split('\n').length - 1;
    print({
      bench: 'classify_cli',
      rows,
      csvMb: +(statSync(file).size / 2 ** 20).toFixed(1),
      exitCode: code,
      outputLines: lines,
      seconds: +seconds.toFixed(3),
      rowsPerSecond: Math.round(rows / seconds),
      targetRowsPerSecond: 20000,
      peakRssMb: +(rss.maxRssKb / 1024).toFixed(1),
      targetMb: 200,
      ...(stderr ? { stderr: stderr.slice(0, 300) } : {}),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
