/** `regain eval --portal ID`: agreement with the portal's reps and vocabulary suggestions, from the configured database. */
import { analyseDefection } from '../../../src/analyse-defection';
import { resolveSettings } from '../../../src/settings';
import { snapshotFromText } from '../../../server/schemas/deal-snapshot';
import { inTempDir, isolateCliEnvironment, openCliWorkspace } from './cli-workspace';
import { runCli } from './run-cli';

const setEnv = isolateCliEnvironment();

describe('regain eval --portal', () => {
  it.each([
    [['eval', '--portal', 'x1'], /--portal must be a numeric/],
    [['eval', '--portal'], /--portal needs a value/],
    [['eval', '--portal', '1', '--input', 'a.jsonl'], /unknown option --input/],
    [['eval', '--portal', '1'], /no database is configured/],
  ])('%j exits 2 with a message', async (argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('prints the agreement by confirmed segment and the vocabulary suggestions', async () => {
    await inTempDir('regain-portal-eval-', async (dir) => {
      const ws = await openCliWorkspace(dir, setEnv);
      const portal = '4242';
      const now = new Date('2026-03-01T00:00:00Z');
      const seed = async (dealId: string, text: string, confirmed?: 'moved_away' | 'agree') => {
        const a = analyseDefection(snapshotFromText(text, dealId), resolveSettings(), now);
        await ws.stores.analyses.saveSuggested(portal, dealId, a, now);
        await ws.stores.analyses.recordTexts(portal, [{ dealId, text }]);
        const segment = confirmed === 'agree' ? a.classification.segment : confirmed;
        if (segment) await ws.stores.analyses.confirm(portal, dealId, { segment, source: 'unknown', stability: 'unknown', controllability: 'unknown' }, 'rep', now);
        return a.classification.segment;
      };
      let agreedSegment = '';
      try {
        for (let i = 0; i < 10; i++) await seed(`b${i}`, 'Too expensive, went cheaper');
        agreedSegment = await seed('ok', 'Too expensive, went cheaper', 'agree');
        for (let i = 0; i < 3; i++) expect(await seed(`c${i}`, `Blorptastic migration, case ${i}`, 'moved_away')).not.toBe('moved_away');
      } finally {
        await ws.close();
      }

      const table = await runCli(['eval', '--portal', portal]);
      expect(table.stderr).toBe('');
      expect(table.code).toBe(0);
      expect(table.stdout).toMatch(/agreement with the reps of portal 4242: 25\.0 % \(1 of 4 confirmed analyses/);
      expect(table.stdout).toMatch(/moved_away\s+3\s+0\s+0\.0 %/);
      expect(table.stdout).toMatch(new RegExp(`${agreedSegment}\\s+1\\s+1\\s+100\\.0 %`));
      expect(table.stdout).toMatch(/"blorptastic"\s+moved_away\s+3\s+0 of 11/);

      const json = await runCli(['eval', `--portal=${portal}`, '--json']);
      const body = JSON.parse(json.stdout);
      expect(body.agreement).toMatchObject({ confirmed: 4, agreed: 1, rate: 0.25 });
      expect(body.suggestions.map((s: { phrase: string }) => s.phrase)).toEqual(expect.arrayContaining(['blorptastic', 'migration']));

      const unknown = await runCli(['eval', '--portal', '999']);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toMatch(/portal 999 is not known/);
    });
  }, 60_000);
});
