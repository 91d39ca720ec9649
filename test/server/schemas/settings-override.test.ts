import { parseSettingsOverride } from '../../../server/schemas/settings';

describe('the settings an admin may override', () => {
  it('take the second opinion as a switch', () => {
    expect(parseSettingsOverride({ classification: { secondOpinion: false } })).toEqual({ ok: true, value: { classification: { secondOpinion: false } } });
  });

  it('refuse anything but true or false for it, naming the field', () => {
    const parsed = parseSettingsOverride({ classification: { secondOpinion: 'off' } });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((i) => i.path.join('.'))).toContain('classification.secondOpinion');
  });
});
