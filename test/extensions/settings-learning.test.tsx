/** The settings page's "Learning from your reps" section: the agreement line, suggestions, one-click accept. */
import { Alert, Button, Input, Text, TextArea } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import type { PutSettingsRequest, VocabularySuggestionView } from '../../src/api/card-api';
import { SettingsPage } from '../../extensions/app/settings/SettingsPage';
import { agreementLine, withPhrase } from '../../extensions/app/settings/learning-text';
import { fire, installFakeFetch, textOf, type FakeFetch } from './home-settings-fake-fetch';
import { BACKFILL_PATH, learningResponse, SETTINGS_PATH, settingsResponse, STORED_CORE, VOCABULARY_PATH } from './settings-fixtures';

let fake: FakeFetch;
beforeEach(() => {
  fake = installFakeFetch();
});
afterEach(async () => {
  await new Promise((resolve) => setTimeout(resolve, 20));
  fake.restore();
  fake.expectAllConsumed();
});

const SUGGESTION: VocabularySuggestionView = {
  segment: 'moved_away',
  phrase: 'skunkworks',
  corrections: 3,
  elsewhere: 0,
  otherAnalyses: 40,
  examples: [{ dealId: '11', text: 'Skunkworks rollout at HQ' }],
};
const WITH_FIGURES = learningResponse({
  agreement: { confirmed: 4, agreed: 1, rate: 0.25, bySegment: [{ segment: 'bought_away', confirmed: 1, agreed: 1, rate: 1 }, { segment: 'moved_away', confirmed: 3, agreed: 0, rate: 0 }] },
  suggestions: [SUGGESTION],
  read: { confirmed: 4, analyses: 44 },
});

async function renderLoaded(learning = WITH_FIGURES) {
  fake.reply('GET', SETTINGS_PATH, settingsResponse()).reply('GET', BACKFILL_PATH, { run: null }).reply('GET', VOCABULARY_PATH, learning);
  const r = createRenderer('settings');
  r.render(<SettingsPage context={r.mocks.context} actions={r.mocks.actions} backfillPollMs={5} now={() => new Date('2026-12-01T08:00:00Z')} />);
  await r.waitFor(() => r.findByTestId(Text, 'learning-agreement'));
  return r;
}

describe('SettingsPage: learning from the reps', () => {
  it('shows the agreement with the reps by segment, and the suggestions with why they are offered', async () => {
    const r = await renderLoaded();
    expect(textOf(r.findByTestId(Text, 'learning-agreement'))).toBe('Regain agreed with your reps on 1 of 4 confirmed deals (25 %).');
    expect(textOf(r.findByTestId(Text, 'learning-by-segment'))).toBe('Bought away: 1 of 1 (100 %) · Moved away: 0 of 3 (0 %)');
    expect(r.findByTestId(Button, 'learning-accept-moved_away-skunkworks')).toBeTruthy();
  });

  it('says what it waits for when nothing is confirmed yet', async () => {
    const r = await renderLoaded(learningResponse());
    expect(textOf(r.findByTestId(Text, 'learning-agreement'))).toMatch(/No confirmed deals yet/);
    expect(r.findByTestId(Text, 'learning-no-suggestions')).toBeTruthy();
  });

  it('adds a suggestion with one click, shows it in the vocabulary, and a later save keeps it', async () => {
    const r = await renderLoaded();
    const phrases = ['skunkworks'];
    fake.reply('POST', VOCABULARY_PATH, { added: true, segment: 'moved_away', phrase: 'skunkworks', phrases }, 201).reply('GET', VOCABULARY_PATH, learningResponse({ agreement: WITH_FIGURES.agreement }));
    fire(r.findByTestId(Button, 'learning-accept-moved_away-skunkworks'), 'onClick');
    await r.waitFor(() => expect(r.mocks.actions.addAlert.calls).toHaveLength(1));
    expect(fake.callsTo('POST', VOCABULARY_PATH).map((c) => c.body)).toEqual([{ segment: 'moved_away', phrase: 'skunkworks' }]);
    expect(r.mocks.actions.addAlert.calls[0]?.[0]).toMatchObject({ type: 'success', title: 'Added to the vocabulary' });
    await r.waitFor(() => r.findByTestId(Text, 'learning-no-suggestions'));
    expect(r.findByTestId(TextArea, 'settings-phrases-moved_away').props.value).toBe('skunkworks');

    // Saving an unrelated change afterwards sends the phrase along, never the vocabulary as it was before.
    fire(r.findByTestId(Input, 'settings-threshold'), 'onChange', '70');
    fake.reply('PUT', SETTINGS_PATH, settingsResponse());
    fire(r.findByTestId(Button, 'settings-save'), 'onClick');
    await r.waitFor(() => expect(fake.callsTo('PUT', SETTINGS_PATH)).toHaveLength(1));
    const sent = fake.callsTo('PUT', SETTINGS_PATH)[0]!.body as PutSettingsRequest;
    expect(sent.core.vocabulary?.phrases).toEqual({ ...STORED_CORE.vocabulary?.phrases, moved_away: phrases });
  });

  it('shows why a phrase was not added, and the current suggestions when they changed (404)', async () => {
    const r = await renderLoaded();
    fake.reply('POST', VOCABULARY_PATH, { error: { code: 'not_found', message: '"skunkworks" is not among the vocabulary suggestions' } }, 404).reply('GET', VOCABULARY_PATH, learningResponse());
    fire(r.findByTestId(Button, 'learning-accept-moved_away-skunkworks'), 'onClick');
    await r.waitFor(() => r.findByTestId(Alert, 'learning-accept-error'));
    expect(textOf(r.findByTestId(Alert, 'learning-accept-error'))).toMatch(/not among the vocabulary suggestions/);
    await r.waitFor(() => r.findByTestId(Text, 'learning-no-suggestions'));
    expect(r.findByTestId(TextArea, 'settings-phrases-moved_away').props.value).toBe('');
  });
});

describe('learning-text', () => {
  it('words the agreement and merges a phrase into the vocabulary lines once', () => {
    expect(agreementLine({ confirmed: 1, agreed: 1, rate: 1, bySegment: [] })).toBe('Regain agreed with your reps on 1 of 1 confirmed deal (100 %).');
    expect(withPhrase('a\nb', 'c')).toBe('a\nb\nc');
    expect(withPhrase('a\nSkunkworks', 'skunkworks')).toBe('a\nSkunkworks');
  });
});
