/**
 * Decodes a CSV export chunk by chunk, as exports really come: UTF-8 (with or without a BOM) stays
 * UTF-8; a file whose bytes are not valid UTF-8 and carry no UTF-8 text before the first bad byte is
 * read as Windows-1252 (what German and French Excel save as "CSV"), and the caller is told so. Bytes
 * that fit neither (mixed encodings, UTF-16, NUL bytes, the five bytes Windows-1252 leaves undefined)
 * are refused with the line they sit on. Nothing is ever turned into U+FFFD.
 */
import { isUtf8 } from 'node:buffer';

export type ExportEncoding = 'utf-8' | 'windows-1252';

/** An export that cannot be decoded faithfully: the message names the line. */
export class ExportEncodingError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'ExportEncodingError';
  }
}

/** Windows-1252 bytes 0x80-0x9F (Latin-1 elsewhere); undefined ones are null. */
const CP1252_HIGH: ReadonlyArray<string | null> = [
  '€', null, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', null, 'Ž', null,
  null, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', null, 'ž', 'Ÿ',
];

const NL = 0x0a;
const countLines = (buf: Uint8Array, end: number): number => {
  let n = 0;
  for (let i = 0; i < end; i++) if (buf[i] === NL) n += 1;
  return n;
};

/** Where a trailing, possibly incomplete UTF-8 sequence starts (buf.length when the end is complete). */
function completeUpTo(buf: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, buf.length); back++) {
    const b = buf[buf.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? buf.length - back : buf.length;
  }
  return buf.length;
}

/** Offset of the first byte that does not start a valid UTF-8 sequence. */
function firstInvalidUtf8(buf: Uint8Array): number {
  for (let i = 0; i < buf.length; ) {
    const b = buf[i]!;
    const need = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (need === 0 || i + need > buf.length || !isUtf8(buf.subarray(i, i + need))) return i;
    i += need;
  }
  return buf.length;
}

function hasNonAscii(buf: Uint8Array): boolean {
  for (let i = 0; i < buf.length; i++) if (buf[i]! >= 0x80) return true;
  return false;
}

/** Streams bytes in, text out. `onSwitch` is called once if the file turns out to be Windows-1252. */
export class ExportDecoder {
  encoding: ExportEncoding = 'utf-8';
  private carry: Buffer = Buffer.alloc(0);
  private started = false;
  private sawUtf8Text = false;
  private linesBefore = 0;

  constructor(private readonly onSwitch: (line: number) => void = () => {}) {}

  /** Text of the next chunk (an incomplete trailing UTF-8 sequence waits for the next one). */
  write(chunk: Buffer): string {
    let buf = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    if (!this.started) {
      if (buf.length < 3 && chunk.length > 0 && buf[0] === 0xef) {
        this.carry = buf;
        return '';
      }
      this.started = true;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
        buf = buf.subarray(3);
        this.sawUtf8Text = true; // a UTF-8 BOM: the file says what it is
      } else if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
        throw new ExportEncodingError('line 1: the file is UTF-16 (Excel "Unicode Text"); save it as "CSV UTF-8" instead', 1);
      }
    }
    this.carry = Buffer.alloc(0);
    if (this.encoding === 'utf-8') {
      const end = completeUpTo(buf);
      const part = buf.subarray(0, end);
      if (isUtf8(part)) {
        this.carry = Buffer.from(buf.subarray(end));
        return this.utf8(part);
      }
      const bad = firstInvalidUtf8(buf);
      const line = this.linesBefore + countLines(buf, bad) + 1;
      if (this.sawUtf8Text || hasNonAscii(buf.subarray(0, bad))) {
        throw new ExportEncodingError(`line ${line}: bytes that are not UTF-8 in a file whose earlier text is UTF-8 (mixed encodings); save the export as "CSV UTF-8"`, line);
      }
      this.encoding = 'windows-1252';
      this.onSwitch(line);
    }
    return this.cp1252(buf);
  }

  /** Call at the end: a dangling incomplete UTF-8 sequence is an error, not a silent U+FFFD. */
  end(): string {
    if (this.carry.length === 0) return '';
    const rest = this.carry;
    this.carry = Buffer.alloc(0);
    this.started = true;
    if (this.encoding === 'utf-8' && isUtf8(rest)) return this.utf8(rest);
    if (this.encoding === 'utf-8') {
      const line = this.linesBefore + 1;
      if (this.sawUtf8Text) throw new ExportEncodingError(`line ${line}: the file ends in the middle of a UTF-8 character`, line);
      this.encoding = 'windows-1252';
      this.onSwitch(line);
    }
    return this.cp1252(rest);
  }

  private utf8(part: Buffer): string {
    if (part.indexOf(0) !== -1) this.nul(part);
    if (!this.sawUtf8Text && hasNonAscii(part)) this.sawUtf8Text = true;
    this.linesBefore += countLines(part, part.length);
    return part.toString('utf8');
  }

  private cp1252(part: Buffer): string {
    if (part.indexOf(0) !== -1) this.nul(part);
    let text = part.toString('latin1');
    for (let i = 0; i < part.length; i++) {
      const b = part[i]!;
      if (b >= 0x80 && b <= 0x9f && CP1252_HIGH[b - 0x80] === null) {
        const line = this.linesBefore + countLines(part, i) + 1;
        throw new ExportEncodingError(`line ${line}: byte 0x${b.toString(16).toUpperCase()} is neither UTF-8 nor Windows-1252; save the export as "CSV UTF-8"`, line);
      }
    }
    if (/[\u0080-\u009f]/.test(text)) text = text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
    this.linesBefore += countLines(part, part.length);
    return text;
  }

  private nul(part: Buffer): never {
    const line = this.linesBefore + countLines(part, part.indexOf(0)) + 1;
    throw new ExportEncodingError(`line ${line}: NUL bytes: not a text CSV (a UTF-16 or binary file?); save the export as "CSV UTF-8"`, line);
  }
}
