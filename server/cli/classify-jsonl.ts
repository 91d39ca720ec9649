/**
 * The rows `regain classify --input FILE.jsonl` reads: `{id, text}` or `{id, snapshot, text?}` per line,
 * validated with zod (loaded only for JSON lines), a batch per chunk, bad lines reported by number.
 */
import { z } from 'zod';
import { formatIssues, parseDealSnapshot, snapshotFromText } from '../schemas/deal-snapshot';
import { decodedChunks, type InputRow } from './classify-input';
import { CliError } from './io';

const jsonlRowSchema = z
  .object({ id: z.union([z.string().min(1), z.number().transform(String)]), text: z.string().optional(), snapshot: z.unknown().optional() })
  .refine((r) => r.text !== undefined || r.snapshot !== undefined, { message: 'needs "text" or "snapshot"' });

/** Rows of a JSON-lines file: `{id, text}` or `{id, snapshot, text?}` per line. */
export async function* readJsonlRows(file: string, warn: (message: string) => void): AsyncGenerator<InputRow[]> {
  let carry = '';
  let n = 0;
  let rows = 0;
  const parseLines = (lines: string[]) => {
    const batch: InputRow[] = [];
    for (const raw of lines) {
      n += 1;
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (!line.trim()) continue;
      rows += 1;
      batch.push(parseJsonlLine(line, n));
    }
    return batch;
  };
  for await (const chunk of decodedChunks(file, warn)) {
    const lines = (carry + chunk).split('\n');
    carry = lines.pop()!;
    const batch = parseLines(lines);
    if (batch.length > 0) yield batch;
  }
  const last = parseLines([carry]);
  if (last.length > 0) yield last;
  if (rows === 0) throw new CliError(`${file} is empty: no rows`);
}

function parseJsonlLine(line: string, n: number): InputRow {
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
