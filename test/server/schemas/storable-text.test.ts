import { hubspotId, isStorableText, scrubDeep, scrubText, storableText } from '../../../server/schemas/storable-text';

describe('storable text', () => {
  it.each([
    ['plain', 'Lost to a competitor', true],
    ['an emoji (a well-formed surrogate pair)', 'Lost 😞 to a competitor', true],
    ['accents and other scripts', 'Préis zu hoch, 価格', true],
    ['other control characters', 'tab\there\nnew line\u0001', true],
    ['NUL', 'a\u0000b', false],
    ['a lone high surrogate', 'a\ud83db', false],
    ['a lone low surrogate', 'a\ude00b', false],
    ['a reversed pair', '\ude00\ud83d', false],
  ])('%s: storable %s', (_name, s, ok) => {
    expect(isStorableText(s)).toBe(ok);
    expect(storableText({ max: 100 }).safeParse(s).success).toBe(ok);
  });

  it('scrubs NUL away and replaces unpaired surrogates with U+FFFD, leaving pairs alone', () => {
    expect(scrubText('a\u0000b\ud800c😞')).toBe('ab\uFFFDc😞');
    expect(scrubText('clean')).toBe('clean');
    expect(scrubDeep({ a: ['x\u0000', { b: '\udfff' }], n: 1, d: null })).toEqual({ a: ['x', { b: '\uFFFD' }], n: 1, d: null });
  });

  it('bounds and trims as asked', () => {
    expect(storableText({ max: 3 }).safeParse('abcd').success).toBe(false);
    expect(storableText({ min: 2, max: 10, trim: true }).safeParse('  a ').success).toBe(false);
    expect(storableText({ min: 2, max: 10, trim: true }).parse('  ab ')).toBe('ab');
  });
});

describe('HubSpot ids', () => {
  it.each([
    ['123', '123'],
    [123, '123'],
    ['0', '0'],
    ['1'.repeat(20), '1'.repeat(20)],
    [9007199254740991, '9007199254740991'],
  ])('%p is the id %p', (input, id) => {
    expect(hubspotId.parse(input)).toBe(id);
  });

  it.each([['1'.repeat(21)], [''], ['12a'], ['-1'], [' 1'], ['1\u0000'], [-1], [1.5], [1e21], [Number.NaN], [null], [{}]])('%p is refused', (input) => {
    expect(hubspotId.safeParse(input).success).toBe(false);
  });
});
