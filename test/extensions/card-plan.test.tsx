import { Alert, Button, Checkbox, DateInput, Flex, LoadingButton, StatusTag, Text } from '@hubspot/ui-extensions';
import {
  BASE,
  DEAL_PATH,
  KEYS,
  allText,
  createdPlan,
  dealResponse,
  deferred,
  fail,
  fire,
  installFakeBackend,
  ok,
  planPreview,
  planView,
  renderCard,
  renderLoaded,
  settle,
  type FakeBackend,
  type Reply,
} from './card-fixtures';

let backend: FakeBackend;
beforeEach(() => {
  backend = installFakeBackend();
});
afterEach(() => {
  backend.verify();
  backend.restore();
});

describe('Steps III and IV: the plan preview', () => {
  test('groups activities by justice dimension and files reminders under active waiting', async () => {
    const r = await renderLoaded(backend);
    const codesIn = (testId: string) => r.findByTestId(Flex, testId).findAll(Checkbox).map((c) => c.props.value);
    expect(codesIn('justice-distributive')).toEqual(['check_value', 'time_boxed_offer']);
    expect(codesIn('justice-procedural')).toEqual(['ease_return']);
    // The reminders are tagged interactional by the backend but are not activities to tick.
    expect(codesIn('justice-interactional')).toEqual(['intelligence_gathering']);
    expect(allText(r.findByTestId(Flex, 'justice-distributive'))).toContain('The offer (distributive fairness)');
    expect(allText(r.findByTestId(Flex, 'justice-procedural'))).toContain('The process (procedural fairness)');
    expect(allText(r.findByTestId(Flex, 'justice-interactional'))).toContain('The people (interactional fairness)');
    expect(r.maybeFindByTestId(Flex, 'justice-other')).toBeNull();

    expect(r.findByTestId(Text, 'reminder-0').text).toBe('2027-04-01: Check in: is the cheaper supplier delivering?');
    expect(r.findByTestId(Text, 'reminder-1').text).toBe('2027-09-01: Their buying cycle comes around: be in the consideration set.');

    expect(r.findByTestId(Checkbox, 'include-check_value').props.checked).toBe(true);
    expect(r.findByTestId(Text, 'owner-check_value').text).toBe('Owner: Sales manager (no owner yet) · priority high');
    expect(r.findByTestId(Text, 'owner-time_boxed_offer').text).toBe('Owner: Deal owner (HubSpot owner 77) · priority high');
    expect(r.findByTestId(DateInput, 'due-check_value').props.value).toEqual({ year: 2027, month: 0, date: 5 });
    expect(r.findByTestId(Text, 'plan-task-count').text).toBe('6 tasks will be written to HubSpot.');
  });

  test('a preview that fails can be retried', async () => {
    backend.reply(KEYS.analysis, ok(dealResponse()));
    backend.reply(KEYS.preview, fail(500, 'internal_error', 'Something went wrong on our side.'), ok(planPreview()));
    const r = renderCard();
    await r.waitFor(() => expect(r.findByTestId(Text, 'plan-preview-error-message').text).toBe('Something went wrong on our side.'));
    r.findByTestId(Button, 'plan-preview-error-retry').trigger('onClick');
    await settle(r, backend);
    expect(r.findByTestId(LoadingButton, 'create-plan').props.disabled).toBe(false);
  });
});

describe('creating the plan', () => {
  test('sends the rep’s choices (an unchecked activity, a moved due date), then shows success and refreshes the record', async () => {
    const r = await renderLoaded(backend);
    fire(r.findByTestId(Checkbox, 'include-time_boxed_offer'), 'onChange', false);
    fire(r.findByTestId(DateInput, 'due-ease_return'), 'onChange', { year: 2027, month: 0, date: 20 });
    expect(r.findByTestId(Checkbox, 'include-time_boxed_offer').props.checked).toBe(false);
    expect(r.findByTestId(DateInput, 'due-ease_return').props.value).toEqual({ year: 2027, month: 0, date: 20 });
    expect(r.findByTestId(Text, 'plan-task-count').text).toBe('5 tasks will be written to HubSpot.');

    backend.reply(KEYS.create, { status: 201, body: createdPlan(true) });
    r.findByTestId(LoadingButton, 'create-plan').trigger('onClick');
    await settle(r, backend);

    expect(backend.sentTo(KEYS.create)).toEqual([
      {
        key: KEYS.create,
        method: 'POST',
        url: `${BASE}${DEAL_PATH}/plan`,
        body: {
          activities: [
            { code: 'check_value', include: true },
            { code: 'time_boxed_offer', include: false },
            { code: 'ease_return', include: true, dueDate: '2027-01-20T12:00:00.000Z' },
            { code: 'intelligence_gathering', include: true },
          ],
        },
      },
    ]);
    expect(r.findByTestId(Alert, 'card-notice').props).toMatchObject({ title: 'Plan created', variant: 'success' });
    expect(r.mocks.actions.addAlert.calls).toEqual([[{ type: 'success', title: 'Plan created', message: 'Regain is writing 6 tasks and reminders to HubSpot.' }]]);
    expect(r.mocks.actions.refreshObjectProperties.calls).toHaveLength(1);
    // The card now follows the running plan.
    expect(r.findByTestId(StatusTag, 'plan-status').text).toBe('Active');
    expect(r.maybeFindByTestId(Flex, 'plan-preview')).toBeNull();
  });

  test('a double click sends one create request; the button shows it is working', async () => {
    const r = await renderLoaded(backend);
    const answer = deferred<Reply>();
    backend.reply(KEYS.create, answer.promise);
    r.findByTestId(LoadingButton, 'create-plan').trigger('onClick');
    r.findByTestId(LoadingButton, 'create-plan').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(LoadingButton, 'create-plan').props).toMatchObject({ loading: true, disabled: true }));
    r.findByTestId(LoadingButton, 'create-plan').trigger('onClick');
    expect(backend.sentTo(KEYS.create)).toHaveLength(1);

    answer.resolve({ status: 201, body: createdPlan(true) });
    await settle(r, backend);
    expect(backend.sentTo(KEYS.create)).toHaveLength(1);
    expect(r.mocks.actions.addAlert.calls).toHaveLength(1);
  });

  test('created:false (the plan was already there) is "plan already exists", not an error', async () => {
    const r = await renderLoaded(backend);
    backend.reply(KEYS.create, ok(createdPlan(false)));
    r.findByTestId(LoadingButton, 'create-plan').trigger('onClick');
    await settle(r, backend);
    expect(r.findByTestId(Alert, 'card-notice').props).toMatchObject({ title: 'Plan already exists', variant: 'info' });
    expect(r.mocks.actions.addAlert.calls).toEqual([[{ type: 'info', title: 'Plan already exists', message: 'This deal already has a Regain plan; nothing new was created.' }]]);
    expect(r.maybeFindByTestId(Alert, 'create-plan-error')).toBeNull();
    expect(r.findByTestId(StatusTag, 'plan-status').text).toBe('Active');
  });

  test('a refused create shows the backend’s message and keeps the rep’s choices', async () => {
    const r = await renderLoaded(backend);
    fire(r.findByTestId(Checkbox, 'include-check_value'), 'onChange', false);
    backend.reply(KEYS.create, fail(409, 'not_closed_lost', 'This deal is not closed lost: Regain plans start when a deal is lost.'));
    r.findByTestId(LoadingButton, 'create-plan').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(Text, 'create-plan-error-message').text).toBe('This deal is not closed lost: Regain plans start when a deal is lost.'));
    expect(r.findByTestId(Checkbox, 'include-check_value').props.checked).toBe(false);
    expect(r.findByTestId(LoadingButton, 'create-plan').props.disabled).toBe(false);
    expect(r.mocks.actions.addAlert.calls).toHaveLength(0);
    expect(r.mocks.actions.refreshObjectProperties.calls).toHaveLength(0);
  });
});

test('an ended plan shows its outcome; a new plan only when the rep asks', async () => {
  const r = await renderLoaded(backend, dealResponse({ plan: planView({ status: 'stopped' }) }));
  expect(r.findByTestId(StatusTag, 'plan-status').text).toBe('Stopped');
  expect(r.maybeFindByTestId(Flex, 'plan-preview')).toBeNull();
  expect(backend.sentTo(KEYS.preview)).toHaveLength(0);
  backend.reply(KEYS.preview, ok(planPreview()));
  r.findByTestId(Button, 'start-new-plan').trigger('onClick');
  await settle(r, backend);
  expect(r.findByTestId(LoadingButton, 'create-plan').text).toBe('Create plan');
});
