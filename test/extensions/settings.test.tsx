/** The settings page rendered with HubSpot's test renderer: load, edit, validate, save. */
import { Alert, Button, Checkbox, ErrorState, Input, LoadingSpinner, Text, TextArea, ToggleGroup } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import type { ApiErrorBody, PutSettingsRequest } from '../../src/api/card-api';
import { SettingsPage } from '../../extensions/app/settings/SettingsPage';
import { fire, installFakeFetch, textOf, type FakeFetch } from './home-settings-fake-fetch';
import { BACKFILL_PATH, DEFAULT_AUTOMATION, learningResponse, SETTINGS_PATH, settingsResponse, STORED_CORE, VOCABULARY_PATH } from './settings-fixtures';

let fake: FakeFetch;
beforeEach(() => {
  fake = installFakeFetch();
});
afterEach(async () => {
  // Let late effects run, then fail on any request nobody expected or answer nobody asked for.
  await new Promise((resolve) => setTimeout(resolve, 20));
  fake.restore();
  fake.expectAllConsumed();
});

function renderPage() {
  const renderer = createRenderer('settings');
  renderer.render(
    <SettingsPage context={renderer.mocks.context} actions={renderer.mocks.actions} backfillPollMs={5} now={() => new Date('2026-12-01T08:00:00Z')} />,
  );
  return renderer;
}

type Renderer = ReturnType<typeof renderPage>;

async function renderLoaded(response = settingsResponse()) {
  fake.reply('GET', SETTINGS_PATH, response).reply('GET', BACKFILL_PATH, { run: null }).reply('GET', VOCABULARY_PATH, learningResponse());
  const r = renderPage();
  await r.waitFor(() => r.findByTestId(Input, 'settings-threshold'));
  return r;
}

const input = (r: Renderer, testId: string) => r.findByTestId(Input, testId);
const textArea = (r: Renderer, testId: string) => r.findByTestId(TextArea, testId);
const type = (node: { trigger: (...args: never[]) => void }, value: unknown) => fire(node, 'onChange', value);
const save = (r: Renderer) => fire(r.findByTestId(Button, 'settings-save'), 'onClick');

describe('SettingsPage: loading', () => {
  it('shows a spinner until the settings arrive, then fills every field from them', async () => {
    const release = fake.hold('GET', SETTINGS_PATH, settingsResponse());
    fake.reply('GET', BACKFILL_PATH, { run: null }).reply('GET', VOCABULARY_PATH, learningResponse());
    const r = renderPage();
    expect(r.findByTestId(LoadingSpinner, 'settings-loading')).toBeTruthy();
    expect(r.maybeFindByTestId(Input, 'settings-threshold')).toBeNull();

    release();
    await r.waitFor(() => r.findByTestId(Input, 'settings-threshold'));
    expect(r.findByTestId(ToggleGroup, 'settings-mode').props.value).toBe('suggest');
    expect(input(r, 'settings-threshold').props.value).toBe('80');
    expect(r.findByTestId(ToggleGroup, 'settings-owner-rule').props.value).toBe('deal_owner');
    expect(r.maybeFindByTestId(Input, 'settings-owner-id')).toBeNull();
    // Effective values: the stored override where there is one, the default elsewhere.
    expect(input(r, 'settings-cadence-moved_away').props.value).toBe('200, 400');
    expect(input(r, 'settings-cadence-bought_away').props.value).toBe('45, 120, 300');
    expect(input(r, 'settings-cadence-intentionally_pushed_away').props.value).toBe('');
    expect(textArea(r, 'settings-competitors').props.value).toBe('Acmetrix\nGlobex');
    expect(textArea(r, 'settings-phrases-bought_away').props.value).toBe('cheaper offer');
    expect(textArea(r, 'settings-phrases-pulled_away').props.value).toBe('');

    const [get] = fake.callsTo('GET', SETTINGS_PATH);
    expect(get?.query).toEqual({});
    await r.waitFor(() => expect(fake.callsTo('GET', BACKFILL_PATH)).toHaveLength(1));
    fake.expectAllConsumed();
  });

  it('uses the backend origin from the profile variables', async () => {
    fake.reply('GET', SETTINGS_PATH, settingsResponse()).reply('GET', BACKFILL_PATH, { run: null }).reply('GET', VOCABULARY_PATH, learningResponse());
    const r = createRenderer('settings');
    r.mocks.context.variables = { REGAIN_API_BASE_URL: 'https://staging.regain.example/' };
    r.render(<SettingsPage context={r.mocks.context} actions={r.mocks.actions} />);
    await r.waitFor(() => r.findByTestId(Input, 'settings-threshold'));
    expect(String(fake.fetch.mock.calls[0]?.[0])).toBe('https://staging.regain.example/api/v1/settings');
  });

  it('shows the error with a retry, and loads on retry', async () => {
    fake.reply('GET', SETTINGS_PATH, { error: { code: 'unavailable', message: 'Regain is restarting. Try again in a minute.' } }, 503);
    const r = renderPage();
    await r.waitFor(() => r.findByTestId(ErrorState, 'settings-load-error'));
    expect(textOf(r.findByTestId(ErrorState, 'settings-load-error'))).toContain('Regain is restarting. Try again in a minute.');
    expect(r.maybeFindByTestId(Button, 'settings-save')).toBeNull();

    fake.reply('GET', SETTINGS_PATH, settingsResponse()).reply('GET', BACKFILL_PATH, { run: null }).reply('GET', VOCABULARY_PATH, learningResponse());
    fire(r.findByTestId(Button, 'settings-retry'), 'onClick');
    await r.waitFor(() => expect(input(r, 'settings-threshold').props.value).toBe('80'));
    expect(fake.callsTo('GET', SETTINGS_PATH)).toHaveLength(2);
  });

  it('says so when the backend cannot be reached at all', async () => {
    fake.failNetwork('GET', SETTINGS_PATH);
    const r = renderPage();
    await r.waitFor(() => r.findByTestId(ErrorState, 'settings-load-error'));
    expect(textOf(r.findByTestId(ErrorState, 'settings-load-error'))).toContain('Regain could not be reached');
  });
});

describe('SettingsPage: saving', () => {
  it('sends exactly the edited overrides, keeps the sections it does not edit, and confirms', async () => {
    const r = await renderLoaded();
    type(r.findByTestId(ToggleGroup, 'settings-mode'), 'create_plan');
    type(input(r, 'settings-threshold'), '65');
    type(r.findByTestId(ToggleGroup, 'settings-owner-rule'), 'fixed_owner');
    await r.waitFor(() => input(r, 'settings-owner-id'));
    type(input(r, 'settings-owner-id'), ' 4242 ');
    type(input(r, 'settings-cadence-bought_away'), '90,30 , 90');
    type(textArea(r, 'settings-competitors'), 'Acmetrix\nGlobex, Initech\n\n');
    type(textArea(r, 'settings-phrases-pulled_away'), 'better roadmap\n  their new platform  ');

    const savedCore = {
      ...STORED_CORE,
      vocabulary: { competitors: ['Acmetrix', 'Globex', 'Initech'], phrases: { bought_away: ['cheaper offer'], pulled_away: ['better roadmap', 'their new platform'] } },
      activeWaiting: { cadenceDays: { moved_away: [200, 400], bought_away: [30, 90] } },
    };
    const savedAutomation = { mode: 'create_plan', confidenceThreshold: 0.65, taskOwner: { rule: 'fixed_owner', ownerId: '4242' } } as const;
    fake.reply('PUT', SETTINGS_PATH, settingsResponse(savedCore, savedAutomation));
    save(r);

    await r.waitFor(() => expect(r.mocks.actions.addAlert.calls).toHaveLength(1));
    expect(fake.callsTo('PUT', SETTINGS_PATH).map((c) => c.body)).toEqual([
      {
        core: {
          vocabulary: { competitors: ['Acmetrix', 'Globex', 'Initech'], phrases: { bought_away: ['cheaper offer'], pulled_away: ['better roadmap', 'their new platform'] } },
          classification: { minConfidence: 0.5 },
          activeWaiting: { cadenceDays: { moved_away: [200, 400], bought_away: [30, 90] } },
        },
        automation: { mode: 'create_plan', confidenceThreshold: 0.65, taskOwner: { rule: 'fixed_owner', ownerId: '4242' } },
      } satisfies PutSettingsRequest,
    ]);
    expect(r.mocks.actions.addAlert.calls[0]?.[0]).toMatchObject({ type: 'success', title: 'Settings saved' });
    // The form now shows what the backend stored, normalised.
    await r.waitFor(() => expect(input(r, 'settings-cadence-bought_away').props.value).toBe('30, 90'));
    expect(textArea(r, 'settings-competitors').props.value).toBe('Acmetrix\nGlobex\nInitech');
    expect(r.maybeFindByTestId(Alert, 'settings-form-error')).toBeNull();
    fake.expectAllConsumed();
  });

  it('switches the words’ second opinion off and on, and shows the backend’s refusal next to it', async () => {
    const r = await renderLoaded();
    const box = () => r.findByTestId(Checkbox, 'settings-second-opinion');
    expect(box().props.checked).toBe(true);
    fire(box(), 'onChange', false);
    await r.waitFor(() => expect(box().props.checked).toBe(false));
    fake.reply('PUT', SETTINGS_PATH, {
      error: { code: 'validation_failed', message: 'The settings is not valid.', issues: [{ code: 'invalid_type', path: ['core', 'classification', 'secondOpinion'], message: 'Invalid input: expected boolean' }] },
    } satisfies ApiErrorBody, 400);
    save(r);
    await r.waitFor(() => expect(textOf(r.findByTestId(Text, 'settings-second-opinion-error'))).toBe('Invalid input: expected boolean'));
    expect(box().props.checked).toBe(false);

    const savedCore = { ...STORED_CORE, classification: { minConfidence: 0.5, secondOpinion: false } };
    fake.reply('PUT', SETTINGS_PATH, settingsResponse(savedCore));
    save(r);
    await r.waitFor(() => expect(r.mocks.actions.addAlert.calls).toHaveLength(1));
    expect(fake.callsTo('PUT', SETTINGS_PATH).map((c) => (c.body as PutSettingsRequest).core.classification)).toEqual([
      { minConfidence: 0.5, secondOpinion: false },
      { minConfidence: 0.5, secondOpinion: false },
    ]);
    expect(box().props.checked).toBe(false);
  });

  it('sends the stored override back unchanged when nothing was edited (no defaults copied in)', async () => {
    const r = await renderLoaded();
    // Typed and reverted, or reordered without a change in meaning: not an edit.
    type(input(r, 'settings-cadence-pulled_away'), '330, 60, 150');
    type(textArea(r, 'settings-competitors'), 'Acmetrix, Globex');
    fake.reply('PUT', SETTINGS_PATH, settingsResponse());
    save(r);
    await r.waitFor(() => expect(fake.callsTo('PUT', SETTINGS_PATH)).toHaveLength(1));
    expect(fake.callsTo('PUT', SETTINGS_PATH)[0]?.body).toEqual({ core: STORED_CORE, automation: DEFAULT_AUTOMATION });
  });

  it('blocks the save on client-side errors, shows each next to its field, and sends nothing', async () => {
    const r = await renderLoaded();
    type(input(r, 'settings-threshold'), '150');
    type(r.findByTestId(ToggleGroup, 'settings-owner-rule'), 'fixed_owner');
    await r.waitFor(() => input(r, 'settings-owner-id'));
    type(input(r, 'settings-owner-id'), 'jane@example.com');
    type(input(r, 'settings-cadence-moved_away'), '180, soon');
    type(input(r, 'settings-cadence-undetermined'), '0');
    type(textArea(r, 'settings-competitors'), 'Acmetrix\nX');
    type(textArea(r, 'settings-phrases-moved_away'), 'a'.repeat(81));
    save(r);

    await r.waitFor(() => r.findByTestId(Alert, 'settings-form-error'));
    expect(textOf(r.findByTestId(Alert, 'settings-form-error'))).toContain('Fix the 6 highlighted fields first.');
    expect(input(r, 'settings-threshold').props).toMatchObject({ error: true, validationMessage: 'Enter a percentage from 0 to 100.' });
    expect(input(r, 'settings-owner-id').props).toMatchObject({ error: true, validationMessage: 'A HubSpot owner id is a number, such as 12345678.' });
    expect(input(r, 'settings-cadence-moved_away').props).toMatchObject({ error: true, validationMessage: '"soon" is not a whole number of days.' });
    expect(input(r, 'settings-cadence-undetermined').props.validationMessage).toBe('0 is out of range: use 1 to 1825 days.');
    expect(textArea(r, 'settings-competitors').props.validationMessage).toBe('"X" is too short: a competitor name needs at least 2 characters.');
    expect(textArea(r, 'settings-phrases-moved_away').props.validationMessage).toContain('is too long: a phrase has at most 80 characters.');
    // Fields without a problem stay clean.
    expect(input(r, 'settings-cadence-bought_away').props).toMatchObject({ error: false, validationMessage: undefined });
    expect(fake.callsTo('PUT', SETTINGS_PATH)).toHaveLength(0);

    // Fixing a field clears its message; the others stay until the next save.
    type(input(r, 'settings-threshold'), '70');
    await r.waitFor(() => expect(input(r, 'settings-threshold').props.error).toBe(false));
    expect(input(r, 'settings-cadence-moved_away').props.error).toBe(true);
    expect(fake.callsTo('PUT', SETTINGS_PATH)).toHaveLength(0);
  });

  it('puts the backend’s 400 issues on the fields they name and keeps what the admin typed', async () => {
    const r = await renderLoaded();
    type(r.findByTestId(ToggleGroup, 'settings-owner-rule'), 'fixed_owner');
    await r.waitFor(() => input(r, 'settings-owner-id'));
    type(input(r, 'settings-owner-id'), '777');
    type(textArea(r, 'settings-competitors'), 'Acmetrix\nGlobex\nInitech');
    type(input(r, 'settings-cadence-bought_away'), '10, 20');
    const body: ApiErrorBody = {
      error: {
        code: 'validation_failed',
        message: 'The settings is not valid.',
        issues: [
          { code: 'custom', path: ['core', 'vocabulary', 'competitors', 2], message: 'is already a customer of yours' },
          { code: 'invalid_format', path: ['automation', 'taskOwner', 'ownerId'], message: 'no such owner in this account' },
          { code: 'too_small', path: ['core', 'activeWaiting', 'cadenceDays', 'bought_away', 0], message: 'Too small: expected number to be >=14' },
          { code: 'unrecognized_keys', path: ['core', 'plan'], message: 'Unrecognized key: "legacy"' },
        ],
      },
    };
    fake.reply('PUT', SETTINGS_PATH, body, 400);
    save(r);

    await r.waitFor(() => r.findByTestId(Alert, 'settings-form-error'));
    expect(textArea(r, 'settings-competitors').props).toMatchObject({ error: true, validationMessage: '"Initech": is already a customer of yours' });
    expect(input(r, 'settings-owner-id').props).toMatchObject({ error: true, validationMessage: 'no such owner in this account' });
    expect(input(r, 'settings-cadence-bought_away').props.validationMessage).toBe('"10": Too small: expected number to be >=14');
    expect(textOf(r.findByTestId(Alert, 'settings-form-error'))).toContain('core.plan: Unrecognized key: "legacy"');
    // Nothing the admin typed is lost.
    expect(textArea(r, 'settings-competitors').props.value).toBe('Acmetrix\nGlobex\nInitech');
    expect(input(r, 'settings-owner-id').props.value).toBe('777');
    expect(input(r, 'settings-cadence-bought_away').props.value).toBe('10, 20');
    expect(r.mocks.actions.addAlert.calls).toHaveLength(0);

    // The admin fixes it and saves again: the same edits go out.
    type(input(r, 'settings-cadence-bought_away'), '20');
    fake.reply('PUT', SETTINGS_PATH, settingsResponse());
    save(r);
    await r.waitFor(() => expect(r.mocks.actions.addAlert.calls).toHaveLength(1));
    const second = fake.callsTo('PUT', SETTINGS_PATH)[1]?.body as PutSettingsRequest;
    expect(second.core.activeWaiting?.cadenceDays?.bought_away).toEqual([20]);
    expect(second.automation.taskOwner).toEqual({ rule: 'fixed_owner', ownerId: '777' });
  });

  it('keeps the input and raises a danger alert when the save fails on the backend', async () => {
    const r = await renderLoaded();
    type(input(r, 'settings-threshold'), '55');
    fake.reply('PUT', SETTINGS_PATH, { message: 'upstream', appServerStatusCode: 502 }, 502);
    save(r);
    await r.waitFor(() => expect(r.mocks.actions.addAlert.calls).toHaveLength(1));
    expect(r.mocks.actions.addAlert.calls[0]?.[0]).toMatchObject({ type: 'danger', title: 'Settings not saved' });
    expect(textOf(r.findByTestId(Alert, 'settings-form-error'))).toContain('Regain had a problem answering');
    expect(input(r, 'settings-threshold').props.value).toBe('55');
    expect(r.findByTestId(Button, 'settings-save').props.disabled).toBe(false);
  });

  it('discards unsaved edits on request', async () => {
    const r = await renderLoaded();
    type(input(r, 'settings-threshold'), '12');
    await r.waitFor(() => expect(input(r, 'settings-threshold').props.value).toBe('12'));
    fire(r.findByTestId(Button, 'settings-discard'), 'onClick');
    await r.waitFor(() => expect(input(r, 'settings-threshold').props.value).toBe('80'));
    expect(fake.callsTo('PUT', SETTINGS_PATH)).toHaveLength(0);
  });
});
