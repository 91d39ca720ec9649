import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { analyseDefection } from '../../src/analyse-defection';
import { resolveSettings } from '../../src/settings';
import { ALL_SEGMENTS } from '../../src/types';
import { snapshotFromText } from '../schemas/deal-snapshot';
import type { CliIo } from './io';
import { CliError, parseFlags, projectRoot } from './io';
import { buildEvaluationReport, formatEvaluationReport, type LabelledCase } from './evaluation-report';

const labelledCaseSchema = z.object({
  id: z.string(),
  lang: z.string().optional(),
  text: z.string(),
  segment: z.enum(ALL_SEGMENTS as [string, ...string[]]),
  attribution: z.object({ source: z.string(), stability: z.string(), controllability: z.string() }),
});

export const DEFAULT_EVAL_FILES = ['test/fixtures/loss-reasons.eval.jsonl', 'test/fixtures/loss-reasons.holdout.jsonl'];
const FIXED_NOW = new Date('2026-01-01T00:00:00Z');

/** Reads a labelled JSONL file; every bad line is reported with its number. */
export async function readLabelledCases(file: string): Promise<LabelledCase[]> {
  const raw = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new CliError(`cannot read ${file}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
  });
  return raw.split('\n').flatMap((line, index) => {
    if (!line.trim()) return [];
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new CliError(`${file}:${index + 1}: not valid JSON`);
    }
    const parsed = labelledCaseSchema.safeParse(json);
    if (!parsed.success) throw new CliError(`${file}:${index + 1}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return [parsed.data as LabelledCase];
  });
}

/** Classifies every labelled case with default settings and scores the result. */
export async function evaluateFile(file: string) {
  const cases = await readLabelledCases(file);
  const settings = resolveSettings();
  const predictions = cases.map((c) => {
    const analysis = analyseDefection(snapshotFromText(c.text, c.id), settings, FIXED_NOW);
    return { segment: analysis.classification.segment, attribution: analysis.attribution };
  });
  return buildEvaluationReport(cases, predictions);
}

/** `regain eval [--file F]... [--json] [--errors]`: per-segment precision/recall, confusion, attribution accuracy. */
export async function runEvalCommand(argv: string[], io: CliIo): Promise<number> {
  const flags = parseFlags(argv, { file: 'multi', json: 'bool', errors: 'bool' });
  const files = flags.file.length > 0 ? flags.file : DEFAULT_EVAL_FILES.map((f) => path.join(projectRoot(), f));
  for (const file of files) {
    const report = await evaluateFile(file);
    const name = path.basename(file);
    io.stdout.write(flags.json ? `${JSON.stringify({ file: name, ...report, errors: undefined })}\n` : `${formatEvaluationReport(name, report, flags.errors)}\n\n`);
  }
  return 0;
}
