import { createReadStream } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { parse as parseCsv } from 'csv-parse';
import { z } from 'zod';
import { analyseDefection } from '../../src/analyse-defection';
import { resolveSettings, type RegainSettings } from '../../src/settings';
import type { DealSnapshot, DefectionAnalysis, DefectionSegment } from '../../src/types';
import { formatIssues, parseDealSnapshot, snapshotFromText } from '../schemas/deal-snapshot';
import { parseSettingsOverride } from '../schemas/settings';
import { CliError, parseFlags, type CliIo } from './io';
import { createTableWriter } from './table-writer';

const TEXT_COLUMNS = ['Closed Lost Reason', 'closed_lost_reason'];
const ID_COLUMNS = ['Record ID', 'Deal ID', 'hs_object_id', 'id', 'ID', 'Id'];
const AMOUNT_COLUMNS = ['Amount', 'amount'];
const CLOSE_DATE_COLUMNS = ['Close Date', 'closedate'];
const MAX_REPORTED_ERRORS = 20;

/** The JSON shape the CLI prints for one classified text. */
export function toClassifyOutput(a: DefectionAnalysis, id?: string) {
  const c = a.classification;
  return {
    ...(id !== undefined ? { id } : {}),
    segment: c.segment,
    confidence: c.confidence,
    customerStatus: c.customerStatus,
    attribution: {
      source: a.attribution.source.value,
      stability: a.attribution.stability.value,
      controllability: a.attribution.controllability.value,
    },
    priority: a.worthiness.priority,
    runnersUp: c.runnersUp,
    evidence: c.evidence.map(({ source, excerpt, segment, weight, reason }) => ({ source, excerpt, segment, weight, reason })),
    ...(c.questions.length > 0 ? { questions: c.questions } : {}),
  };
}

/** Writes one line, waiting for the stream to drain so a million rows never pile up in memory. */
async function writeLine(out: NodeJS.WritableStream, line: string): Promise<void> {
  if (!out.write(`${line}\n`)) await once(out, 'drain');
}

interface Row {
  id: string;
  snapshot?: DealSnapshot;
  error?: string;
}

/** `regain classify --text T | --input FILE [--column C] [--format json|table] [--settings FILE]` */
export async function runClassifyCommand(argv: string[], io: CliIo): Promise<number> {
  const flags = parseFlags(argv, { text: 'string', input: 'string', column: 'string', format: 'string', settings: 'string' });
  const format = flags.format ?? 'json';
  if (format !== 'json' && format !== 'table') throw new CliError(`--format must be json or table, not "${format}"`);
  if ((flags.text === undefined) === (flags.input === undefined)) throw new CliError('give exactly one of --text "<loss reason>" or --input FILE');
  const settings = flags.settings ? await readSettings(flags.settings) : resolveSettings();
  const now = new Date();
  if (flags.text !== undefined) {
    if (!flags.text.trim()) throw new CliError('--text is empty');
    const analysis = analyseDefection(snapshotFromText(flags.text), settings, now);
    io.stdout.write(`${JSON.stringify(toClassifyOutput(analysis))}\n`);
    return 0;
  }
  const file = flags.input!;
  await access(file).catch(() => {
    throw new CliError(`cannot read ${file}: no such file`);
  });
  const ext = path.extname(file).toLowerCase();
  if (flags.column && ext !== '.csv') throw new CliError('--column applies to .csv files only');
  const rows = ext === '.jsonl' || ext === '.ndjson' ? readJsonl(file) : ext === '.csv' ? readCsv(file, flags.column) : undefined;
  if (!rows) throw new CliError(`unsupported file type "${ext || '(none)'}": use .jsonl or .csv`);

  const table = format === 'table' ? createTableWriter(io.stdout) : undefined;
  const counts = new Map<DefectionSegment, number>();
  let bad = 0;
  for await (const row of rows) {
    if (row.error || !row.snapshot) {
      bad += 1;
      if (bad <= MAX_REPORTED_ERRORS) io.stderr.write(`regain classify: ${row.id}: ${row.error}\n`);
      continue;
    }
    const analysis = analyseDefection(row.snapshot, settings, now);
    counts.set(analysis.classification.segment, (counts.get(analysis.classification.segment) ?? 0) + 1);
    if (table) await table.row(row.id, analysis, row.snapshot.deal.closedLostReason ?? '');
    else await writeLine(io.stdout, JSON.stringify(toClassifyOutput(analysis, row.id)));
  }
  if (table) await table.summary(counts);
  if (bad > MAX_REPORTED_ERRORS) io.stderr.write(`regain classify: ... and ${bad - MAX_REPORTED_ERRORS} more bad rows\n`);
  if (bad > 0) io.stderr.write(`regain classify: ${bad} row(s) could not be classified\n`);
  return bad > 0 ? 1 : 0;
}

async function readSettings(file: string): Promise<RegainSettings> {
  const raw = await readFile(file, 'utf8').catch(() => {
    throw new CliError(`cannot read settings file ${file}`);
  });
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new CliError(`settings file ${file} is not valid JSON`);
  }
  const parsed = parseSettingsOverride(json);
  if (!parsed.ok) throw new CliError(`settings file ${file}: ${formatIssues(parsed.issues)}`);
  return resolveSettings(parsed.value);
}

const jsonlRowSchema = z
  .object({ id: z.union([z.string().min(1), z.number().transform(String)]), text: z.string().optional(), snapshot: z.unknown().optional() })
  .refine((r) => r.text !== undefined || r.snapshot !== undefined, { message: 'needs "text" or "snapshot"' });

async function* readJsonl(file: string): AsyncGenerator<Row> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n += 1;
    if (!line.trim()) continue;
    yield parseJsonlLine(line, n);
  }
}

function parseJsonlLine(line: string, n: number): Row {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { id: `line ${n}`, error: 'not valid JSON' };
  }
  const row = jsonlRowSchema.safeParse(json);
  if (!row.success) return { id: `line ${n}`, error: formatIssues(row.error.issues) };
  const { id, text, snapshot } = row.data;
  if (snapshot === undefined) return { id, snapshot: snapshotFromText(text!, id) };
  const parsed = parseDealSnapshot(snapshot);
  if (!parsed.ok) return { id, error: `snapshot: ${formatIssues(parsed.issues)}` };
  const deal = { ...parsed.snapshot.deal, ...(text !== undefined ? { closedLostReason: text } : {}) };
  return { id, snapshot: { ...parsed.snapshot, deal } };
}

async function* readCsv(file: string, column: string | undefined): AsyncGenerator<Row> {
  let textColumn = '';
  let idColumn: string | undefined;
  let amountColumn: string | undefined;
  let closeDateColumn: string | undefined;
  const parser = createReadStream(file).pipe(
    parseCsv({
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      columns: (header: string[]) => {
        const names = header.map((h) => h.trim());
        const wanted = column ? [column] : TEXT_COLUMNS;
        const found = wanted.find((w) => names.includes(w));
        if (!found) {
          throw new CliError(`no column ${wanted.map((w) => `"${w}"`).join(' or ')} in ${file}; columns are: ${names.join(', ')}${column ? '' : ' (pick one with --column)'}`);
        }
        textColumn = found;
        idColumn = ID_COLUMNS.find((c) => names.includes(c));
        amountColumn = AMOUNT_COLUMNS.find((c) => names.includes(c));
        closeDateColumn = CLOSE_DATE_COLUMNS.find((c) => names.includes(c));
        return names;
      },
    }),
  );
  let n = 1;
  try {
    for await (const record of parser as AsyncIterable<Record<string, string>>) {
      n += 1;
      const id = (idColumn && record[idColumn]) || `row ${n}`;
      const snapshot = snapshotFromText(record[textColumn] ?? '', id);
      // A HubSpot export also carries the amount and close date: they inform worthiness and timing.
      const amount = Number.parseFloat(amountColumn ? (record[amountColumn] ?? '') : '');
      const closeDate = Date.parse(closeDateColumn ? (record[closeDateColumn] ?? '') : '');
      if (Number.isFinite(amount)) snapshot.deal.amount = amount;
      if (Number.isFinite(closeDate)) snapshot.deal.closeDate = new Date(closeDate).toISOString();
      yield { id, snapshot };
    }
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`${file}: not a readable CSV near row ${n}: ${(err as Error).message}`);
  }
}
