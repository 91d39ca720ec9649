import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from './run-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'regain-jobs-'));
const file = (name: string, content: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};
const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
const REASONS = [
  'Price, they went cheaper',
  'No decision',
  'Kunde wurde übernommen',
  'Our support never answered their tickets, so they left',
  'They wanted the integration we do not have - went with Globex',
  'ce n\'est pas le prix: le service était mauvais',
  'Other',
  'cerraron la planta',
];
/** Enough rows for several batches (the reader yields one per 256 KB), a bad row among them. */
function export_(rows: number): string {
  const lines = [['Record ID', 'Amount', 'Close Date', 'Closed Lost Reason'].map(q).join(',')];
  for (let i = 0; i < rows; i++) {
    const reason = `${REASONS[i % REASONS.length]!} (${'x'.repeat(i % 40)} row ${i})`;
    lines.push(i === 1234 ? `${i},1,2026-01-01,a,b` : [String(i), String(100 * (i % 9)), `2026-02-${String((i % 28) + 1).padStart(2, '0')}`, reason].map(q).join(','));
  }
  return `${lines.join('\n')}\n`;
}

describe('regain classify --input --jobs N', () => {
  // Worker threads classify the batches; what is printed must not depend on how many there are.
  const big = file('big.csv', export_(6000));

  it.each([['json'], ['table']])('prints the same bytes (%s) with worker threads as in one thread, in the order read', async (format) => {
    const one = await runCli(['classify', '--input', big, '--format', format, '--jobs', '1']);
    const three = await runCli(['classify', '--input', big, '--format', format, '--jobs', '3']);
    expect(one.stdout.split('\n').length).toBeGreaterThan(5999);
    expect(one.stderr).toMatch(/line 1236 \(Record ID 1234\): 5 fields where the header has 4/);
    expect(three).toEqual(one);
  }, 60_000);

  it('classifies JSON lines with workers as in one thread', async () => {
    const p = file('rows.jsonl', Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `r${i}`, text: REASONS[i % REASONS.length] })).join('\n'));
    const one = await runCli(['classify', '--input', p, '--jobs', '1']);
    const two = await runCli(['classify', '--input', p, '--jobs', '2']);
    expect(one.code).toBe(0);
    expect(two).toEqual(one);
  }, 60_000);

  it('classifies a batch too big for a worker (a 4.5 MB cell) in its place', async () => {
    const pasted = 'they compared the offers and the other vendor came in lower. '.repeat(75_000);
    const p = file('pasted.csv', `${export_(3000)}9999,1,2026-01-01,${q(pasted)}\n`);
    const one = await runCli(['classify', '--input', p, '--jobs', '1']);
    const two = await runCli(['classify', '--input', p, '--jobs', '2']);
    expect(one.stdout).toMatch(/"id":"9999","segment":"bought_away"/);
    expect(two).toEqual(one);
  }, 60_000);

  it.each([['0'], ['two'], ['1.5'], ['17']])('refuses --jobs %s', async (n) => {
    const r = await runCli(['classify', '--input', big, '--jobs', n]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--jobs must be a whole number from 1 to 16/);
  });
});
