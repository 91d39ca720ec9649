import { Alert, Button, Flex, LoadingButton, Select, StatusTag, Tag, Text, TextArea } from '@hubspot/ui-extensions';
import type { AnalysisView } from '../../src/api/card-api';
import {
  BASE,
  DEAL_PATH,
  KEYS,
  allText,
  analysisView,
  dealResponse,
  fail,
  fire,
  installFakeBackend,
  ok,
  planPreview,
  previewItem,
  renderLoaded,
  settle,
  type CardRenderer,
  type FakeBackend,
} from './card-fixtures';

let backend: FakeBackend;
beforeEach(() => {
  backend = installFakeBackend();
});
afterEach(() => {
  backend.verify();
  backend.restore();
});

const selectValue = (r: CardRenderer, testId: string) => r.findByTestId(Select, testId).props.value;

/** The rep's correction used across these tests: pulled away, internal, unstable, controllable. */
function editAnalysis(r: CardRenderer) {
  fire(r.findByTestId(Select, 'segment-select'), 'onChange', 'pulled_away');
  fire(r.findByTestId(Select, 'attribution-source'), 'onChange', 'internal');
  fire(r.findByTestId(Select, 'attribution-stability'), 'onChange', 'unstable');
  fire(r.findByTestId(Select, 'attribution-controllability'), 'onChange', 'controllable');
}

const EDITED = { segment: 'pulled_away', source: 'internal', stability: 'unstable', controllability: 'controllable' } as const;

function confirmedAs(version: number, by = '1'): AnalysisView {
  return analysisView({
    status: 'confirmed',
    version,
    segment: 'pulled_away',
    confidence: 1,
    attribution: {
      source: { value: 'internal', reason: 'Set by 1.' },
      stability: { value: 'unstable', reason: 'Set by 1.' },
      controllability: { value: 'controllable', reason: 'Set by 1.' },
    },
    confirmedBy: by,
    confirmedAt: '2026-12-01T09:00:00.000Z',
  });
}

describe('Step I and Step II as suggested', () => {
  test('shows the segment, confidence, evidence, runners-up and prefilled attribution', async () => {
    const r = await renderLoaded(backend);
    expect(r.findByTestId(StatusTag, 'analysis-status').text).toBe('Suggested by Regain: please check and confirm');
    expect(r.findByTestId(Text, 'segment-suggested').text).toBe('Bought away (a better price or deal)');
    expect(r.findByTestId(Tag, 'segment-confidence').text).toBe('82% confidence');
    expect(r.findByTestId(Tag, 'customer-status').text).toBe('Lost customer (bought from us before)');
    expect(r.findByTestId(Text, 'evidence-0').text).toBe('Lost reason: “Went with a cheaper vendor” (points to Bought away)');
    expect(r.findByTestId(Text, 'evidence-1').text).toBe("Note: “Acme quoted them 20% less” (points to Bought away; matched 'quoted less')");
    expect(r.findByTestId(Text, 'runners-up').text).toBe('Also possible: Pulled away (score 0.6)');
    expect(r.maybeFindByTestId(Flex, 'rep-questions')).toBeNull();
    expect(r.findByTestId(Text, 'segment-decided-by').text).toBe('Decided by the lost reason: “Went with a cheaper vendor” (a lower price elsewhere)');
    expect(r.maybeFindByTestId(Alert, 'segment-unsure')).toBeNull();
    expect(r.maybeFindByTestId(Text, 'segment-not-read')).toBeNull();

    expect(selectValue(r, 'segment-select')).toBe('bought_away');
    expect(selectValue(r, 'attribution-source')).toBe('external');
    expect(r.findByTestId(Select, 'attribution-source').props.description).toBe('A competitor’s lower price drew them away.');
    expect(selectValue(r, 'attribution-stability')).toBe('stable');
    expect(selectValue(r, 'attribution-controllability')).toBe('uncontrollable');
    expect(r.findByTestId(Select, 'attribution-controllability').props.options.map((o) => o.value)).toEqual(['controllable', 'uncontrollable', 'unknown']);
    expect(r.findByTestId(LoadingButton, 'confirm-analysis').props.disabled).toBe(false);
  });

  test('when Regain is unsure it says so plainly and asks its questions, and a long text read in part is named', async () => {
    const unsure = analysisView({
      unsure: true,
      confidence: 0.48,
      questions: ['Did they mention a price difference, or something the other supplier offers that we do not?'],
      notRead: [{ source: 'note', readChars: 20_000, totalChars: 184_233 }],
    });
    const r = await renderLoaded(backend, dealResponse({ analysis: unsure }));
    expect(r.findByTestId(Tag, 'segment-confidence').text).toBe('Not sure (48%)');
    expect(r.findByTestId(Alert, 'segment-unsure').props.title).toBe('Regain is not sure about this one');
    expect(allText(r.findByTestId(Flex, 'rep-questions'))).toContain('Help Regain decide');
    expect(r.findByTestId(Text, 'rep-question-0').text).toContain('price difference');
    expect(r.findByTestId(Text, 'segment-not-read').text).toBe('Long texts were read in part: Note (first 20,000 of 184,233 characters).');
  });

  test('a confirmed analysis shows no confidence tag and no unsure warning', async () => {
    const r = await renderLoaded(backend, dealResponse({ analysis: analysisView({ status: 'confirmed', unsure: true, confirmedBy: '7', confirmedAt: '2026-12-01T08:00:00.000Z' }) }));
    expect(r.maybeFindByTestId(Tag, 'segment-confidence')).toBeNull();
    expect(r.maybeFindByTestId(Alert, 'segment-unsure')).toBeNull();
  });

  test('shows whether it is worth pursuing: priority, reasons, second-lifetime value', async () => {
    const r = await renderLoaded(backend);
    expect(r.findByTestId(Tag, 'worthiness-priority').text).toBe('High');
    expect(r.findByTestId(Text, 'second-lifetime-value').text).toBe('48,250');
    expect(r.findByTestId(Text, 'return-probability').text).toBe('34%');
    expect(allText(r.findByTestId(Flex, 'worthiness-section'))).toContain('Large account: market influence and cross-sell potential.');
    expect(r.maybeFindByTestId(Alert, 'exit-plan-notice')).toBeNull();
  });

  test('a lost prospect is labelled as one', async () => {
    const r = await renderLoaded(backend, dealResponse({ analysis: analysisView({ customerStatus: 'lost_prospect' }) }));
    expect(r.findByTestId(Tag, 'customer-status').text).toBe('Lost prospect (never a customer)');
  });

  test('undetermined: asks the rep the questions', async () => {
    const analysis = analysisView({
      segment: 'undetermined',
      confidence: 0.5,
      evidence: [],
      runnersUp: [],
      questions: ['Did they leave for a lower price, or for a better offer overall?', 'Did something go wrong on our side before they left?'],
      suggested: { segment: 'undetermined', source: 'unknown', stability: 'unknown', controllability: 'unknown' },
      attribution: {
        source: { value: 'unknown', reason: 'Not enough evidence.' },
        stability: { value: 'unknown', reason: 'Not enough evidence.' },
        controllability: { value: 'unknown', reason: 'Not enough evidence.' },
      },
    });
    const r = await renderLoaded(backend, dealResponse({ analysis }));
    expect(r.findByTestId(Text, 'segment-suggested').text).toBe('Undetermined (needs the rep)');
    expect(allText(r.findByTestId(Flex, 'rep-questions'))).toContain('Regain needs you: what happened?');
    expect(r.findByTestId(Text, 'rep-question-0').text).toBe('Did they leave for a lower price, or for a better offer overall?');
    expect(r.findByTestId(Text, 'rep-question-1').text).toBe('Did something go wrong on our side before they left?');
    expect(r.findByTestId(Text, 'evidence-empty').text).toBe('No notes, tickets or lost reason pointed to a segment.');
    expect(selectValue(r, 'attribution-source')).toBe('unknown');
  });

  test('intentionally pushed away: the plan is an exit plan, no win-back', async () => {
    const analysis = analysisView({
      segment: 'intentionally_pushed_away',
      suggested: { segment: 'intentionally_pushed_away', source: 'internal', stability: 'stable', controllability: 'controllable' },
      worthiness: { ...analysisView().worthiness, priority: 'none', secondLifetimeValue: 0, reasons: ['We chose to end this relationship.'] },
    });
    const preview = planPreview({
      kind: 'exit',
      segment: 'intentionally_pushed_away',
      summary: 'Exit plan: a dignified termination, no reacquisition.',
      items: [previewItem({ code: 'dignified_exit', title: 'Close the relationship with dignity', justice: 'interactional', ownerRole: 'sales_manager' })],
    });
    const r = await renderLoaded(backend, dealResponse({ analysis }), preview);
    expect(r.findByTestId(Alert, 'exit-plan-notice').props.title).toBe('Exit plan: no win-back');
    expect(r.findByTestId(Tag, 'worthiness-priority').text).toBe('Not worth pursuing');
    expect(r.findByTestId(Tag, 'plan-kind').text).toBe('Exit plan (no win-back)');
    expect(r.findByTestId(Text, 'plan-summary').text).toBe('Exit plan: a dignified termination, no reacquisition.');
  });

  test('a confirmed analysis says who confirmed it, and there is nothing to save until a change', async () => {
    const r = await renderLoaded(backend, dealResponse({ analysis: confirmedAs(5, '55') }));
    expect(r.findByTestId(StatusTag, 'analysis-status').text).toBe('Confirmed by user 55 on 2026-12-01');
    expect(r.findByTestId(Text, 'segment-regain-suggested').text).toBe('Regain suggested: Bought away');
    expect(r.findByTestId(LoadingButton, 'confirm-analysis').props.disabled).toBe(true);
    fire(r.findByTestId(Select, 'attribution-stability'), 'onChange', 'stable');
    expect(r.findByTestId(LoadingButton, 'confirm-analysis').props.disabled).toBe(false);
  });
});

describe('the rep corrects and confirms', () => {
  test('sends the rep’s segment and attribution with the version they saw, then shows it confirmed', async () => {
    const r = await renderLoaded(backend);
    editAnalysis(r);
    fire(r.findByTestId(TextArea, 'analysis-note'), 'onChange', '  They wanted the integration bundle.  ');
    expect(r.findByTestId(Text, 'analysis-unsaved').text).toBe('You have unsaved changes.');

    backend.reply(KEYS.confirm, ok({ analysis: confirmedAs(4) }));
    backend.reply(KEYS.preview, ok(planPreview({ segment: 'pulled_away' })));
    r.findByTestId(LoadingButton, 'confirm-analysis').trigger('onClick');
    await settle(r, backend);

    const [put] = backend.sentTo(KEYS.confirm);
    expect(put).toEqual({
      key: KEYS.confirm,
      method: 'PUT',
      url: `${BASE}${DEAL_PATH}/analysis`,
      body: { ...EDITED, version: 3, note: 'They wanted the integration bundle.' },
    });
    expect(r.findByTestId(StatusTag, 'analysis-status').text).toBe('Confirmed by you on 2026-12-01');
    expect(selectValue(r, 'segment-select')).toBe('pulled_away');
    expect(r.findByTestId(Alert, 'card-notice').props.title).toBe('Analysis confirmed');
    expect(r.mocks.actions.addAlert.calls).toEqual([[{ type: 'success', title: 'Analysis confirmed', message: 'Regain saved your analysis on the deal.' }]]);
    expect(r.mocks.actions.refreshObjectProperties.calls).toHaveLength(1);
    // The plan follows the saved analysis: it is fetched again for the new version.
    expect(backend.sentTo(KEYS.preview)).toHaveLength(2);
  });

  test('a 409 says someone else changed it, keeps the edits, and after a reload saves against the new version', async () => {
    const r = await renderLoaded(backend);
    editAnalysis(r);
    backend.reply(KEYS.confirm, fail(409, 'version_conflict', 'Someone else changed this analysis since you opened it. Reload to see their version.'));
    r.findByTestId(LoadingButton, 'confirm-analysis').trigger('onClick');
    await r.waitFor(() => r.findByTestId(Alert, 'analysis-conflict'));
    expect(allText(r.findByTestId(Alert, 'analysis-conflict'))).toContain('Someone else changed this analysis since you opened it.');
    expect(allText(r.findByTestId(Alert, 'analysis-conflict'))).toContain('Your changes are kept');
    expect([selectValue(r, 'segment-select'), selectValue(r, 'attribution-source'), selectValue(r, 'attribution-stability'), selectValue(r, 'attribution-controllability')]).toEqual(Object.values(EDITED));
    expect(r.mocks.actions.addAlert.calls).toHaveLength(0);

    // Their version: still bought away, but confirmed by someone else as version 4.
    const theirs = analysisView({ status: 'confirmed', version: 4, confirmedBy: '99', confirmedAt: '2026-12-01T08:00:00.000Z' });
    backend.reply(KEYS.analysis, ok(dealResponse({ analysis: theirs })));
    backend.reply(KEYS.preview, ok(planPreview()));
    r.findByTestId(Button, 'analysis-conflict-reload').trigger('onClick');
    await settle(r, backend);
    expect(r.findByTestId(StatusTag, 'analysis-status').text).toBe('Confirmed by user 99 on 2026-12-01');
    expect(r.maybeFindByTestId(Alert, 'analysis-conflict')).toBeNull();
    expect([selectValue(r, 'segment-select'), selectValue(r, 'attribution-source'), selectValue(r, 'attribution-stability'), selectValue(r, 'attribution-controllability')]).toEqual(Object.values(EDITED));

    backend.reply(KEYS.confirm, ok({ analysis: confirmedAs(5) }));
    backend.reply(KEYS.preview, ok(planPreview()));
    r.findByTestId(LoadingButton, 'confirm-analysis').trigger('onClick');
    await settle(r, backend);
    expect(backend.sentTo(KEYS.confirm).map((s) => s.body)).toEqual([
      { ...EDITED, version: 3 },
      { ...EDITED, version: 4 },
    ]);
    expect(r.findByTestId(StatusTag, 'analysis-status').text).toBe('Confirmed by you on 2026-12-01');
  });

  test('a failed save (5xx) keeps the edits and "Try again" sends them again', async () => {
    const r = await renderLoaded(backend);
    editAnalysis(r);
    backend.reply(KEYS.confirm, fail(503, 'hubspot_503', 'HubSpot is busy or unavailable; try again shortly.'), ok({ analysis: confirmedAs(4) }));
    backend.reply(KEYS.preview, ok(planPreview()));
    r.findByTestId(LoadingButton, 'confirm-analysis').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(Text, 'analysis-save-error-message').text).toBe('HubSpot is busy or unavailable; try again shortly.'));
    expect(selectValue(r, 'segment-select')).toBe('pulled_away');

    r.findByTestId(Button, 'analysis-save-error-retry').trigger('onClick');
    await settle(r, backend);
    const bodies = backend.sentTo(KEYS.confirm).map((s) => s.body);
    expect(bodies).toHaveLength(2);
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[1]).toMatchObject(EDITED);
    expect(r.findByTestId(StatusTag, 'analysis-status').text).toBe('Confirmed by you on 2026-12-01');
  });

  test('unsaved edits hold back "Create plan" until they are confirmed', async () => {
    const r = await renderLoaded(backend);
    expect(r.findByTestId(LoadingButton, 'create-plan').props.disabled).toBe(false);
    fire(r.findByTestId(Select, 'segment-select'), 'onChange', 'moved_away');
    expect(r.findByTestId(LoadingButton, 'create-plan').props.disabled).toBe(true);
    expect(r.findByTestId(Alert, 'plan-blocked').props.title).toBe('Confirm the analysis first');
    // Choosing the saved value again is not an edit.
    fire(r.findByTestId(Select, 'segment-select'), 'onChange', 'bought_away');
    expect(r.findByTestId(LoadingButton, 'create-plan').props.disabled).toBe(false);
  });
});
