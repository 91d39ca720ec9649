/**
 * `regain classify` loads only what it needs: not Express, pg, pino, pg-boss, Kysely or the HubSpot client,
 * and for a CSV not zod either (they cost start-up time on every run). Checked in a fresh node process, as a user runs it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const HEAVY = /node_modules[\\/](express|pg|pino|pg-boss|kysely|zod|@hubspot[\\/]api-client)[\\/]/;

function modulesLoadedBy(argv: string[]): { code: number; heavy: string[] } {
  const main = path.join(__dirname, '../../../server/cli/main.ts');
  const script = `
    const { Writable } = require('node:stream');
    const { main } = require(${JSON.stringify(main)});
    const sink = new Writable({ write: (_c, _e, done) => done() });
    main(${JSON.stringify(argv)}, { stdout: sink, stderr: sink }).then((code) => {
      const heavy = Object.keys(require.cache).filter((k) => ${HEAVY}.test(k)).map((k) => k.replace(/.*node_modules[\\\\/]/, ''));
      process.stdout.write(JSON.stringify({ code, heavy: [...new Set(heavy.map((k) => k.split(/[\\\\/]/).slice(0, k.startsWith('@') ? 2 : 1).join('/')))] }));
    });`;
  return JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8', cwd: path.join(__dirname, '../../..') })) as { code: number; heavy: string[] };
}

describe('the CLI loads a command only when it runs', () => {
  it('classify of a CSV export loads none of the server modules, nor zod', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'regain-lazy-'));
    const csv = path.join(dir, 'deals.csv');
    writeFileSync(csv, 'Record ID,Closed Lost Reason\n1,Too expensive\n');
    expect(modulesLoadedBy(['classify', '--input', csv])).toEqual({ code: 0, heavy: [] });
    // One loss reason: zod validates nothing there either way, the server modules are still not loaded.
    expect(modulesLoadedBy(['classify', '--text', 'too expensive']).heavy.filter((m) => m !== 'zod')).toEqual([]);
  }, 30_000);

  it('a server command still gets them (the check can see them)', () => {
    const r = modulesLoadedBy(['report', '--portal', '1', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.heavy.length).toBeGreaterThan(0);
  }, 30_000);
});
