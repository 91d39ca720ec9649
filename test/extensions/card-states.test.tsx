import { Button, EmptyState, ErrorState, Flex, LoadingSpinner, StatusTag, Text } from '@hubspot/ui-extensions';
import {
  BASE,
  DEAL_PATH,
  KEYS,
  analysisView,
  dealResponse,
  deferred,
  fail,
  installFakeBackend,
  ok,
  planPreview,
  planView,
  renderCard,
  renderLoaded,
  settle,
  timeout,
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

describe('loading and errors', () => {
  test('shows a spinner until the analysis arrives, then the analysis', async () => {
    const answer = deferred<Reply>();
    backend.reply(KEYS.analysis, answer.promise);
    backend.reply(KEYS.preview, ok(planPreview()));
    const r = renderCard();
    expect(r.findByTestId(LoadingSpinner, 'card-loading').props.label).toBe('Loading the Regain analysis…');
    expect(r.maybeFindByTestId(Text, 'segment-suggested')).toBeNull();

    answer.resolve(ok(dealResponse()));
    await settle(r, backend);
    expect(r.findByTestId(Text, 'segment-suggested').text).toBe('Bought away (a better price or deal)');
    expect(backend.sent.map((s) => [s.method, s.url])).toEqual([
      ['GET', `${BASE}${DEAL_PATH}/analysis`],
      ['POST', `${BASE}${DEAL_PATH}/plan`],
    ]);
    expect(backend.sent[1]!.body).toEqual({ preview: true });
  });

  test('a 5xx shows an error state with the message; "Try again" loads the card', async () => {
    backend.reply(KEYS.analysis, fail(503, 'hubspot_503', 'HubSpot is busy or unavailable; try again shortly.'), ok(dealResponse()));
    backend.reply(KEYS.preview, ok(planPreview()));
    const r = renderCard();
    await r.waitFor(() => r.findByTestId(ErrorState, 'card-error'));
    expect(r.findByTestId(ErrorState, 'card-error').props.title).toBe('Regain could not load this deal');
    expect(r.findByTestId(Text, 'card-error-message').text).toBe('HubSpot is busy or unavailable; try again shortly.');

    r.findByTestId(Button, 'card-error-retry').trigger('onClick');
    await settle(r, backend);
    expect(backend.sentTo(KEYS.analysis)).toHaveLength(2);
    expect(r.maybeFindByTestId(ErrorState, 'card-error')).toBeNull();
    expect(r.findByTestId(Text, 'segment-suggested').text).toBe('Bought away (a better price or deal)');
  });

  test('a backend that is too slow (timeout) says so instead of leaving the card blank', async () => {
    backend.reply(KEYS.analysis, timeout(), ok(dealResponse({ closedLost: false, stage: 'open', analysis: null })));
    const r = renderCard();
    await r.waitFor(() => expect(r.findByTestId(Text, 'card-error-message').text).toBe('Regain took too long to answer. Try again in a moment.'));
    expect(r.findByTestId(ErrorState, 'card-error').props.type).toBe('support');
    r.findByTestId(Button, 'card-error-retry').trigger('onClick');
    await settle(r, backend);
    expect(r.findByTestId(EmptyState, 'not-closed-lost').props.title).toBe('Nothing to win back yet');
  });

  test('a bare 502 from HubSpot’s proxy still gives a readable error', async () => {
    backend.reply(KEYS.analysis, { status: 502, body: { status: 'error', category: 'BAD_GATEWAY', appServerStatusCode: 500 } });
    const r = renderCard();
    await r.waitFor(() => expect(r.findByTestId(Text, 'card-error-message').text).toBe('Regain had a problem answering. Try again in a moment.'));
  });

  test('a non-retryable error shows the backend’s own message', async () => {
    backend.reply(KEYS.analysis, fail(401, 'not_installed', 'Regain is not installed for this portal. Ask an admin to reinstall it.'));
    const r = renderCard();
    await r.waitFor(() => expect(r.findByTestId(Text, 'card-error-message').text).toBe('Regain is not installed for this portal. Ask an admin to reinstall it.'));
    expect(r.findByTestId(ErrorState, 'card-error').props.type).toBe('error');
  });
});

describe('a deal that is not closed lost', () => {
  test('shows a quiet empty state and asks for nothing else', async () => {
    const r = await renderLoaded(backend, dealResponse({ closedLost: false, stage: 'open', analysis: null }));
    expect(r.findByTestId(Text, 'not-closed-lost-text').text).toBe(
      'This deal is still open. Regain helps once a deal is closed lost: it suggests why the customer left and a fair plan to win them back.',
    );
    expect(r.maybeFindByTestId(Flex, 'plan-progress')).toBeNull();
    expect(r.maybeFindByTestId(Flex, 'analysis-section')).toBeNull();
    expect(backend.sent.map((s) => s.key)).toEqual([KEYS.analysis]);
  });

  test('with an earlier (paused) plan, shows its status and progress', async () => {
    const plan = planView({ status: 'paused', progress: { written: 2, pending: 1, failed: 1, cancelled: 2, nextReminder: '2027-04-01T00:00:00.000Z' } });
    const r = await renderLoaded(backend, dealResponse({ closedLost: false, stage: 'closed_won', analysis: analysisView(), plan }));
    expect(r.findByTestId(Text, 'not-closed-lost-text').text).toContain('This deal is closed won.');
    expect(r.findByTestId(StatusTag, 'plan-status').text).toBe('Paused');
    expect(r.findByTestId(Text, 'progress-written').text).toBe('2');
    expect(r.findByTestId(Text, 'progress-failed').text).toBe('1');
    expect(r.findByTestId(Text, 'progress-next-reminder').text).toBe('2027-04-01');
    // No analysis and no new plan on a deal that is not lost.
    expect(r.maybeFindByTestId(Flex, 'analysis-section')).toBeNull();
    expect(r.maybeFindByTestId(Flex, 'plan-preview')).toBeNull();
  });

  test('closed lost but not analysed yet: says so, no blank card', async () => {
    const r = await renderLoaded(backend, dealResponse({ analysis: null }));
    expect(r.findByTestId(EmptyState, 'no-analysis').props.title).toBe('No analysis yet');
    expect(backend.sent.map((s) => s.key)).toEqual([KEYS.analysis]);
  });
});
