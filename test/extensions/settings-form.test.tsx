/**
 * The settings form's pure logic, and its agreement with the backend: what passes the page's checks
 * passes the backend's schemas, and the backend's issue paths land on the page's fields.
 */
import type { PutSettingsRequest } from '../../src/api/card-api';
import { automationSchema } from '../../server/http/routes/settings';
import { settingsOverrideSchema } from '../../server/schemas/settings';
import {
  buildPutRequest,
  fieldErrorsFromIssues,
  formFromSettings,
  parseCadence,
  parseList,
  parseThreshold,
  validateForm,
  type SettingsForm,
} from '../../extensions/app/settings/settings-form';
import { DEFAULT_AUTOMATION, settingsResponse, STORED_CORE } from './settings-fixtures';

describe('parsing the fields', () => {
  it.each([
    ['45, 120, 300', [45, 120, 300]],
    ['300 45;120', [45, 120, 300]],
    ['30,30, 90', [30, 90]],
    ['', []],
    ['  ', []],
    ['1, 1825', [1, 1825]],
  ])('cadence %j → %j', (text, days) => {
    expect(parseCadence(text)).toEqual({ ok: true, value: days });
  });

  it.each([
    ['0', '0 is out of range: use 1 to 1825 days.'],
    ['1826', '1826 is out of range: use 1 to 1825 days.'],
    ['12.5', '"12.5" is not a whole number of days.'],
    ['-3', '"-3" is not a whole number of days.'],
    [Array.from({ length: 13 }, (_, i) => i + 1).join(','), 'At most 12 reminders (you have 13).'],
  ])('cadence %j is refused', (text, message) => {
    expect(parseCadence(text)).toEqual({ ok: false, message });
  });

  it.each([
    ['80', 0.8],
    ['0', 0],
    ['100', 1],
    ['72.5', 0.725],
    ['72,5 %', 0.725],
    ['66.66', 0.667],
  ])('threshold %j → %d', (text, ratio) => {
    expect(parseThreshold(text)).toEqual({ ok: true, value: ratio });
  });

  it.each(['', '101', '-5', 'high', '0.8.1'])('threshold %j is refused', (text) => {
    expect(parseThreshold(text).ok).toBe(false);
  });

  it('splits competitors on lines and commas, phrases on lines only, trimming and dropping repeats', () => {
    expect(parseList(' Acmetrix \n\nGlobex, initech;ACMETRIX', { commas: true })).toEqual(['Acmetrix', 'Globex', 'initech']);
    expect(parseList('cheaper,  elsewhere\nCHEAPER,   elsewhere\n', { commas: false })).toEqual(['cheaper, elsewhere']);
  });
});

describe('the PUT body', () => {
  const loaded = settingsResponse();
  const edit = (change: (f: SettingsForm) => void): SettingsForm => {
    const form = structuredClone(formFromSettings(loaded));
    change(form);
    return form;
  };
  const core = (form: SettingsForm) => {
    const built = buildPutRequest(form, loaded);
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    return built.request.core;
  };

  it('is the stored override itself when nothing changed', () => {
    expect(buildPutRequest(formFromSettings(loaded), loaded)).toEqual({ ok: true, request: { core: STORED_CORE, automation: DEFAULT_AUTOMATION } });
  });

  it('copies no default into a fresh portal’s empty override, and adds only what was edited', () => {
    const fresh = settingsResponse({});
    expect(buildPutRequest(formFromSettings(fresh), fresh)).toEqual({ ok: true, request: { core: {}, automation: DEFAULT_AUTOMATION } });
    const form = formFromSettings(fresh);
    form.cadence.bought_away = '60';
    form.threshold = '90';
    expect(buildPutRequest(form, fresh)).toEqual({
      ok: true,
      request: { core: { activeWaiting: { cadenceDays: { bought_away: [60] } } }, automation: { ...DEFAULT_AUTOMATION, confidenceThreshold: 0.9 } },
    });
  });

  it('adds only the cadence segments that changed (the backend merges them per segment)', () => {
    expect(core(edit((f) => (f.cadence.undetermined = '14, 28'))).activeWaiting).toEqual({ cadenceDays: { moved_away: [200, 400], undetermined: [14, 28] } });
  });

  it('writes an emptied list as an empty override, so a default can be switched off', () => {
    expect(core(edit((f) => (f.cadence.bought_away = ''))).activeWaiting?.cadenceDays?.bought_away).toEqual([]);
    expect(core(edit((f) => (f.competitors = ''))).vocabulary?.competitors).toEqual([]);
  });

  it('sends every segment’s phrases once one changes (the backend replaces `phrases` whole), dropping emptied ones', () => {
    expect(core(edit((f) => (f.phrases.moved_away = 'we in-sourced'))).vocabulary).toEqual({
      competitors: ['Acmetrix', 'Globex'],
      phrases: { bought_away: ['cheaper offer'], moved_away: ['we in-sourced'] },
    });
    expect(core(edit((f) => (f.phrases.bought_away = ''))).vocabulary?.phrases).toEqual({});
  });

  it('never touches a section the page does not edit', () => {
    const withPlan = settingsResponse({ ...STORED_CORE, plan: { maxActivities: 3 }, worthiness: { highThreshold: 0.5 } });
    const form = formFromSettings(withPlan);
    form.threshold = '50';
    const built = buildPutRequest(form, withPlan);
    expect(built.ok && built.request.core).toEqual({ ...STORED_CORE, plan: { maxActivities: 3 }, worthiness: { highThreshold: 0.5 } });
  });

  it('sends the second-opinion switch only when the admin flips it, beside the classification it does not edit', () => {
    expect(formFromSettings(loaded).secondOpinion).toBe(true);
    expect(core(edit((f) => (f.secondOpinion = false))).classification).toEqual({ minConfidence: 0.5, secondOpinion: false });
    const off = settingsResponse({ classification: { secondOpinion: false } });
    expect(formFromSettings(off).secondOpinion).toBe(false);
    const back = formFromSettings(off);
    back.secondOpinion = true;
    expect(buildPutRequest(back, off)).toEqual({ ok: true, request: { core: { classification: { secondOpinion: true } }, automation: DEFAULT_AUTOMATION } });
  });

  it('keeps a fixed owner id while "deal owner" is chosen, without sending it', () => {
    const loadedFixed = settingsResponse(STORED_CORE, { ...DEFAULT_AUTOMATION, taskOwner: { rule: 'fixed_owner', ownerId: '99' } });
    const form = formFromSettings(loadedFixed);
    expect(form.ownerId).toBe('99');
    form.ownerRule = 'deal_owner';
    const built = buildPutRequest(form, loadedFixed);
    expect(built.ok && built.request.automation.taskOwner).toEqual({ rule: 'deal_owner' });
    expect(form.ownerId).toBe('99');
  });

  it('is refused with every field error at once', () => {
    const built = buildPutRequest(
      edit((f) => {
        f.threshold = 'x';
        f.ownerRule = 'fixed_owner';
        f.ownerId = '';
        f.competitors = Array.from({ length: 201 }, (_, i) => `Competitor ${i}`).join('\n');
      }),
      loaded,
    );
    expect(built).toEqual({
      ok: false,
      errors: {
        threshold: 'Enter a percentage from 0 to 100.',
        ownerId: 'Enter the HubSpot owner id who gets the tasks.',
        competitors: 'At most 200 competitor names (you have 201).',
      },
    });
  });
});

describe('agreement with the backend', () => {
  const serverAccepts = (request: PutSettingsRequest) => settingsOverrideSchema.safeParse(request.core).success && automationSchema.safeParse(request.automation).success;

  it('what the page lets through, the backend accepts (edge values included)', () => {
    const loaded = settingsResponse();
    const form = formFromSettings(loaded);
    form.mode = 'create_plan';
    form.threshold = '100';
    form.ownerRule = 'fixed_owner';
    form.ownerId = '12345678901234567890';
    form.cadence.moved_away = Array.from({ length: 12 }, (_, i) => 1825 - i).join(', ');
    form.cadence.undetermined = '1';
    form.competitors = ['ab', 'x'.repeat(60), ...Array.from({ length: 198 }, (_, i) => `Rival ${i}`)].join('\n');
    form.phrases.unintentionally_pushed_away = `no\n${'y'.repeat(80)}`;
    expect(validateForm(form)).toEqual({});
    const built = buildPutRequest(form, loaded);
    expect(built.ok && serverAccepts(built.request)).toBe(true);
  });

  it('a refused second-opinion switch lands on its own field', () => {
    const sent: PutSettingsRequest = { core: { classification: { secondOpinion: 'off' as unknown as boolean } }, automation: DEFAULT_AUTOMATION };
    const issues = (settingsOverrideSchema.safeParse(sent.core).error?.issues ?? []).map((i) => ({ code: i.code, path: ['core', ...i.path.map(String)], message: i.message }));
    expect(issues).toHaveLength(1);
    const { fields, other } = fieldErrorsFromIssues(issues, sent);
    expect(other).toEqual([]);
    expect(Object.keys(fields)).toEqual(['secondOpinion']);
  });

  it('the backend’s own issue paths land on the page’s fields', () => {
    const sent: PutSettingsRequest = {
      core: { vocabulary: { competitors: ['ok', 'A'], phrases: { pulled_away: ['z'] } }, activeWaiting: { cadenceDays: { moved_away: [0] } } },
      automation: { mode: 'create_plan', confidenceThreshold: 1.5, taskOwner: { rule: 'fixed_owner', ownerId: 'jane' } },
    };
    const coreIssues = settingsOverrideSchema.safeParse(sent.core).error?.issues ?? [];
    const automationIssues = automationSchema.safeParse(sent.automation).error?.issues ?? [];
    // The shape server/http/validate.ts answers with, under the PUT body's keys.
    const issues = [
      ...coreIssues.map((i) => ({ code: i.code, path: ['core', ...i.path.map((p) => (typeof p === 'number' ? p : String(p)))], message: i.message })),
      ...automationIssues.map((i) => ({ code: i.code, path: ['automation', ...i.path.map((p) => (typeof p === 'number' ? p : String(p)))], message: i.message })),
    ];
    const { fields, other } = fieldErrorsFromIssues(issues, sent);
    expect(other).toEqual([]);
    expect(Object.keys(fields).sort()).toEqual(['cadence.moved_away', 'competitors', 'ownerId', 'phrases.pulled_away', 'threshold']);
    expect(fields.competitors).toMatch(/^"A": /);
    expect(fields.ownerId).toBe('a HubSpot owner id is numeric');
  });
});
