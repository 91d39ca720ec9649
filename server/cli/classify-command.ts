import { access, readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { analyseDefection } from '../../src/analyse-defection';
import { resolveSettings, type RegainSettings } from '../../src/settings';
import type { DefectionAnalysis, DefectionSegment } from '../../src/types';
import { readCsvRows } from './classify-input';
import type { ClassifiedBatch, ReadableRow } from './classify-batch';
import { inlineClassifier, workerClassifier } from './classify-pool';
import { CliError, createLineWriter, parseFlags, type CliIo } from './io';
import { createTableFormat, tableHeader } from './table-writer';

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

/** `regain classify --text T | --input FILE [--column C] [--format json|table] [--settings FILE] [--jobs N]` */
export async function runClassifyCommand(argv: string[], io: CliIo): Promise<number> {
  const flags = parseFlags(argv, { text: 'string', input: 'string', column: 'string', format: 'string', settings: 'string', jobs: 'string' });
  const format = flags.format ?? 'json';
  if (format !== 'json' && format !== 'table') throw new CliError(`--format must be json or table, not "${format}"`);
  if ((flags.text === undefined) === (flags.input === undefined)) throw new CliError('give exactly one of --text "<loss reason>" or --input FILE');
  const settings = flags.settings ? await readSettings(flags.settings) : resolveSettings();
  const now = new Date();
  if (flags.text !== undefined) {
    if (!flags.text.trim()) throw new CliError('--text is empty');
    const { snapshotFromText } = require('../schemas/deal-snapshot') as typeof import('../schemas/deal-snapshot');
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
  const warn = (message: string) => void io.stderr.write(`regain classify: ${message}\n`);
  // zod (JSON lines, settings files) is loaded only when needed: it is a tenth of classify's start-up.
  const jsonl = ext === '.jsonl' || ext === '.ndjson';
  const rows = jsonl ? (require('./classify-jsonl') as typeof import('./classify-jsonl')).readJsonlRows(file, warn) : ext === '.csv' ? readCsvRows(file, flags.column, warn) : undefined;
  if (!rows) throw new CliError(`unsupported file type "${ext || '(none)'}": use .jsonl or .csv`);

  const jobs = await jobsFor(flags.jobs, file);
  const out = createLineWriter(io.stdout);
  const counts = new Map<DefectionSegment, number>();
  let headerDone = format !== 'table';
  const onBatch = (b: ClassifiedBatch) => {
    if (!headerDone) {
      out.line(tableHeader());
      headerDone = true;
    }
    out.line(b.text);
    for (const [segment, n] of Object.entries(b.segments) as Array<[DefectionSegment, number]>) counts.set(segment, (counts.get(segment) ?? 0) + n);
  };
  const ctx = { settings, now, format } as const;
  const classifier = jobs > 1 ? workerClassifier(jobs, ctx, onBatch) : inlineClassifier(ctx, onBatch);
  let bad = 0;
  try {
    for await (const batch of rows) {
      const good: ReadableRow[] = [];
      for (const row of batch) {
        if (row.error || !row.snapshot) {
          bad += 1;
          if (bad <= MAX_REPORTED_ERRORS) io.stderr.write(`regain classify: ${row.id}: ${row.error}\n`);
        } else good.push({ id: row.id, snapshot: row.snapshot });
      }
      if (good.length > 0) await classifier.submit(good);
      await out.flushIfFull();
    }
    await classifier.drain();
  } catch (err) {
    // What was classified before a fatal error (an encoding refused on line N) is still printed.
    await classifier.drain().catch(() => undefined);
    throw err;
  } finally {
    await classifier.close();
    await out.flush();
  }
  if (format === 'table') {
    for (const line of createTableFormat().summary(counts)) out.line(line);
    await out.flush();
  }
  if (bad > MAX_REPORTED_ERRORS) io.stderr.write(`regain classify: ... and ${bad - MAX_REPORTED_ERRORS} more bad rows\n`);
  if (bad > 0) io.stderr.write(`regain classify: ${bad} row(s) could not be classified\n`);
  return bad > 0 ? 1 : 0;
}

/** Below this size a file is classified in the main thread: starting a worker (~0.2 s each) would not pay. */
const PARALLEL_MIN_BYTES = 2 << 20;
/** At most this many workers by default: each holds its own compiled lexicon (~25 MB), and RSS must stay < 200 MB. */
const DEFAULT_MAX_JOBS = 2;

/** `--jobs N` as given (1 = no worker threads), else one worker per core (at most two) for a big file. */
async function jobsFor(flag: string | undefined, file: string): Promise<number> {
  if (flag !== undefined) {
    const n = Number(flag);
    if (!Number.isInteger(n) || n < 1 || n > 16) throw new CliError(`--jobs must be a whole number from 1 to 16, not "${flag}"`);
    return n;
  }
  const cores = availableParallelism();
  if (cores < 2) return 1;
  const { size } = await stat(file);
  return size >= PARALLEL_MIN_BYTES ? Math.min(cores, DEFAULT_MAX_JOBS) : 1;
}

async function readSettings(file: string): Promise<RegainSettings> {
  const { parseSettingsOverride } = require('../schemas/settings') as typeof import('../schemas/settings');
  const { formatIssues } = require('../schemas/deal-snapshot') as typeof import('../schemas/deal-snapshot');
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
