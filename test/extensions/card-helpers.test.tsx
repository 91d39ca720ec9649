import { Button, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import type { DealAnalysisResponse } from '../../src/api/card-api';
import { currentChoice, hasUnsavedEdits, keyOf, toConfirmRequest } from '../../extensions/app/cards/analysis-draft';
import { countPlannedTasks, groupPlanItems, toActivityChoices } from '../../extensions/app/cards/plan-choices';
import { useDealAnalysis } from '../../extensions/app/cards/use-deal-analysis';
import { SEGMENT_LABELS } from '../../extensions/app/shared/labels';
import { RegainApiError, type RegainApi } from '../../extensions/app/shared/regain-api';
import { analysisView, dealResponse, deferred, planPreview, previewItem } from './card-fixtures';

describe('analysis draft', () => {
  const analysis = analysisView();

  test('the edits sit on top of the saved analysis', () => {
    expect(currentChoice(analysis, { stability: 'unknown' })).toEqual({ segment: 'bought_away', source: 'external', stability: 'unknown', controllability: 'uncontrollable' });
  });

  test.each([
    [{}, false],
    [{ segment: 'bought_away' as const }, false],
    [{ note: '   ' }, false],
    [{ segment: 'moved_away' as const }, true],
    [{ controllability: 'unknown' as const }, true],
    [{ note: 'context' }, true],
  ])('edits %j are unsaved: %s', (edits, expected) => {
    expect(hasUnsavedEdits(analysis, edits)).toBe(expected);
  });

  test('the request carries every dimension, the version seen and a trimmed note only when there is one', () => {
    expect(toConfirmRequest(analysis, { segment: 'moved_away', note: ' x ' })).toEqual({
      segment: 'moved_away',
      source: 'external',
      stability: 'stable',
      controllability: 'uncontrollable',
      version: 3,
      note: 'x',
    });
    expect(toConfirmRequest(analysis, { note: '' })).not.toHaveProperty('note');
  });

  test('keyOf accepts only keys of the label table', () => {
    expect(keyOf(SEGMENT_LABELS, 'moved_away')).toBe('moved_away');
    expect(keyOf(SEGMENT_LABELS, 'toString')).toBeNull();
    expect(keyOf(SEGMENT_LABELS, 3)).toBeNull();
  });
});

describe('plan choices', () => {
  const items = planPreview().items;

  test('groups activities by dimension in offer/process/people order, reminders apart, unknown dimension as other', () => {
    const grouped = groupPlanItems([...items, previewItem({ code: 'odd_one', justice: null })]);
    expect(grouped.byJustice.map((g) => [g.justice, g.items.map((i) => i.code)])).toEqual([
      ['distributive', ['check_value', 'time_boxed_offer']],
      ['procedural', ['ease_return']],
      ['interactional', ['intelligence_gathering']],
    ]);
    expect(grouped.other.map((i) => i.code)).toEqual(['odd_one']);
    expect(grouped.reminders.map((i) => i.code)).toEqual(['active_waiting_2', 'active_waiting_1']);
  });

  test('choices cover activities only, with a due date only where it moved', () => {
    const choices = toActivityChoices(items, {
      check_value: { include: false },
      ease_return: { dueDate: items[2]!.dueDate },
      time_boxed_offer: { dueDate: '2027-02-01T12:00:00.000Z' },
    });
    expect(choices).toEqual([
      { code: 'check_value', include: false },
      { code: 'time_boxed_offer', include: true, dueDate: '2027-02-01T12:00:00.000Z' },
      { code: 'ease_return', include: true },
      { code: 'intelligence_gathering', include: true },
    ]);
    expect(countPlannedTasks(items, { check_value: { include: false } })).toBe(5);
  });
});

describe('useDealAnalysis', () => {
  function Probe({ api }: { api: RegainApi }) {
    const { state, reload } = useDealAnalysis(api, '4242');
    const shown = state.kind === 'ready' ? `ready:${state.data.analysis?.version}${state.refreshError ? `:${state.refreshError.code}` : ''}` : state.kind;
    return (
      <>
        <Text testId="state">{shown}</Text>
        <Button testId="reload" onClick={() => void reload()}>
          Reload
        </Button>
      </>
    );
  }

  test('an older answer that arrives after a newer one is ignored', async () => {
    const first = deferred<DealAnalysisResponse>();
    const second = deferred<DealAnalysisResponse>();
    const getAnalysis = jest.fn().mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
    const r = createRenderer('crm.record.tab');
    r.render(<Probe api={{ getAnalysis } as unknown as RegainApi} />);
    expect(r.findByTestId(Text, 'state').text).toBe('loading');

    r.findByTestId(Button, 'reload').trigger('onClick');
    second.resolve(dealResponse({ analysis: analysisView({ version: 8 }) }));
    await r.waitFor(() => expect(r.findByTestId(Text, 'state').text).toBe('ready:8'));
    first.resolve(dealResponse({ analysis: analysisView({ version: 7 }) }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(r.findByTestId(Text, 'state').text).toBe('ready:8');
  });

  test('a failed reload keeps what is on screen and reports the error beside it', async () => {
    const getAnalysis = jest
      .fn()
      .mockResolvedValueOnce(dealResponse())
      .mockRejectedValueOnce(new RegainApiError('Regain took too long to answer. Try again in a moment.', 0, 'timeout'));
    const r = createRenderer('crm.record.tab');
    r.render(<Probe api={{ getAnalysis } as unknown as RegainApi} />);
    await r.waitFor(() => expect(r.findByTestId(Text, 'state').text).toBe('ready:3'));
    r.findByTestId(Button, 'reload').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(Text, 'state').text).toBe('ready:3:timeout'));
  });
});
