/** The win-back dashboard (app home page) rendered with HubSpot's test renderer. */
import {
  BarChart,
  Button,
  DescriptionListItem,
  EmptyState,
  ErrorState,
  LineChart,
  LoadingSpinner,
  StatisticsItem,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Text,
} from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import type { ReportSummaryResponse } from '../../src/api/card-api';
import { WinBackHome } from '../../extensions/app/pages/Home';
import { EMPTY_SUMMARY, SUMMARY, SUMMARY_PATH } from './home-fixtures';
import { fire, installFakeFetch, textOf, type FakeFetch } from './home-settings-fake-fetch';

let fake: FakeFetch;
beforeEach(() => {
  fake = installFakeFetch();
});
afterEach(async () => {
  await new Promise((resolve) => setTimeout(resolve, 10));
  fake.restore();
  fake.expectAllConsumed();
});

function renderHome() {
  const r = createRenderer('home');
  r.render(<WinBackHome context={r.mocks.context} actions={r.mocks.actions} />);
  return r;
}

type Renderer = ReturnType<typeof renderHome>;

async function renderWith(summary: ReportSummaryResponse) {
  fake.reply('GET', SUMMARY_PATH, summary);
  const r = renderHome();
  await r.waitFor(() => r.findByTestId(Button, 'home-refresh'));
  return r;
}

/** Body rows of a table, each as its cells' text. */
function rows(r: Renderer, testId: string): string[][] {
  return r
    .findByTestId(Table, testId)
    .find(TableBody)
    .findAll(TableRow)
    .map((row) => row.findAll(TableCell).map(textOf));
}

const statistic = (r: Renderer, testId: string) => r.findByTestId(StatisticsItem, testId).props.number;

describe('WinBackHome', () => {
  it('shows a spinner, then the summary: losses by segment as a bar chart', async () => {
    const release = fake.hold('GET', SUMMARY_PATH, SUMMARY);
    const r = renderHome();
    expect(r.findByTestId(LoadingSpinner, 'home-loading')).toBeTruthy();
    release();
    await r.waitFor(() => r.findByTestId(BarChart, 'home-lost-by-segment'));

    const chart = r.findByTestId(BarChart, 'home-lost-by-segment');
    expect(chart.props.data).toEqual([
      { segment: 'Bought away', count: 12 },
      { segment: 'Pulled away', count: 7 },
      { segment: 'Unintentionally pushed away', count: 5 },
      { segment: 'Moved away', count: 0 },
      { segment: 'Intentionally pushed away', count: 0 },
      { segment: 'Undetermined', count: 2 },
    ]);
    expect(chart.props.axes).toMatchObject({ x: { field: 'segment', fieldType: 'category' }, y: { field: 'count', fieldType: 'linear' } });
    expect(fake.callsTo('GET', SUMMARY_PATH)[0]?.query).toEqual({});
  });

  it('shows the headline figures, the ratio by segment, reminders and priorities as in the summary', async () => {
    const r = await renderWith(SUMMARY);
    expect(statistic(r, 'home-total-lost')).toBe(26);
    expect(statistic(r, 'home-internal-controllable')).toBe('31%');
    expect(statistic(r, 'home-overall-ratio')).toBe('36%'); // 5 won back of 14 pursued

    expect(rows(r, 'home-ratio-by-segment')).toEqual([
      ['Bought away', '10', '3', '30%'],
      ['Unintentionally pushed away', '4', '2', '50%'],
      ['Moved away', '0', '0', '—'],
    ]);
    expect(rows(r, 'home-reminders')).toEqual([
      ['9001', 'Active waiting: check in with Northwind', '2026-12-04'],
      ['9003', 'Active waiting: ask Contoso how the new supplier performs', '2026-12-11'],
    ]);
    expect(rows(r, 'home-top-priority')).toEqual([
      ['9001', 'Pulled away', 'High', '48,250'],
      ['9002', 'Bought away', 'Medium', '12,000'],
    ]);
  });

  it('shows the outcomes: plans, time to win back, ratio by attribution and the monthly trend', async () => {
    const r = await renderWith(SUMMARY);
    expect(['pursued', 'active', 'paused', 'reacquired', 'stopped'].map((k) => statistic(r, `home-plans-${k}`))).toEqual([14, 6, 1, 5, 2]);
    expect(textOf(r.findByTestId(DescriptionListItem, 'home-days-median'))).toBe('84 days');
    expect(textOf(r.findByTestId(DescriptionListItem, 'home-days-mean'))).toBe('97 days');
    expect(textOf(r.findByTestId(DescriptionListItem, 'home-days-count'))).toBe('5');
    expect(rows(r, 'home-ratio-by-attribution')).toEqual([
      ['Internal (us)', 'Controllable (we can act on it)', '6', '3', '50%'],
      ['External (them or the market)', 'Uncontrollable', '8', '2', '25%'],
    ]);
    const trend = r.findByTestId(LineChart, 'home-trend');
    expect(trend.props.data).toEqual([
      { month: '2026-10', series: 'Customers lost', customers: 9 },
      { month: '2026-10', series: 'Plans started', customers: 5 },
      { month: '2026-10', series: 'Customers won back', customers: 1 },
      { month: '2026-11', series: 'Customers lost', customers: 17 },
      { month: '2026-11', series: 'Plans started', customers: 9 },
      { month: '2026-11', series: 'Customers won back', customers: 4 },
    ]);
    expect(trend.props.axes).toMatchObject({ x: { field: 'month' }, y: { field: 'customers' }, options: { groupFieldByColor: 'series' } });
  });

  it('copes with losses but no plans, reminders or history yet', async () => {
    const r = await renderWith({ ...EMPTY_SUMMARY, lostBySegment: [{ segment: 'moved_away', count: 3 }], internalControllableShare: 0 });
    expect(statistic(r, 'home-total-lost')).toBe(3);
    expect(statistic(r, 'home-overall-ratio')).toBe('—');
    expect(r.findByTestId(Text, 'home-no-reminders')).toBeTruthy();
    expect(r.findByTestId(Text, 'home-no-priority')).toBeTruthy();
    expect(r.findByTestId(Text, 'home-no-trend')).toBeTruthy();
    expect(textOf(r.findByTestId(DescriptionListItem, 'home-days-median'))).toBe('—');
    expect(r.maybeFindByTestId(LineChart, 'home-trend')).toBeNull();
  });

  it('points a new portal to the backfill on the settings page', async () => {
    fake.reply('GET', SUMMARY_PATH, EMPTY_SUMMARY);
    const r = renderHome();
    await r.waitFor(() => r.findByTestId(EmptyState, 'home-empty'));
    const text = textOf(r.findByTestId(EmptyState, 'home-empty'));
    expect(text).toContain('Settings');
    expect(text).toContain('Backfill past lost deals');
    expect(r.maybeFindByTestId(BarChart, 'home-lost-by-segment')).toBeNull();

    // After the backfill, a refresh shows the figures.
    fake.reply('GET', SUMMARY_PATH, SUMMARY);
    fire(r.findByTestId(Button, 'home-refresh'), 'onClick');
    await r.waitFor(() => r.findByTestId(BarChart, 'home-lost-by-segment'));
  });

  it('shows the error with a retry, and the figures after a successful retry', async () => {
    fake.reply('GET', SUMMARY_PATH, { error: { code: 'not_installed', message: 'Regain is not installed in this account.' } }, 401);
    const r = renderHome();
    await r.waitFor(() => r.findByTestId(ErrorState, 'home-error'));
    expect(textOf(r.findByTestId(ErrorState, 'home-error'))).toContain('Regain is not installed in this account.');
    expect(r.maybeFindByTestId(BarChart, 'home-lost-by-segment')).toBeNull();

    fake.reply('GET', SUMMARY_PATH, SUMMARY);
    fire(r.findByTestId(Button, 'home-retry'), 'onClick');
    await r.waitFor(() => r.findByTestId(BarChart, 'home-lost-by-segment'));
    expect(fake.callsTo('GET', SUMMARY_PATH)).toHaveLength(2);
  });

  it('reloads the figures on refresh', async () => {
    const r = await renderWith(SUMMARY);
    fake.reply('GET', SUMMARY_PATH, { ...SUMMARY, internalControllableShare: 0.5 });
    fire(r.findByTestId(Button, 'home-refresh'), 'onClick');
    await r.waitFor(() => expect(statistic(r, 'home-internal-controllable')).toBe('50%'));
  });
});
