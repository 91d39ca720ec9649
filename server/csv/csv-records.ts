/**
 * A streaming CSV record parser (RFC 4180 quoting, CRLF or LF, the delimiter read from the header:
 * comma, or semicolon/tab as German and French Excel write them). Synchronous over each chunk of text,
 * so a caller can classify a whole chunk of rows without a promise per row. It only splits: checking
 * each record against the header is the caller's job, with the line each record starts on.
 */

/** The text is not CSV at all (a quoted field that never closes). */
export class CsvFormatError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvFormatError';
  }
}

export type RecordSink = (fields: string[], line: number) => void;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** The delimiter the header line uses most, outside quotes (comma when none). */
export function detectDelimiter(headerLine: string): string {
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, unquoted.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

export class CsvRecordParser {
  private delimiter = -1;
  private pending = '';
  private fields: string[] = [];
  private field = '';
  private inQuotes = false;
  /** A quote seen inside quotes at a chunk's end: closing, or the first half of `""`. */
  private quoteAtEnd = false;
  private fieldWasQuoted = false;
  private lastWasCR = false;
  private line = 1;
  private recordLine = 1;

  constructor(private readonly sink: RecordSink) {}

  get delimiterChar(): string {
    return this.delimiter < 0 ? ',' : String.fromCharCode(this.delimiter);
  }

  push(text: string): void {
    if (this.delimiter < 0) {
      this.pending += text;
      const nl = this.pending.search(/[\r\n]/);
      if (nl < 0) return;
      this.delimiter = detectDelimiter(this.pending.slice(0, nl)).charCodeAt(0);
      text = this.pending;
      this.pending = '';
    }
    this.scan(text);
  }

  end(): void {
    if (this.delimiter < 0) {
      this.delimiter = detectDelimiter(this.pending).charCodeAt(0);
      this.scan(this.pending);
      this.pending = '';
    }
    if (this.quoteAtEnd) {
      this.quoteAtEnd = false;
      this.inQuotes = false;
    }
    if (this.inQuotes) throw new CsvFormatError(`line ${this.recordLine}: a quoted field opens here and never closes`, this.recordLine);
    if (this.field !== '' || this.fields.length > 0 || this.fieldWasQuoted) this.endRecord();
  }

  private scan(text: string): void {
    const d = this.delimiter;
    let i = 0;
    const n = text.length;
    if (this.quoteAtEnd && n > 0) {
      this.quoteAtEnd = false;
      if (text.charCodeAt(0) === QUOTE) {
        this.field += '"';
        i = 1;
      } else this.inQuotes = false;
    }
    while (i < n) {
      if (this.inQuotes) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          this.field += text.slice(i);
          this.line += countLf(text, i, n);
          return;
        }
        this.field += text.slice(i, q);
        this.line += countLf(text, i, q);
        if (q + 1 >= n) {
          this.quoteAtEnd = true;
          return;
        }
        if (text.charCodeAt(q + 1) === QUOTE) {
          this.field += '"';
          i = q + 2;
        } else {
          this.inQuotes = false;
          i = q + 1;
        }
        continue;
      }
      // Unquoted: run to the next delimiter, quote or line end.
      let j = i;
      let c = 0;
      while (j < n) {
        c = text.charCodeAt(j);
        if (c === d || c === LF || c === CR || c === QUOTE) break;
        j++;
      }
      if (j > i) {
        this.field += text.slice(i, j);
        this.lastWasCR = false;
      }
      if (j >= n) return;
      if (c === QUOTE) {
        // A quote opens a field only at its start; elsewhere it is a literal, as Excel reads it.
        if (this.field === '' && !this.fieldWasQuoted) {
          this.inQuotes = true;
          this.fieldWasQuoted = true;
        } else this.field += '"';
        this.lastWasCR = false;
      } else if (c === d) {
        this.fields.push(this.field);
        this.field = '';
        this.fieldWasQuoted = false;
        this.lastWasCR = false;
      } else {
        // CR, LF or CRLF ends the record (the LF of a CRLF is skipped).
        if (!(c === LF && this.lastWasCR)) {
          if (this.field !== '' || this.fields.length > 0 || this.fieldWasQuoted) this.endRecord();
          else this.recordLine = this.line + 1; // an empty line
          this.line += 1;
          this.recordLine = this.line;
        }
        this.lastWasCR = c === CR;
      }
      i = j + 1;
    }
  }

  private endRecord(): void {
    this.fields.push(this.field);
    const fields = this.fields;
    this.fields = [];
    this.field = '';
    this.fieldWasQuoted = false;
    this.sink(fields, this.recordLine);
  }
}

function countLf(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = text.indexOf('\n', from); k >= 0 && k < to; k = text.indexOf('\n', k + 1)) n += 1;
  return n;
}
