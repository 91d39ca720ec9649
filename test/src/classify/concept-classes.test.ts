import type { DefectionSegment } from '../../../src/types';
import { classifyText as classify } from './classify-text';
import { BOUGHT_AWAY, PULLED_AWAY, type Case } from './cases-bought-pulled';
import { INTENTIONALLY_PUSHED_AWAY, UNDETERMINED } from './cases-exit-undetermined';
import { MOVED_AWAY, UNINTENTIONALLY_PUSHED_AWAY } from './cases-failure-moved';
import { BOUGHT_AWAY_FORMS, MOVED_AWAY_FORMS, PULLED_AWAY_FORMS, UNINTENTIONALLY_PUSHED_AWAY_FORMS } from './cases-generalise';
import * as TOLD from './cases-told';

const rows = (segment: DefectionSegment, cases: readonly Case[]) => cases.map(([lang, concept, text]) => [segment, lang, concept, text] as const);

// Step I by concept class and language: each row is one of our own examples (none from an evaluation set).
describe.each([
  ['bought_away', [...BOUGHT_AWAY, ...BOUGHT_AWAY_FORMS, ...TOLD.BOUGHT_AWAY_TOLD]],
  ['pulled_away', [...PULLED_AWAY, ...PULLED_AWAY_FORMS, ...TOLD.PULLED_AWAY_TOLD]],
  ['unintentionally_pushed_away', [...UNINTENTIONALLY_PUSHED_AWAY, ...UNINTENTIONALLY_PUSHED_AWAY_FORMS, ...TOLD.UNINTENTIONALLY_PUSHED_AWAY_TOLD]],
  ['moved_away', [...MOVED_AWAY, ...MOVED_AWAY_FORMS, ...TOLD.MOVED_AWAY_TOLD]],
  ['intentionally_pushed_away', [...INTENTIONALLY_PUSHED_AWAY, ...TOLD.INTENTIONALLY_PUSHED_AWAY_TOLD]],
  ['undetermined', [...UNDETERMINED, ...TOLD.UNDETERMINED_TOLD]],
] as const)('%s', (segment, cases) => {
  it.each(rows(segment, cases))('%s [%s, %s] %j', (expected, _lang, _concept, text) => {
    const result = classify(text);
    expect(result.segment).toBe(expected);
    // Every result names the clause and the words that decided it, as the rep wrote them.
    expect(result.decidedBy).not.toBeNull();
    expect(text).toContain(result.decidedBy!.clause.replace(/…$/, ''));
    if (result.decidedBy!.cue) expect(text).toContain(result.decidedBy!.cue);
  });
});

describe('what the evidence shows', () => {
  it.each(['cheaper vndr, same spec', 'Wettbewerber bietet dieselbe Leistung rund 15 % günstiger an.', 'No decision', 'Lost to competitor'])(
    'only the rep\'s own words, never pattern syntax, and nothing "points to undetermined": %j',
    (text) => {
      const result = classify(text);
      for (const item of result.evidence) {
        expect(item.segment).not.toBe('undetermined');
        expect(item.reason).not.toMatch(/[*_~@]/);
        expect(text).toContain(item.excerpt);
      }
    },
  );
});
