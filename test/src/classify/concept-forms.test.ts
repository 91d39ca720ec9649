import { readText } from '../../../src/classify/read-text';
import { CAUSE_SPECS } from '../../../src/classify/concepts';
import { MARKER_CONCEPTS } from '../../../src/classify/concepts/markers';
import { MOVED_QUALIFIERS } from '../../../src/classify/concepts/phrases-moved';
import { QUALIFIER_CONCEPTS } from '../../../src/classify/concepts/qualifiers';
import { RECURRENCE_CONCEPTS } from '../../../src/classify/concepts/recurrence';
import { TOLD_TIMING_QUALIFIERS } from '../../../src/classify/concepts/told-change-choice';
import { TOLD_NARRATIVE_QUALIFIERS } from '../../../src/classify/concepts/told-narrative-qualifiers';

const SPECS = [...CAUSE_SPECS, ...MARKER_CONCEPTS, ...QUALIFIER_CONCEPTS, ...RECURRENCE_CONCEPTS, ...MOVED_QUALIFIERS, ...TOLD_TIMING_QUALIFIERS, ...TOLD_NARRATIVE_QUALIFIERS];
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
