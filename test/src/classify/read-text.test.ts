import { classifyDefection, MAX_DEAL_CHARS } from '../../../src/classify/classify-defection';
import { compileLexicon } from '../../../src/classify/concepts';
import { readClauses } from '../../../src/classify/read-clauses';
import { MAX_TEXT_CHARS, readText } from '../../../src/classify/read-text';
import { resolveSettings } from '../../../src/settings';
import { makeSnapshot } from '../../fakes/snapshot-factory';
import { classifyText } from './classify-text';

const words = (text: string) => readText(text).tokens.map((t) => t.w);

describe('readText', () => {
  it.each<[string, string[]]>([
    ["It wasn't about price", ['it', 'was', 'not', 'about', 'price']],
    ['Preis zu hoch, Wettbewerber günstiger', ['preis', 'zu', 'hoch', 'wettbewerber', 'gunstiger']],
    ["Ce n'est pas le prix", ['ce', 'ne', 'est', 'pas', 'le', 'prix']],
    ['cust went w/ comp b/c cheaper', ['customer', 'went', 'with', 'competitor', 'because', 'cheaper']],
    ['suporte ñ responde', ['suporte', 'nao', 'responde']],
    ['billing errors x4, 20% over', ['billing', 'errors', 'times', '4', '20', 'pct', 'over']],
    ['late deliveries -> cancelled', ['late', 'deliveries', 'so', 'cancelled']],
    ['wanted -12% (items 3-4)', ['wanted', 'minus', '12', 'pct', 'items', '3', '4']],
  ])('%j -> %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('keeps offsets into the original text, so evidence quotes the rep', () => {
    const text = 'Kd. auf Liefersperre gesetzt – Entscheidung GF';
    const read = readText(text);
    for (const t of read.tokens) expect(text.slice(t.start, t.end).length).toBeGreaterThan(0);
    expect(text.slice(read.tokens[2]!.start, read.tokens[2]!.end)).toBe('Liefersperre');
  });

  it('splits sentences at full stops but not after abbreviations, and marks a picklist value before a dash', () => {
    const read = readText('Price - Kd. hat gewechselt. Grund unklar');
    expect(read.segments[0]).toMatchObject({ from: 0, to: 1, dash: true });
    expect(new Set(read.segments.map((s) => s.sentence)).size).toBe(2);
  });

  it('marks a customer\'s quoted words', () => {
    const read = readText('Buyer: "we found it cheaper" and left');
    expect(read.tokens.filter((t) => t.q).map((t) => t.w)).toEqual(['we', 'found', 'it', 'cheaper']);
    expect(readText("cust's words: 'price'").tokens.find((t) => t.w === 'price')?.q).toBe(true);
  });
});

describe('a documented cap on what is read', () => {
  const huge = 'Pasted thread. The competitor was cheaper. '.repeat(30_000); // ~1.3 MB

  it(`reads at most ${MAX_TEXT_CHARS} characters of one text and says the rest was ignored`, () => {
    const read = readText(huge);
    expect(read.readChars).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(read.totalChars).toBe(huge.length);
    const result = classifyDefection(makeSnapshot({ reason: huge }), resolveSettings());
    expect(result.segment).toBe('bought_away');
    expect(result.notRead).toEqual([{ source: 'lost_reason', readChars: read.readChars, totalChars: huge.length }]);
  });

  it(`reads at most ${MAX_DEAL_CHARS} characters over all texts of a deal`, () => {
    const notes = Array.from({ length: 8 }, () => 'Outage again. '.repeat(2_000));
    const result = classifyDefection(makeSnapshot({ reason: 'Service', notes }), resolveSettings());
    const ignored = result.notRead.reduce((n, t) => n + (t.totalChars - t.readChars), 0);
    const total = notes.reduce((n, t) => n + t.length, 0) + 'Service'.length;
    expect(total - ignored).toBeLessThanOrEqual(MAX_DEAL_CHARS);
    expect(result.notRead.some((t) => t.readChars === 0)).toBe(true);
  });

  it('reads a run of words with no punctuation in bounded clauses (cost linear in length)', () => {
    const lexicon = compileLexicon(resolveSettings().vocabulary);
    const parts = readClauses('price service outage cheaper competitor '.repeat(4_000), lexicon);
    expect(parts.clauses.length).toBeGreaterThan(50);
    for (const c of parts.clauses) expect(c.to - c.from).toBeLessThanOrEqual(40);
  });
});

describe('words that are also names every JavaScript object inherits', () => {
  it.each(['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty', 'isPrototypeOf', 'toLocaleString'])(
    '"%s" is read as a word (a Spanish "grupo constructor" must not crash the reading)',
    (word) => {
      const text = `El grupo ${word} desmanteló la planta; ${word}.`;
      const read = readText(text);
      expect(read.tokens.every((t) => typeof t.w === 'string')).toBe(true);
      expect(read.tokens.some((t) => t.w === word.toLowerCase().replace(/_/g, ''))).toBe(true);
      expect(() => classifyText(text)).not.toThrow();
    },
  );
});
