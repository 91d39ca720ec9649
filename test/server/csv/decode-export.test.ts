import { CsvFormatError, CsvRecordParser, detectDelimiter } from '../../../server/csv/csv-records';
import { ExportDecoder, ExportEncodingError } from '../../../server/csv/decode-export';

/** Decodes `bytes` fed in chunks of `size` bytes. */
function decode(bytes: Buffer, size: number): { text: string; switchedAt: number | null; encoding: string } {
  let switchedAt: number | null = null;
  const d = new ExportDecoder((line) => (switchedAt = line));
  let text = '';
  for (let i = 0; i < bytes.length; i += size) text += d.write(bytes.subarray(i, i + size));
  text += d.end();
  return { text, switchedAt, encoding: d.encoding };
}

const cp1252 = (s: string) => Buffer.from([...s].map((c) => ({ '€': 0x80, '’': 0x92, '–': 0x96 })[c] ?? c.charCodeAt(0)));

describe('ExportDecoder', () => {
  const utf8 = Buffer.from('id,text\n1,"Kunde wurde übernommen – 5 € zu teuer"\n2,"ça coûte trop cher"\n', 'utf8');

  it.each([1, 2, 3, 7, 1024])('keeps UTF-8 as UTF-8 whatever the chunk size (%i bytes)', (size) => {
    expect(decode(utf8, size)).toEqual({ text: utf8.toString('utf8'), switchedAt: null, encoding: 'utf-8' });
  });

  it('drops a UTF-8 BOM', () => {
    const r = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), 2);
    expect(r.text).toBe(utf8.toString('utf8'));
  });

  it.each([1, 5, 4096])('reads a Windows-1252 export as Windows-1252 and says from which line (%i-byte chunks)', (size) => {
    const bytes = cp1252('id,text\n1,price only\n2,zu teuer: 5€ – Kunde’s Budget, Übernahme, ça\n');
    const r = decode(bytes, size);
    expect(r.encoding).toBe('windows-1252');
    expect(r.switchedAt).toBe(3);
    expect(r.text).toBe('id,text\n1,price only\n2,zu teuer: 5€ – Kunde’s Budget, Übernahme, ça\n');
    expect(r.text).not.toContain('\ufffd');
  });

  it('refuses mixed encodings, naming the line, rather than guessing', () => {
    const bytes = Buffer.concat([Buffer.from('id,text\n1,übernommen\n', 'utf8'), cp1252('2,zu teuer €\n')]);
    expect(() => decode(bytes, 4096)).toThrow(ExportEncodingError);
    expect(() => decode(bytes, 4096)).toThrow(/line 3: .*mixed encodings/);
  });

  it('refuses a UTF-8 file cut in the middle of a character', () => {
    const bytes = Buffer.from('id,text\n1,übernommen ü', 'utf8').subarray(0, -1);
    expect(() => decode(bytes, 4096)).toThrow(/line 2: the file ends in the middle of a UTF-8 character/);
  });

  it.each([
    [Buffer.from([0xff, 0xfe, 0x69, 0x00]), /line 1: the file is UTF-16/],
    [Buffer.from('id,text\n1,a\0b\n'), /line 2: NUL bytes/],
    [Buffer.from([0x69, 0x64, 0x0a, 0x31, 0x2c, 0x81, 0x0a]), /line 2: byte 0x81 is neither UTF-8 nor Windows-1252/],
  ])('refuses bytes that fit neither encoding (%#)', (bytes, message) => {
    expect(() => decode(bytes, 4096)).toThrow(message);
  });
});

describe('CsvRecordParser', () => {
  const parse = (text: string, size = text.length) => {
    const records: Array<[string[], number]> = [];
    const p = new CsvRecordParser((f, line) => records.push([f, line]));
    for (let i = 0; i < text.length; i += size) p.push(text.slice(i, i + size));
    p.end();
    return records;
  };
  const csv = 'a,b,c\r\n1,"x, ""quoted""\r\nline two",3\r\n\r\n2,plain "inner" quote,\n3,,"ends"';

  it.each([1, 2, 3, 100])('splits records the same whatever the chunking (%i chars), with the line each starts on', (size) => {
    expect(parse(csv, size)).toEqual([
      [['a', 'b', 'c'], 1],
      [['1', 'x, "quoted"\r\nline two', '3'], 2],
      [['2', 'plain "inner" quote', ''], 5],
      [['3', '', 'ends'], 6],
    ]);
  });

  it('reads the delimiter from the header (semicolon and tab exports)', () => {
    expect(detectDelimiter('"Record ID";"Closed Lost Reason"')).toBe(';');
    expect(detectDelimiter('id\ttext')).toBe('\t');
    expect(detectDelimiter('"a;b",c')).toBe(',');
    expect(parse('id;text\n1;"Preis, zu hoch"\n')).toEqual([
      [['id', 'text'], 1],
      [['1', 'Preis, zu hoch'], 2],
    ]);
  });

  it('rejects a quoted field that never closes, naming the line it opens on', () => {
    expect(() => parse('a,b\n1,"open\nstill open\n')).toThrow(CsvFormatError);
    expect(() => parse('a,b\n1,"open\nstill open\n')).toThrow(/line 2: a quoted field opens here and never closes/);
  });
});
