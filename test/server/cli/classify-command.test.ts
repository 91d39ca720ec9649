import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from './run-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'regain-cli-'));
const file = (name: string, content: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};
const SEGMENTS = ['bought_away', 'pulled_away', 'unintentionally_pushed_away', 'moved_away', 'intentionally_pushed_away', 'undetermined'];

describe('regain classify --text', () => {
  it('prints one JSON object with the framework machine values', async () => {
    const r = await runCli(['classify', '--text', "it wasn't about price, our onboarding failed them"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!);
    expect(out.segment).toBe('unintentionally_pushed_away');
    expect(out.confidence).toBeGreaterThan(0);
    expect(out.attribution).toEqual({ source: 'internal', stability: 'unknown', controllability: 'controllable' });
    expect(out.evidence).toEqual(expect.arrayContaining([expect.objectContaining({ source: 'lost_reason', segment: 'bought_away', weight: expect.any(Number) })]));
  });

  it.each([
    [['classify'], /exactly one of --text/],
    [['classify', '--text', '  '], /--text is empty/],
    [['classify', '--text'], /--text needs a value/],
    [['classify', '--txt', 'price'], /unknown option --txt/],
    [['classify', '--text', 'price', '--format', 'xml'], /--format must be json or table/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['constructor'], /unknown command "constructor"/],
    [['classify', '--text', 'price', '--constructor', 'x'], /unknown option --constructor/],
    [['__proto__'], /unknown command "__proto__"/],
    [['toString'], /unknown command "toString"/],
  ])('rejects %j with a clear message and a non-zero exit', async (argv, message) => {
    const r = await runCli(argv);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});

describe('regain classify --input', () => {
  it('classifies a JSONL file, one line per row carrying its id, with optional snapshots', async () => {
    const snapshot = { deal: { dealId: 'x', closeDate: '2026-03-01T00:00:00Z' }, tickets: [{ id: 't1', subject: 'Outage', priority: 'URGENT', createdAt: '2026-02-01T00:00:00Z' }] };
    const p = file('in.jsonl', [
      JSON.stringify({ id: 'a', text: 'Too expensive' }),
      '',
      JSON.stringify({ id: 7, text: 'Firma insolvent' }),
      JSON.stringify({ id: 'c', snapshot }),
    ].join('\n'));
    const r = await runCli(['classify', '--input', p]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((x) => [x.id, x.segment])).toEqual([
      ['a', 'bought_away'],
      ['7', 'moved_away'],
      ['c', 'unintentionally_pushed_away'],
    ]);
  });

  it('reports bad JSONL lines by number, keeps going, and exits 1', async () => {
    const p = file('bad.jsonl', ['{"id":"ok","text":"Price"}', '{not json', '{"id":"x"}', '{"id":"y","snapshot":{"deal":{}}}'].join('\n'));
    const r = await runCli(['classify', '--input', p]);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/line 2: not valid JSON/);
    expect(r.stderr).toMatch(/line 3: .*needs "text" or "snapshot"/);
    expect(r.stderr).toMatch(/y: snapshot: deal.dealId/);
    expect(r.stderr).toMatch(/3 row\(s\) could not be classified/);
  });

  it('classifies a HubSpot deals export CSV by its Closed Lost Reason column', async () => {
    const p = file('deals.csv', '\ufeffRecord ID,Deal Name,Closed Lost Reason\n101,Acme,"Price, they went cheaper"\n102,Globex,"No decision"\n103,"Initech","Kunde wurde übernommen"\n');
    const r = await runCli(['classify', '--input', p]);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((x) => [x.id, x.segment])).toEqual([
      ['101', 'bought_away'],
      ['102', 'undetermined'],
      ['103', 'moved_away'],
    ]);
  });

  it('picks another column with --column and explains a missing one', async () => {
    const p = file('custom.csv', 'id,why\n1,acquired by a competitor group\n');
    const missing = await runCli(['classify', '--input', p]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no column "Closed Lost Reason" or "closed_lost_reason".*columns are: id, why.*--column/);
    const ok = await runCli(['classify', '--input', p, '--column', 'why']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ id: '1', segment: 'moved_away' });
  });

  it('prints a readable table with a summary by segment', async () => {
    const p = file('t.csv', 'closed_lost_reason\nPrice\nOther\nPrice too high\n');
    const r = await runCli(['classify', '--input', p, '--format', 'table']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^id\s+segment\s+conf/);
    expect(r.stdout).toMatch(/summary: 3 classified/);
    expect(r.stdout).toMatch(/bought_away\s+2\s+66\.7%/);
    expect(r.stdout).toMatch(/undetermined\s+1\s+33\.3%/);
  });

  it.each([
    ['missing.csv', /no such file/],
    ['notes.txt', /unsupported file type ".txt"/],
  ])('rejects %s', async (name, message) => {
    const p = name === 'missing.csv' ? path.join(dir, name) : file(name, 'hello');
    const r = await runCli(['classify', '--input', p]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('rejects a CSV that is not a CSV', async () => {
    const p = file('broken.csv', 'closed_lost_reason,x\n"unterminated,1\n');
    const r = await runCli(['classify', '--input', p]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a readable CSV/);
  });

  it('applies a settings file and validates it', async () => {
    const good = file('s.json', JSON.stringify({ vocabulary: { phrases: { pulled_away: ['wanted the blue widget'] } } }));
    const r = await runCli(['classify', '--text', 'they wanted the blue widget', '--settings', good]);
    expect(JSON.parse(r.stdout).segment).toBe('pulled_away');
    const bad = file('bad.json', JSON.stringify({ vocabulary: { phrases: { sideways: ['x'] } } }));
    const e = await runCli(['classify', '--text', 'x', '--settings', bad]);
    expect(e.code).toBe(2);
    expect(e.stderr).toMatch(/settings file .*vocabulary\.phrases/);
  });

  it('outputs only framework values', async () => {
    const r = await runCli(['classify', '--text', 'whatever happened here']);
    expect(SEGMENTS).toContain(JSON.parse(r.stdout).segment);
  });
});
