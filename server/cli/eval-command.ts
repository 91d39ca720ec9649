import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { analyseDefection } from '../../src/analyse-defection';
import { resolveSettings } from '../../src/settings';
import { ALL_SEGMENTS } from '../../src/types';
import { formatIssues, snapshotFromText } from '../schemas/deal-snapshot';
import type { CliIo } from './io';
import { CliError, parseFlags, projectRoot } from './io';
import { buildEvaluationReport, type EvaluationReport, type LabelledCase, type Prediction } from './evaluation-report';
import { formatEvaluationReport } from './evaluation-format';

const label = <T extends [string, ...string[]]>(values: T) => z.enum(values).nullable().optional();
const sourceLabel = label(['internal', 'external', 'unknown']);
const stabilityLabel = label(['stable', 'unstable', 'unknown']);
const controllabilityLabel = label(['controllable', 'uncontrollable', 'unknown']);

/**
 * A labelled line: flat `{id, text, segment, source?, stability?, controllability?}` (null = `unknown`),
 * or the older nested `attribution: {source, stability, controllability}`. `lang` and `style` group the report.
 */
const labelledLineSchema = z.object({
  id: z.union([z.string().min(1), z.number().transform(String)]),
  text: z.string(),
  segment: z.enum(ALL_SEGMENTS as [string, ...string[]]),
  lang: z.string().nullish(),
  style: z.string().nullish(),
  why: z.string().nullish(),
  source: sourceLabel,
  stability: stabilityLabel,
  controllability: controllabilityLabel,
  attribution: z.object({ source: sourceLabel, stability: stabilityLabel, controllability: controllabilityLabel }).optional(),
});

/** The project's own labelled sets; `test/fixtures/eval/holdout-*.jsonl` are the held-out ones (never tuned on). */
export const DEFAULT_EVAL_FILES = ['test/fixtures/loss-reasons.eval.jsonl', 'test/fixtures/loss-reasons.holdout.jsonl'];
const HOLDOUT_DIR = 'test/fixtures/eval';
const FIXED_NOW = new Date('2026-01-01T00:00:00Z');

/** A held-out set is scored in aggregate only: nobody tuning the classifier reads its cases. */
export const isHeldOut = (file: string) => /^holdout-.*\.jsonl$/.test(path.basename(file));

function toCase(line: z.infer<typeof labelledLineSchema>): LabelledCase {
  const attribution: LabelledCase['attribution'] = {};
  for (const dim of ['source', 'stability', 'controllability'] as const) {
    const value = line[dim] !== undefined ? line[dim] : line.attribution?.[dim];
    if (value !== undefined) attribution[dim] = value ?? 'unknown';
  }
  return {
    id: line.id,
    text: line.text,
    segment: line.segment as LabelledCase['segment'],
    attribution,
    ...(line.lang ? { lang: line.lang } : {}),
    ...(line.style ? { style: line.style } : {}),
    ...(line.why ? { why: line.why } : {}),
  };
}

/** Reads a labelled JSONL file; the first bad line stops with its number and what is wrong. */
export async function readLabelledCases(file: string): Promise<LabelledCase[]> {
  const raw = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new CliError(`cannot read ${file}: ${err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'a directory' : err.message}`);
  });
  const cases = raw.split('\n').flatMap((line, index) => {
    if (!line.trim()) return [];
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new CliError(`${file}:${index + 1}: not valid JSON`);
    }
    const parsed = labelledLineSchema.safeParse(json);
    if (!parsed.success) throw new CliError(`${file}:${index + 1}: ${formatIssues(parsed.error.issues)}`);
    return [toCase(parsed.data)];
  });
  if (cases.length === 0) throw new CliError(`${file}: no labelled cases`);
  return cases;
}

/** Classifies every case with default settings, as `classify --text` would, and returns the predictions. */
export function predictCases(cases: readonly LabelledCase[]): Prediction[] {
  const settings = resolveSettings();
  return cases.map((c) => {
    const { classification, attribution } = analyseDefection(snapshotFromText(c.text, c.id), settings, FIXED_NOW);
    return { segment: classification.segment, confidence: classification.confidence, unsure: classification.unsure, attribution, secondOpinion: classification.secondOpinion };
  });
}

/** Classifies every labelled case of a file and scores the result. */
export async function evaluateFile(file: string): Promise<EvaluationReport> {
  const cases = await readLabelledCases(file);
  return buildEvaluationReport(cases, predictCases(cases));
}

/** The default sets: our two fixtures plus every held-out set present. */
export function defaultEvalFiles(root = projectRoot()): string[] {
  let heldOut: string[] = [];
  try {
    heldOut = readdirSync(path.join(root, HOLDOUT_DIR)).filter(isHeldOut).sort().map((f) => path.join(HOLDOUT_DIR, f));
  } catch {
    // No held-out folder yet.
  }
  return [...DEFAULT_EVAL_FILES, ...heldOut].map((f) => path.join(root, f));
}

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

/**
 * `regain eval [--input FILE]... [--json] [--errors]`: segment and attribution accuracy, by language and
 * style, the confusion matrix and the calibration table for each labelled set (default: the project's own).
 */
export async function runEvalCommand(argv: string[], io: CliIo): Promise<number> {
  const flags = parseFlags(argv, { input: 'multi', file: 'multi', json: 'bool', errors: 'bool' });
  const given = [...flags.input, ...flags.file];
  const files = given.length > 0 ? given : defaultEvalFiles();
  const heldOut = files.filter(isHeldOut);
  if (flags.errors && heldOut.length > 0) {
    throw new CliError(`--errors lists cases one by one; held-out sets (${heldOut.map((f) => path.basename(f)).join(', ')}) are scored in aggregate only`);
  }
  const summary: Array<{ name: string; report: EvaluationReport }> = [];
  for (const file of files) {
    const report = await evaluateFile(file);
    const name = path.basename(file);
    summary.push({ name, report });
    if (flags.json) {
      const { errors, ...figures } = report;
      io.stdout.write(`${JSON.stringify({ file: name, heldOut: isHeldOut(file), ...figures, ...(flags.errors ? { errors } : {}) })}\n`);
    } else {
      io.stdout.write(`${formatEvaluationReport(name, report, flags.errors)}\n\n`);
    }
  }
  if (!flags.json && summary.length > 1) {
    io.stdout.write(`${'set'.padEnd(34)}${'cases'.padStart(6)}${'segment'.padStart(10)}${'attribution'.padStart(13)}\n`);
    for (const { name, report } of summary) {
      io.stdout.write(`${name.padEnd(34)}${String(report.cases).padStart(6)}${pct(report.accuracy).padStart(10)}${pct(report.attributionAccuracy.overall).padStart(13)}\n`);
    }
  }
  return 0;
}
