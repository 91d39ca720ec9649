import { Alert, Button, Flex, LoadingButton, ProgressBar, StatusTag, Text } from '@hubspot/ui-extensions';
import type { PlanView } from '../../src/api/card-api';
import { PROGRESS_POLLING } from '../../extensions/app/cards/use-deal-analysis';
import { BASE, DEAL_PATH, KEYS, allText, dealResponse, fail, installFakeBackend, ok, planView, renderLoaded, settle, type FakeBackend } from './card-fixtures';

let backend: FakeBackend;
beforeEach(() => {
  backend = installFakeBackend();
});
afterEach(() => {
  backend.verify();
  backend.restore();
});

const running = (overrides: Partial<PlanView> = {}) => dealResponse({ plan: planView(overrides) });

/** The backend's answer to stop/reacquired: the plan, now ended, its future tasks cancelled. */
function ended(status: 'stopped' | 'reacquired'): { plan: PlanView } {
  const plan = planView();
  return {
    plan: {
      ...plan,
      status,
      items: plan.items.map((i) => (i.status === 'pending' ? { ...i, status: 'cancelled' } : i)),
      progress: { written: 3, pending: 0, failed: 0, cancelled: 3, nextReminder: null },
    },
  };
}

test('a running plan shows its progress, not a new preview', async () => {
  const r = await renderLoaded(backend, running({ progress: { written: 3, pending: 2, failed: 1, cancelled: 0, nextReminder: '2027-04-01T00:00:00.000Z' } }));
  expect(r.findByTestId(StatusTag, 'plan-status').text).toBe('Active');
  expect(r.findByTestId(ProgressBar, 'plan-progress-bar').props).toMatchObject({ value: 3, maxValue: 6, valueDescription: '3 of 6', variant: 'warning' });
  expect(r.findByTestId(Text, 'progress-pending').text).toBe('2');
  expect(r.findByTestId(Text, 'progress-next-reminder').text).toBe('2027-04-01');
  expect(allText(r.findByTestId(Alert, 'plan-failed-tasks'))).toBe('1 task could not be written to HubSpot.');
  expect(r.findByTestId(Text, 'reminder-0').text).toBe('2027-04-01: Check in: is the cheaper supplier delivering?');
  expect(r.maybeFindByTestId(Flex, 'plan-preview')).toBeNull();
  // The analysis stays visible next to the plan.
  expect(r.findByTestId(Text, 'segment-suggested').text).toBe('Bought away (a better price or deal)');
  expect(backend.sent.map((s) => s.key)).toEqual([KEYS.analysis]);
});

test('"Stop pursuing" asks first and sends nothing until confirmed; cancel backs out', async () => {
  const r = await renderLoaded(backend, running());
  r.findByTestId(Button, 'stop-plan').trigger('onClick');
  expect(r.findByTestId(Alert, 'end-plan-confirm').props.title).toBe('Stop pursuing this customer?');
  expect(backend.sentTo(KEYS.stop)).toHaveLength(0);

  r.findByTestId(Button, 'cancel-end-plan').trigger('onClick');
  expect(r.maybeFindByTestId(Alert, 'end-plan-confirm')).toBeNull();
  expect(backend.sent.map((s) => s.key)).toEqual([KEYS.analysis]);

  r.findByTestId(Button, 'stop-plan').trigger('onClick');
  backend.reply(KEYS.stop, ok(ended('stopped')));
  r.findByTestId(LoadingButton, 'confirm-stopped').trigger('onClick');
  await settle(r, backend);

  expect(backend.sentTo(KEYS.stop)).toEqual([{ key: KEYS.stop, method: 'POST', url: `${BASE}${DEAL_PATH}/plan/stop`, body: {} }]);
  expect(r.findByTestId(StatusTag, 'plan-status').text).toBe('Stopped');
  expect(r.findByTestId(Text, 'progress-next-reminder').text).toBe('None scheduled');
  expect(r.findByTestId(Alert, 'card-notice').props.title).toBe('Plan stopped');
  expect(r.mocks.actions.addAlert.calls).toEqual([[{ type: 'success', title: 'Plan stopped', message: 'Regain stopped the plan and is cancelling its open tasks.' }]]);
  expect(r.mocks.actions.refreshObjectProperties.calls).toHaveLength(1);
  expect(r.maybeFindByTestId(Button, 'stop-plan')).toBeNull();
});

test('"Won back" asks first, then records the reacquisition', async () => {
  const r = await renderLoaded(backend, running());
  r.findByTestId(Button, 'mark-reacquired').trigger('onClick');
  expect(r.findByTestId(Alert, 'end-plan-confirm').props.title).toBe('Mark this customer as won back?');
  expect(backend.sentTo(KEYS.reacquired)).toHaveLength(0);

  backend.reply(KEYS.reacquired, ok(ended('reacquired')));
  r.findByTestId(LoadingButton, 'confirm-reacquired').trigger('onClick');
  await settle(r, backend);
  expect(backend.sentTo(KEYS.reacquired).map((s) => [s.method, s.url, s.body])).toEqual([['POST', `${BASE}${DEAL_PATH}/plan/reacquired`, {}]]);
  expect(backend.sentTo(KEYS.stop)).toHaveLength(0);
  expect(r.findByTestId(StatusTag, 'plan-status').text).toBe('Won back');
  expect(r.mocks.actions.addAlert.calls).toEqual([[{ type: 'success', title: 'Won back', message: 'Regain recorded the reacquisition and is cancelling the remaining tasks.' }]]);
  expect(r.mocks.actions.refreshObjectProperties.calls).toHaveLength(1);
});

test('a failed stop says nothing changed and lets the rep try again', async () => {
  const r = await renderLoaded(backend, running());
  r.findByTestId(Button, 'stop-plan').trigger('onClick');
  backend.reply(KEYS.stop, fail(503, 'hubspot_503', 'HubSpot is busy or unavailable; try again shortly.'), ok(ended('stopped')));
  r.findByTestId(LoadingButton, 'confirm-stopped').trigger('onClick');
  await r.waitFor(() => expect(r.findByTestId(Text, 'end-plan-error-message').text).toBe('HubSpot is busy or unavailable; try again shortly.'));
  expect(r.findByTestId(StatusTag, 'plan-status').text).toBe('Active');
  expect(r.mocks.actions.addAlert.calls).toHaveLength(0);

  r.findByTestId(LoadingButton, 'confirm-stopped').trigger('onClick');
  await settle(r, backend);
  expect(backend.sentTo(KEYS.stop)).toHaveLength(2);
  expect(r.findByTestId(StatusTag, 'plan-status').text).toBe('Stopped');
});

test('a paused plan on a deal that is no longer lost can still be ended', async () => {
  const r = await renderLoaded(backend, dealResponse({ closedLost: false, stage: 'closed_won', plan: planView({ status: 'paused' }) }));
  r.findByTestId(Button, 'mark-reacquired').trigger('onClick');
  backend.reply(KEYS.reacquired, ok(ended('reacquired')));
  r.findByTestId(LoadingButton, 'confirm-reacquired').trigger('onClick');
  await settle(r, backend);
  expect(r.findByTestId(StatusTag, 'plan-status').text).toBe('Won back');
});

test('while a new plan is being written the card re-reads it quietly until nothing is pending, then stops', async () => {
  const r = await renderLoaded(backend, running({ progress: { written: 1, pending: 5, failed: 0, cancelled: 0, nextReminder: null } }));
  expect(r.findByTestId(Text, 'progress-pending').text).toBe('5');
  // Turned on after the first read: every 20 ms, at most 3 times for this plan.
  Object.assign(PROGRESS_POLLING, { everyMs: 20, times: 3 });
  backend.reply(KEYS.analysis, ok(running({ progress: { written: 4, pending: 2, failed: 0, cancelled: 0, nextReminder: null } })));
  backend.reply(KEYS.analysis, ok(running({ progress: { written: 6, pending: 0, failed: 0, cancelled: 0, nextReminder: null } })));
  // A re-render is what schedules a poll; the first one comes from any state change, here the refresh itself.
  r.findByTestId(Button, 'stop-plan').trigger('onClick');
  r.findByTestId(Button, 'cancel-end-plan').trigger('onClick');
  await r.waitFor(() => expect(r.findByTestId(Text, 'progress-pending').text).toBe('0'));
  expect(r.findByTestId(Text, 'progress-written').text).toBe('6');
  // No "Reloading…" flicker while polling, and nothing more is asked once nothing is pending.
  expect(r.maybeFindByTestId(Text, 'card-refreshing')).toBeNull();
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(backend.sentTo(KEYS.analysis)).toHaveLength(3);
  PROGRESS_POLLING.times = 0;
});
