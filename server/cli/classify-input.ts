/**
 * The rows `regain classify --input` reads from a HubSpot deals export (.csv), a chunk at a time (a batch of
 * rows per chunk, so classifying costs no promise per row); JSON lines are read by classify-jsonl.ts. Every row becomes a snapshot
 * or an error naming its line; nothing is cut silently. The file's bytes go through ExportDecoder
 * (UTF-8, else Windows-1252 said on stderr, else refused).
 */
import { createReadStream } from 'node:fs';
import type { DealSnapshot } from '../../src/types';
import { CsvFormatError, CsvRecordParser } from '../csv/csv-records';
import { ExportDecoder, ExportEncodingError } from '../csv/decode-export';
import { CliError } from './io';

const TEXT_COLUMNS = ['Closed Lost Reason', 'closed_lost_reason'];
const ID_COLUMNS = ['Record ID', 'Deal ID', 'hs_object_id', 'id', 'ID', 'Id'];
const AMOUNT_COLUMNS = ['Amount', 'amount'];
const CLOSE_DATE_COLUMNS = ['Close Date', 'closedate'];
/**
 * 32 KB of the file at a time (~170 rows of a HubSpot export): a batch's snapshots and output lines then die
 * before the young generation is collected twice, instead of being promoted to the old generation as garbage
 * that waits for a major collection. Over 100,000 distinct rows: peak RSS 121 MB against 216-220 MB at 256 KB,
 * output byte for byte the same (`npm run bench -- --only classify`).
 */
const CHUNK_BYTES = 1 << 15;

/**
 * The snapshot of a loss reason alone: the shape `snapshotFromText` (schemas/deal-snapshot.ts) builds, made
 * here so reading a CSV does not load zod (a test holds the two equal).
 */
export function textSnapshot(text: string, dealId: string): DealSnapshot {
  return { deal: { dealId, closedLostReason: text }, notes: [], tickets: [], company: null, contacts: [] };
}

export interface InputRow {
  id: string;
  snapshot?: DealSnapshot;
  error?: string;
}

/** Decoded text of a file, chunk by chunk; reports a Windows-1252 file once on `warn`. */
export async function* decodedChunks(file: string, warn: (message: string) => void): AsyncGenerator<string> {
  const decoder = new ExportDecoder((line) => warn(`${file} is not UTF-8 (from line ${line}): reading it as Windows-1252`));
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: CHUNK_BYTES })) yield decoder.write(chunk as Buffer);
    yield decoder.end();
  } catch (err) {
    if (err instanceof ExportEncodingError) throw new CliError(`${file}: ${err.message}`);
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EISDIR' || code === 'EACCES' || code === 'ENOENT') throw new CliError(`cannot read ${file}: ${code === 'EISDIR' ? 'a folder, not a file' : code === 'EACCES' ? 'permission denied' : 'no such file'}`);
    throw err;
  }
}

function isBlank(fields: readonly string[]): boolean {
  for (let i = 0; i < fields.length; i++) if (fields[i]!.trim() !== '') return false;
  return true;
}

const isoDates = new Map<string, string | undefined>();

/** A close date as written in the export, as ISO 8601 (undefined when unreadable): an export has few distinct dates, each parsed once. */
function isoDate(written: string): string | undefined {
  if (isoDates.has(written)) return isoDates.get(written);
  const ms = Date.parse(written);
  const iso = Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
  if (isoDates.size >= 10_000) isoDates.clear();
  isoDates.set(written, iso);
  return iso;
}

/** Rows of a HubSpot deals export, by its Closed Lost Reason column (or `column`). */
export async function* readCsvRows(file: string, column: string | undefined, warn: (message: string) => void): AsyncGenerator<InputRow[]> {
  let header: string[] | undefined;
  let text = -1;
  let idAt = -1;
  let amountAt = -1;
  let closeDateAt = -1;
  let rows = 0;
  let batch: InputRow[] = [];
  const onRecord = (fields: string[], line: number) => {
    // A line of blanks (or of empty cells, ",,,") is no row, as an empty line is none.
    if (isBlank(fields)) return;
    if (!header) {
      header = fields.map((h) => h.trim());
      const wanted = column ? [column] : TEXT_COLUMNS;
      const found = wanted.find((w) => header!.includes(w));
      if (!found) {
        throw new CliError(`no column ${wanted.map((w) => `"${w}"`).join(' or ')} in ${file}; columns are: ${header.join(', ')}${column ? '' : ' (pick one with --column)'}`);
      }
      text = header.indexOf(found);
      const at = (names: string[]) => header!.indexOf(names.find((c) => header!.includes(c)) ?? '\0');
      idAt = at(ID_COLUMNS);
      amountAt = at(AMOUNT_COLUMNS);
      closeDateAt = at(CLOSE_DATE_COLUMNS);
      return;
    }
    rows += 1;
    // The id column is trusted only where the columns before the text still line up.
    const recordId = idAt >= 0 && fields.length >= header.length ? fields[idAt]?.trim() : undefined;
    const label = recordId ? `line ${line} (${header[idAt]} ${recordId})` : `line ${line}`;
    if (fields.length !== header.length) {
      const hint = fields.length > header.length ? `; an unquoted "${parser.delimiterChar}" in a field? Quote the field` : '; a line break outside quotes?';
      batch.push({ id: label, error: `${fields.length} fields where the header has ${header.length}${hint}` });
      return;
    }
    const id = recordId || `row ${rows + 1}`;
    const snapshot = textSnapshot(fields[text]!, id);
    // A HubSpot export also carries the amount and close date: they inform worthiness and timing.
    if (amountAt >= 0) {
      const amount = Number.parseFloat(fields[amountAt]!);
      if (Number.isFinite(amount)) snapshot.deal.amount = amount;
    }
    if (closeDateAt >= 0) {
      const closeDate = isoDate(fields[closeDateAt]!);
      if (closeDate !== undefined) snapshot.deal.closeDate = closeDate;
    }
    batch.push({ id, snapshot });
  };
  const parser = new CsvRecordParser(onRecord);
  try {
    for await (const chunk of decodedChunks(file, warn)) {
      parser.push(chunk);
      if (batch.length > 0) {
        yield batch;
        batch = [];
      }
    }
    parser.end();
  } catch (err) {
    if (err instanceof CsvFormatError) throw new CliError(`${file}: not a readable CSV: ${err.message}`);
    throw err;
  }
  if (batch.length > 0) yield batch;
  if (!header) throw new CliError(`${file} is empty: no header, no rows`);
  if (rows === 0) throw new CliError(`${file} has a header but no rows`);
}
