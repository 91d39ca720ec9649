/**
 * `regain classify --input FILE --threads N`: the rows classified in worker threads come out exactly as on the
 * main thread, in the file's order, with the bad rows reported the same way and the table's summary counting
 * every row. Big enough to be read in several chunks, so batches really are in flight side by side.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from './run-cli';

const REASONS = [
  'Too expensive, they went with the cheaper vendor',
  'Our onboarding failed them twice',
  'Company acquired, new parent uses its own supplier',
  'They built it in-house',
  'We ended the contract after repeated late payments',
  'timing',
];

const dir = mkdtempSync(path.join(tmpdir(), 'regain-threads-'));
const csv = path.join(dir, 'deals.csv');
const lines = ['"Record ID","Amount","Closed Lost Reason"'];
for (let i = 0; i < 6000; i++) lines.push(i === 2500 ? `${i},100,one,field,too many` : `${i},${1000 + i},"${REASONS[i % REASONS.length]} (${i})"`);
writeFileSync(csv, `${lines.join('\n')}\n`);

describe('regain classify --threads', () => {
  it('prints the same lines in the same order as on the main thread, bad rows included', async () => {
    const one = await runCli(['classify', '--input', csv, '--threads', '1']);
    const two = await runCli(['classify', '--input', csv, '--threads', '2']);
    expect(one.code).toBe(1); // the row with an unquoted comma
    expect(two).toEqual(one);
    const ids = two.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toHaveLength(5999);
    expect(ids.slice(2499, 2501)).toEqual(['2499', '2501']);
    expect(new Set(two.stdout.split('\n').map((l) => l && (JSON.parse(l) as { segment: string }).segment)).size).toBeGreaterThan(3);
  }, 60_000);

  it('the table format: one header, every row, the summary over all of them', async () => {
    const one = await runCli(['classify', '--input', csv, '--format', 'table']);
    const two = await runCli(['classify', '--input', csv, '--format', 'table', '--threads', '2']);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout.split('\n').filter((l) => l.startsWith('id '))).toHaveLength(1);
    expect(two.stdout).toContain('summary: 5999 classified');
  }, 60_000);

  it('refuses a thread count that is not a small whole number', async () => {
    for (const bad of ['0', '2.5', 'many', '99']) {
      const r = await runCli(['classify', '--input', csv, '--threads', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--threads must be a whole number from 1 to 8/);
    }
  });
});
