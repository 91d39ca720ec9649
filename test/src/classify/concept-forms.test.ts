import { readText } from '../../../src/classify/read-text';
import { CAUSE_SPECS, CONCEPT_SEGMENT, MARKER_SPECS, SEGMENT_CONCEPTS } from '../../../src/classify/concepts';

const SPECS = [...CAUSE_SPECS, ...MARKER_SPECS];
const forms = SPECS.flatMap((s) => Object.values(s.forms).flat() as string[]);

// A form is matched against words as the reader folds them; one it can never see is dead weight.
describe('concept forms are written as the reader folds text', () => {
  it('the reader turns the French elisions n\' and qu\' into "ne" and "que"', () => {
    expect(readText("nous n'avons pas, qu'une").tokens.map((t) => t.w)).toEqual(['nous', 'ne', 'avons', 'pas', 'que', 'une']);
  });

  it('so no form spells them "n" or "qu" before another word ("n/a" aside)', () => {
    const dead = forms.filter((f) => f !== 'n a' && /(?:^| )(?:n|qu) \S/.test(f));
    expect(dead).toEqual([]);
  });

  it('and no form has upper case or accents, which folding removes', () => {
    expect(forms.filter((f) => /[A-Z\u00c0-\u024f]/.test(f))).toEqual([]);
  });
});

// The lexicon is laid out by the framework: a folder per Step I segment, a file per concept.
describe('the lexicon layout', () => {
  it('each segment folder holds only concepts that point to that segment (competitor and neutral: undetermined)', () => {
    const misplaced = Object.entries(SEGMENT_CONCEPTS).flatMap(([segment, specs]) =>
      specs.filter((s) => (CONCEPT_SEGMENT[s.concept] ?? 'undetermined') !== segment).map((s) => `${s.concept} in ${segment}`),
    );
    expect(misplaced).toEqual([]);
  });

  it('no form is listed twice for one concept (the matcher would keep only the heaviest)', () => {
    const keys = SPECS.flatMap((s) => (Object.values(s.forms).flat() as string[]).map((f) => `${s.concept} ${f.split(' ').filter(Boolean).join(' ')}`));
    const seen = new Set<string>();
    const twice = keys.filter((key) => seen.size === seen.add(key).size);
    expect(twice).toEqual([]);
  });

  it('and no concept has a block without forms', () => {
    expect(SPECS.filter((s) => (Object.values(s.forms).flat() as string[]).length === 0).map((s) => s.concept)).toEqual([]);
  });
});
