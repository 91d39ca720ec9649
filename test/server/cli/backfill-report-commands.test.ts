/**
 * `regain backfill` and `regain report` through the CLI entry point: bad input gives a message and a
 * non-zero exit, `backfill --sandbox N` runs end to end and writes the CSV, and `report` reads the
 * outcome figures from the configured (embedded) database.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { anAnalysis, anInstallation, aPlan } from '../db/helpers/store-fixtures';
import { inTempDir, isolateCliEnvironment, openCliWorkspace } from './cli-workspace';
import { runCli } from './run-cli';

const setEnv = isolateCliEnvironment();

describe('regain backfill and report: bad input', () => {
  it.each([
    [['backfill'], /--portal <id> is required/],
    [['backfill', '--portal', 'abc'], /--portal must be a numeric/],
    [['backfill', '--portal', '1', '--since', '2024-13-01'], /--since: "2024-13-01" is not a date/],
    [['backfill', '--portal', '1', '--since', '2024-05-01', '--until', '2024-04-01'], /--until: must not be before since/],
    [['backfill', '--portal', '1', '--plans', 'some'], /--plans must be none, high or all/],
    [['backfill', '--portal', '1', '--bogus'], /unknown option --bogus/],
    [['backfill', '--sandbox', '0'], /--sandbox must be a number/],
    [['backfill', '--portal', '1'], /sandbox mode.*--sandbox N/],
    [['report'], /--portal <id> is required/],
    [['report', '--portal', 'x1'], /--portal must be a numeric/],
    [['report', '--portal', '1'], /no database is configured/],
  ])('%j exits 2 with a message', async (argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});

describe('regain backfill --sandbox', () => {
  it('backfills a fresh sandbox portal and prints the report, with CSV', async () => {
    await inTempDir('regain-backfill-cli-', async (dir) => {
      const csv = path.join(dir, 'report.csv');
      const r = await runCli(['backfill', '--sandbox', '150', '--plans', 'high', '--csv', csv]);
      expect(r.stderr).toMatch(/seeded with 150 closed-lost deals/);
      expect(r.stderr).toMatch(/backfill: found 150, analysed 150 \(100%\), written 150/);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/150 analysed/);
      expect(r.stdout).toMatch(/win-back priority/);
      const lines = readFileSync(csv, 'utf8').trim().split('\n');
      expect(lines[0]).toBe('section,key,deals,share,second_lifetime_value');
      expect(lines).toContain('totals,written_to_hubspot,150,1,');
      const segments = lines.filter((l) => l.startsWith('segment,')).map((l) => Number(l.split(',')[2]));
      expect(segments.reduce((s, n) => s + n, 0)).toBe(150);
    });
  }, 60_000);
});

describe('regain report', () => {
  it('prints the portal\'s outcome figures from the configured database, as a table or JSON', async () => {
    await inTempDir('regain-report-cli-', async (dir) => {
      const ws = await openCliWorkspace(dir, setEnv);
      const portal = '777001';
      await ws.stores.installations.save(anInstallation(portal));
      const now = new Date('2026-03-02T09:00:00Z');
      for (const id of ['5001', '5002']) await ws.stores.analyses.saveSuggested(portal, id, anAnalysis(id), now);
      const { plan: won } = await ws.stores.plans.createPlan({ ...aPlan(portal, '5001'), kind: 'win_back' });
      await ws.stores.plans.createPlan({ ...aPlan(portal, '5002'), kind: 'win_back' });
      await ws.stores.plans.setPlanStatus(portal, won.id, 'reacquired', new Date('2026-04-01T00:00:00Z'));
      await ws.stores.outcomes.markReacquired(portal, '5001', { reacquiredAt: new Date('2026-04-01T00:00:00Z'), wonDealId: '6001', detectedBy: 'webhook', lostAt: new Date('2026-02-01T00:00:00Z') }, now);
      await ws.close();

      const json = await runCli(['report', '--portal', portal, '--json']);
      expect(json.code).toBe(0);
      const summary = JSON.parse(json.stdout.trim().split('\n').pop()!);
      expect(summary.outcomes.plans).toMatchObject({ pursued: 2, reacquired: 1, active: 1 });
      expect(summary.outcomes.daysToReacquire).toEqual({ median: 59, mean: 59, count: 1 });
      expect(summary.lostBySegment.reduce((s: number, r: { count: number }) => s + r.count, 0)).toBe(2);

      const table = await runCli(['report', '--portal', portal]);
      expect(table.code).toBe(0);
      expect(table.stdout).toMatch(/reacquisition by attribution/);
      expect(table.stdout).toMatch(/days to reacquire: median 59/);

      const unknown = await runCli(['report', '--portal', '999']);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toMatch(/not known to this database/);
    });
  }, 60_000);
});
