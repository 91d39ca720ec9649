/** The settings page's backfill section: start a run, follow it by polling until it ends. */
import { Alert, Button, Checkbox, DateInput, DescriptionListItem, Input, ProgressBar, Select, StatusTag, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import type { BackfillStatusResponse } from '../../src/api/card-api';
import { SettingsPage } from '../../extensions/app/settings/SettingsPage';
import { fire, installFakeFetch, textOf, type FakeFetch } from './home-settings-fake-fetch';
import { backfillRun, BACKFILL_PATH, learningResponse, SETTINGS_PATH, settingsResponse, VOCABULARY_PATH } from './settings-fixtures';

let fake: FakeFetch;
beforeEach(() => {
  fake = installFakeFetch();
});
afterEach(async () => {
  // Any poll still scheduled would show up here as an unexpected request.
  await new Promise((resolve) => setTimeout(resolve, 40));
  fake.restore();
  fake.expectAllConsumed();
});

async function renderWithRun(latest: BackfillStatusResponse | { status: number; body: unknown }) {
  fake.reply('GET', SETTINGS_PATH, settingsResponse()).reply('GET', VOCABULARY_PATH, learningResponse());
  if ('status' in latest) fake.reply('GET', BACKFILL_PATH, latest.body, latest.status);
  else fake.reply('GET', BACKFILL_PATH, latest);
  const r = createRenderer('settings');
  r.render(<SettingsPage context={r.mocks.context} actions={r.mocks.actions} backfillPollMs={5} now={() => new Date('2026-12-01T08:00:00Z')} />);
  await r.waitFor(() => r.findByTestId(Input, 'settings-threshold'));
  return r;
}

type Renderer = Awaited<ReturnType<typeof renderWithRun>>;
const item = (r: Renderer, testId: string) => textOf(r.findByTestId(DescriptionListItem, testId));
const status = (r: Renderer) => textOf(r.findByTestId(StatusTag, 'backfill-status'));

describe('SettingsPage: backfill', () => {
  it('says when no backfill has run yet', async () => {
    const r = await renderWithRun({ run: null });
    await r.waitFor(() => r.findByTestId(Text, 'backfill-none'));
    expect(r.findByTestId(Button, 'backfill-start').props.disabled).toBe(false);
  });

  it('starts a backfill with the chosen window and options, then polls its progress to completion', async () => {
    const r = await renderWithRun({ run: null });
    await r.waitFor(() => r.findByTestId(Text, 'backfill-none'));
    fire(r.findByTestId(DateInput, 'backfill-since'), 'onChange', { year: 2026, month: 0, date: 1, formattedDate: '2026-01-01' });
    fire(r.findByTestId(DateInput, 'backfill-until'), 'onChange', { year: 2026, month: 5, date: 30, formattedDate: '2026-06-30' });
    fire(r.findByTestId(Select, 'backfill-plans'), 'onChange', 'high');
    fire(r.findByTestId(Checkbox, 'backfill-dry-run'), 'onChange', true);

    const release = fake.hold('POST', BACKFILL_PATH, { run: backfillRun({ status: 'queued' }) });
    fake
      .reply('GET', BACKFILL_PATH, { run: backfillRun({ analysed: 20, written: 0, ratePerSecond: 2, etaSeconds: 10 }) })
      .reply('GET', BACKFILL_PATH, {
        run: backfillRun({ status: 'completed', analysed: 40, written: 0, failed: 1, ratePerSecond: 2.04, etaSeconds: 0, finishedAt: '2026-12-01T08:00:20.000Z' }),
      });
    fire(r.findByTestId(Button, 'backfill-start'), 'onClick');

    await r.waitFor(() => expect(r.findByTestId(Button, 'backfill-start').props.disabled).toBe(true));
    expect(fake.callsTo('POST', BACKFILL_PATH).map((c) => c.body)).toEqual([{ since: '2026-01-01', until: '2026-06-30', plans: 'high', dryRun: true }]);
    release();

    await r.waitFor(() => expect(status(r)).toBe('Queued'));
    expect(r.findByTestId(ProgressBar, 'backfill-progress').props).toMatchObject({ value: 0, maxValue: 40 });

    await r.waitFor(() => expect(item(r, 'backfill-analysed')).toBe('20'));
    expect(status(r)).toBe('Running');
    expect(r.findByTestId(ProgressBar, 'backfill-progress').props).toMatchObject({ value: 20, maxValue: 40, title: 'Analysed 20 of 40 deals' });
    expect(item(r, 'backfill-found')).toBe('40');
    expect(item(r, 'backfill-rate')).toBe('2 deals/s');
    expect(item(r, 'backfill-eta')).toBe('10 s');
    expect(r.findByTestId(Button, 'backfill-start').props.disabled).toBe(true);

    await r.waitFor(() => expect(status(r)).toBe('Completed'));
    expect(r.findByTestId(ProgressBar, 'backfill-progress').props).toMatchObject({ value: 40, maxValue: 40, variant: 'success' });
    expect(item(r, 'backfill-written')).toBe('0');
    expect(item(r, 'backfill-failed')).toBe('1');
    expect(item(r, 'backfill-rate')).toBe('2 deals/s');
    expect(item(r, 'backfill-eta')).toBe('—');
    expect(r.findByTestId(Button, 'backfill-start').props.disabled).toBe(false);
    expect(r.mocks.actions.addAlert.calls.map((c) => c[0])).toEqual([
      { type: 'success', title: 'Backfill finished', message: 'Regain analysed 40 of 40 closed-lost deals.' },
    ]);
    // One poll per answer: after "completed" nothing more is asked (the afterEach fails on a stray poll).
    expect(fake.callsTo('GET', BACKFILL_PATH)).toHaveLength(3);
  });

  it('resumes polling a run that was already going when the page opened, through a failed poll', async () => {
    const r = await renderWithRun({ run: backfillRun({ analysed: 10, plans: 'none', dryRun: false }) });
    fake
      .reply('GET', BACKFILL_PATH, { error: { code: 'unavailable', message: 'Regain is restarting.' } }, 503)
      .reply('GET', BACKFILL_PATH, { run: backfillRun({ status: 'failed', analysed: 12, error: 'HubSpot refused the token.' }) });
    await r.waitFor(() => r.findByTestId(Text, 'backfill-poll-error'));
    expect(textOf(r.findByTestId(Text, 'backfill-poll-error'))).toContain('Regain is restarting.');
    expect(item(r, 'backfill-analysed')).toBe('10');

    await r.waitFor(() => expect(status(r)).toBe('Failed'));
    expect(r.maybeFindByTestId(Text, 'backfill-poll-error')).toBeNull();
    expect(textOf(r.findByTestId(Alert, 'backfill-run-error'))).toContain('HubSpot refused the token.');
    expect(r.findByTestId(ProgressBar, 'backfill-progress').props.variant).toBe('danger');
    expect(r.mocks.actions.addAlert.calls[0]?.[0]).toMatchObject({ type: 'danger', title: 'Backfill failed' });
  });

  it('checks the window before sending: the end must not be before the start', async () => {
    const r = await renderWithRun({ run: null });
    await r.waitFor(() => r.findByTestId(Text, 'backfill-none'));
    fire(r.findByTestId(DateInput, 'backfill-since'), 'onChange', { year: 2026, month: 5, date: 30 });
    fire(r.findByTestId(DateInput, 'backfill-until'), 'onChange', { year: 2026, month: 0, date: 1 });
    fire(r.findByTestId(Button, 'backfill-start'), 'onClick');
    await r.waitFor(() => expect(r.findByTestId(DateInput, 'backfill-until').props.error).toBe(true));
    expect(r.findByTestId(DateInput, 'backfill-until').props.validationMessage).toBe('The end date must be on or after the start date.');
    expect(fake.callsTo('POST', BACKFILL_PATH)).toHaveLength(0);

    fire(r.findByTestId(DateInput, 'backfill-since'), 'onChange', { year: 2027, month: 0, date: 1 });
    fire(r.findByTestId(DateInput, 'backfill-until'), 'onChange', null);
    fire(r.findByTestId(Button, 'backfill-start'), 'onClick');
    await r.waitFor(() => expect(r.findByTestId(DateInput, 'backfill-since').props.error).toBe(true));
    expect(r.findByTestId(DateInput, 'backfill-since').props.validationMessage).toContain('in the future');
    expect(fake.callsTo('POST', BACKFILL_PATH)).toHaveLength(0);
  });

  it('sends no window and the safe defaults when the admin sets nothing', async () => {
    const r = await renderWithRun({ run: null });
    await r.waitFor(() => r.findByTestId(Text, 'backfill-none'));
    fake.reply('POST', BACKFILL_PATH, { run: backfillRun({ status: 'completed', found: 0, analysed: 0, since: null, until: null, plans: 'none', dryRun: false }) });
    fire(r.findByTestId(Button, 'backfill-start'), 'onClick');
    await r.waitFor(() => expect(status(r)).toBe('Completed'));
    expect(fake.callsTo('POST', BACKFILL_PATH)[0]?.body).toEqual({ plans: 'none', dryRun: false });
    expect(r.findByTestId(ProgressBar, 'backfill-progress').props).toMatchObject({ value: 0, maxValue: 1 });
  });

  it('shows why a start was refused and then the run that is already going', async () => {
    const r = await renderWithRun({ run: null });
    await r.waitFor(() => r.findByTestId(Text, 'backfill-none'));
    fake
      .reply('POST', BACKFILL_PATH, { error: { code: 'backfill_running', message: 'A backfill is already running for this account.' } }, 409)
      .reply('GET', BACKFILL_PATH, { run: backfillRun({ status: 'completed', analysed: 40 }) });
    fire(r.findByTestId(Button, 'backfill-start'), 'onClick');
    await r.waitFor(() => r.findByTestId(Alert, 'backfill-start-error'));
    expect(textOf(r.findByTestId(Alert, 'backfill-start-error'))).toContain('A backfill is already running for this account.');
    await r.waitFor(() => expect(status(r)).toBe('Completed'));
  });

  it('shows a failed status read with a retry', async () => {
    const r = await renderWithRun({ status: 500, body: null });
    await r.waitFor(() => r.findByTestId(Alert, 'backfill-load-error'));
    expect(textOf(r.findByTestId(Alert, 'backfill-load-error'))).toContain('Regain had a problem answering');
    fake.reply('GET', BACKFILL_PATH, { run: backfillRun({ status: 'cancelled', analysed: 5 }) });
    fire(r.findByTestId(Button, 'backfill-retry'), 'onClick');
    await r.waitFor(() => expect(status(r)).toBe('Cancelled'));
    expect(item(r, 'backfill-analysed')).toBe('5');
  });
});
