import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from './run-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'regain-eval-'));
const file = (name: string, lines: unknown[] | string) => {
  const p = path.join(dir, name);
  writeFileSync(p, typeof lines === 'string' ? lines : `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
  return p;
};

// The flat shape of a labelled set: null means "the text does not tell" (scored as `unknown`).
const FLAT = [
  { id: 'x1', text: 'Competitor 20% cheaper for the same service', lang: 'en', style: 'crm', segment: 'bought_away', source: 'external', stability: 'stable', controllability: 'uncontrollable', why: 'cheaper' },
  { id: 'x2', text: 'Kunde wurde übernommen, der Konzern hat einen Rahmenvertrag', lang: 'de', style: 'crm', segment: 'moved_away', source: 'external', stability: null, controllability: 'uncontrollable' },
  { id: 'x3', text: 'no decision', lang: 'en', style: 'crm', segment: 'undetermined', source: null, stability: null, controllability: null },
  { id: 'x4', text: 'We decided not to renew, the account was unprofitable', lang: 'en', style: 'narrative', segment: 'pulled_away' },
];

describe('regain eval', () => {
  it('scores a flat labelled JSONL (null = unknown) by language and style, with confusion and calibration', async () => {
    const r = await runCli(['eval', '--input', file('flat.jsonl', FLAT)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/flat\.jsonl: 4 cases, segment accuracy 75\.0%, attribution accuracy 100\.0%/);
    expect(r.stdout).toMatch(/confusion \(rows expected, columns predicted\)/);
    expect(r.stdout).toMatch(/^de\s+1\s+100\.0%\s+100\.0%$/m);
    expect(r.stdout).toMatch(/^narrative\s+1\s+0\.0%/m);
    expect(r.stdout).toMatch(/calibration \(confidence band/);
    expect(r.stdout).toMatch(/engine unsure: \d+ cases/);
  });

  it('prints one JSON object per set with --json, errors only with --errors', async () => {
    const input = file('flat2.jsonl', FLAT);
    const r = await runCli(['eval', '--input', input, '--input', input, '--json']);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ file: 'flat2.jsonl', heldOut: false, cases: 4, accuracy: 0.75, attributionAccuracy: { overall: 1 } });
    expect(lines[0].byLanguage.en.cases).toBe(3);
    expect(lines[0].calibration).toHaveLength(5);
    expect(lines[0].errors).toBeUndefined();
    const withErrors = JSON.parse((await runCli(['eval', '--input', input, '--json', '--errors'])).stdout.trim());
    expect(withErrors.errors.map((e: { id: string }) => e.id)).toEqual(['x4']);
  });

  it('keeps reading the nested attribution shape of the older fixtures', async () => {
    const nested = file('nested.jsonl', [{ id: 'n1', text: 'Price', segment: 'bought_away', attribution: { source: 'external', stability: 'stable', controllability: 'uncontrollable' } }]);
    const r = JSON.parse((await runCli(['eval', '--input', nested, '--json'])).stdout);
    expect(r).toMatchObject({ cases: 1, accuracy: 1, attributionAccuracy: { overall: 1 } });
  });

  it('refuses to list held-out cases one by one', async () => {
    const held = path.join(dir, 'eval');
    mkdirSync(held, { recursive: true });
    const heldOut = path.join(held, 'holdout-x.jsonl');
    writeFileSync(heldOut, `${JSON.stringify(FLAT[0])}\n`);
    const refused = await runCli(['eval', '--input', heldOut, '--errors']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/held-out sets \(holdout-x\.jsonl\) are scored in aggregate only/);
    const aggregate = JSON.parse((await runCli(['eval', '--input', heldOut, '--json'])).stdout);
    expect(aggregate).toMatchObject({ heldOut: true, cases: 1 });
  });

  it.each([
    [['eval', '--input', path.join(dir, 'missing.jsonl')], /cannot read .*missing\.jsonl: no such file/],
    [['eval', '--input', file('bad-json.jsonl', '{"id":"1"\n')], /bad-json\.jsonl:1: not valid JSON/],
    [['eval', '--input', file('bad-segment.jsonl', [{ id: '1', text: 't', segment: 'sideways' }])], /bad-segment\.jsonl:1: segment/],
    [['eval', '--input', file('bad-label.jsonl', [{ id: '1', text: 't', segment: 'bought_away', source: 'elsewhere' }])], /bad-label\.jsonl:1: source/],
    [['eval', '--input', file('empty.jsonl', '\n\n')], /empty\.jsonl: no labelled cases/],
    [['eval', '--input'], /--input needs a value/],
    [['eval', '--frobnicate'], /unknown option --frobnicate/],
  ])('rejects bad input with a clear message and exit 2: %j', async (argv, message) => {
    const r = await runCli(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
