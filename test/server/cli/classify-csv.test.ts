import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyseDefection } from '../../../src/analyse-defection';
import { resolveSettings } from '../../../src/settings';
import { toClassifyOutput } from '../../../server/cli/classify-command';
import { classifyOutputJson } from '../../../server/cli/classify-output';
import { describeAttribution } from '../../../server/cli/table-writer';
import { textSnapshot } from '../../../server/cli/classify-input';
import { snapshotFromText } from '../../../server/schemas/deal-snapshot';
import { runCli } from './run-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'regain-csv-'));
const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};
const rows = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; segment: string });
/** Windows-1252 bytes of an ASCII/Latin-1 string with a few 1252-only characters. */
const cp1252 = (s: string) => Buffer.from([...s].map((c) => ({ '€': 0x80, '’': 0x92, '–': 0x96 })[c] ?? c.charCodeAt(0)));

describe('regain classify --input: CSV exports as they come', () => {
  it('decodes a Windows-1252 export (German Excel, semicolons), says so on stderr, and never prints U+FFFD', async () => {
    const p = file('excel-de.csv', cp1252('Record ID;Deal Name;Closed Lost Reason\r\n1;Müller GmbH;"Kunde wurde übernommen – neue Geschäftsführung"\r\n2;Bäckerei;zu teuer, 5 € mehr als die Konkurrenz\r\n'));
    const r = await runCli(['classify', '--input', p]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/excel-de\.csv is not UTF-8 \(from line 2\): reading it as Windows-1252/);
    expect(r.stdout).not.toContain('\ufffd');
    expect(rows(r.stdout).map((x) => x.id)).toEqual(['1', '2']);
    const table = await runCli(['classify', '--input', p, '--format', 'table']);
    expect(table.stdout).toContain('Kunde wurde übernommen – neue Geschäftsführung');
    expect(table.stdout).toContain('5 € mehr');
  });

  it('keeps a UTF-8 export (with BOM) as it is, with nothing on stderr', async () => {
    const p = file('utf8.csv', '\ufeffRecord ID,Closed Lost Reason\n1,"ça coûte trop cher, préféré un concurrent"\n');
    const r = await runCli(['classify', '--input', p, '--format', 'table']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('ça coûte trop cher');
  });

  it('refuses a file mixing UTF-8 and Windows-1252 with exit 2, naming the line', async () => {
    const p = file('mixed.csv', Buffer.concat([Buffer.from('Record ID,Closed Lost Reason\n1,übernommen\n', 'utf8'), cp1252('2,zu teuer €\n')]));
    const r = await runCli(['classify', '--input', p]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/mixed\.csv: line 3: .*mixed encodings/);
    expect(r.stdout).not.toContain('\ufffd');
  });

  it('reports a row with more fields than the header (an unquoted comma) by its line, keeps the others, exits 1', async () => {
    const p = file('comma.csv', 'Record ID,Deal Name,Closed Lost Reason\n1,Acme,Price\n2,Globex,Price, they went cheaper\n3,Initech,"Price, quoted"\n');
    const r = await runCli(['classify', '--input', p]);
    expect(r.code).toBe(1);
    expect(rows(r.stdout).map((x) => x.id)).toEqual(['1', '3']);
    expect(r.stderr).toMatch(/line 3 \(Record ID 2\): 4 fields where the header has 3; an unquoted "," in a field\?/);
    expect(r.stderr).toMatch(/1 row\(s\) could not be classified/);
  });

  it('reports a row broken by a line break outside quotes instead of classifying half a reason', async () => {
    const p = file('newline.csv', 'Record ID,Closed Lost Reason\n1,Price\nthey went cheaper\n');
    const r = await runCli(['classify', '--input', p]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/line 3: 1 fields where the header has 2; a line break outside quotes\?/);
  });

  it.each([
    ['empty.csv', '', /empty\.csv is empty/],
    ['blank.csv', '\n\r\n  \n', /blank\.csv is empty/],
    ['bom-only.csv', '\ufeff', /bom-only\.csv is empty/],
    ['header-only.csv', 'Record ID,Closed Lost Reason\n', /header-only\.csv has a header but no rows/],
    ['empty.jsonl', '\n\n', /empty\.jsonl is empty/],
  ])('says an empty file is empty (%s), exit 2', async (name, content, message) => {
    const r = await runCli(['classify', '--input', file(name, content)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('refuses a folder passed as the input with a message, not a stack trace', async () => {
    const folder = path.join(dir, 'a-folder.csv');
    require('node:fs').mkdirSync(folder);
    const r = await runCli(['classify', '--input', folder]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read .*a folder, not a file/);
  });

  it('prints attribution in plain words in the table format', async () => {
    const p = file('plain.csv', 'closed_lost_reason\n"Too expensive, they went with a cheaper competitor"\n');
    const r = await runCli(['classify', '--input', p, '--format', 'table']);
    expect(r.stdout).toMatch(/attribution \(source, stability, control\)/);
    expect(r.stdout).toMatch(/(internal|external|source unknown), (stable|unstable|stability unknown), (controllable|uncontrollable|control unknown)/);
    expect(r.stdout).not.toMatch(/\bext\/|\/unctrl\b|\/stable\//);
  });
});

describe('classifyOutputJson', () => {
  it('prints exactly what JSON.stringify(toClassifyOutput(...)) prints', () => {
    const settings = resolveSettings({ vocabulary: { competitors: ['Acmetrix'], phrases: { pulled_away: ['blue widget'] } } });
    const texts = ['Too expensive', 'Kunde wurde übernommen', 'went with Acmetrix "cheaper"\nnew line', 'they wanted the blue widget', 'no decision', 'nothing to do with price, our onboarding failed'];
    for (const [i, text] of texts.entries()) {
      const a = analyseDefection(snapshotFromText(text, String(i)), settings, new Date('2026-03-01T00:00:00Z'));
      expect(classifyOutputJson(a, `id-${i}`)).toBe(JSON.stringify(toClassifyOutput(a, `id-${i}`)));
      expect(classifyOutputJson(a, undefined)).toBe(JSON.stringify(toClassifyOutput(a)));
    }
  });
});

describe('describeAttribution', () => {
  it('says every combination in plain words, short enough for the table column (50)', () => {
    const v = <T,>(value: T) => ({ value, reason: '' });
    const all: string[] = [];
    for (const source of ['internal', 'external', 'unknown'] as const)
      for (const stability of ['stable', 'unstable', 'unknown'] as const)
        for (const controllability of ['controllable', 'uncontrollable', 'unknown'] as const)
          all.push(describeAttribution({ source: v(source), stability: v(stability), controllability: v(controllability) }));
    expect(all).toContain('external, stable, uncontrollable');
    expect(all).toContain('source unknown, stability unknown, control unknown');
    expect(Math.max(...all.map((s) => s.length))).toBeLessThanOrEqual(50);
  });
});

describe('textSnapshot', () => {
  it('builds what snapshotFromText builds', () => {
    expect(textSnapshot('Too expensive', '42')).toEqual(snapshotFromText('Too expensive', '42'));
  });
});
