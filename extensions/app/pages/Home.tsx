/**
 * Regain's app home page: the win-back dashboard. One GET /api/v1/reports/summary feeds every
 * section; the page shows loading, an empty state for a new portal (pointing to the backfill), an
 * error with a retry, or the figures.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AutoGrid, Button, EmptyState, ErrorState, Flex, LoadingSpinner, Text, hubspot } from '@hubspot/ui-extensions';
import type { ExtensionPointApiActions, ExtensionPointApiContext } from '@hubspot/ui-extensions';
import type { ReportSummaryResponse } from '../../../src/api/card-api';
import { apiBaseUrlFrom, createRegainApi, RegainApiError } from '../shared/regain-api';
import { isEmptySummary } from './dashboard-view';
import { HeadlineFigures, LostBySegment, MonthlyTrend, Outcomes, RatioBySegment, TopPriority, UpcomingReminders } from './DashboardSections';

export interface WinBackHomeProps {
  context: ExtensionPointApiContext<'home'>;
  actions: ExtensionPointApiActions<'home'>;
}

type Load = { status: 'loading' } | { status: 'error'; error: RegainApiError } | { status: 'ready'; summary: ReportSummaryResponse };

export function WinBackHome({ context }: WinBackHomeProps) {
  const api = useMemo(
    () => createRegainApi({ fetch: (url, options) => hubspot.fetch(url, options), baseUrl: apiBaseUrlFrom(context.variables) }),
    [context.variables],
  );
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const request = ++latest.current;
    setLoad({ status: 'loading' });
    try {
      const summary = await api.getSummary();
      if (request === latest.current) setLoad({ status: 'ready', summary });
    } catch (error) {
      const apiError = error instanceof RegainApiError ? error : new RegainApiError('Something went wrong in Regain. Try again.', 0, 'unexpected');
      if (request === latest.current) setLoad({ status: 'error', error: apiError });
    }
  }, [api]);

  useEffect(() => {
    void reload();
  }, [reload]);

  if (load.status === 'loading') return <LoadingSpinner testId="home-loading" label="Loading the win-back dashboard" layout="centered" />;
  if (load.status === 'error') {
    return (
      <ErrorState testId="home-error" title="The win-back dashboard could not be loaded">
        <Text>{load.error.message}</Text>
        <Button testId="home-retry" onClick={() => void reload()}>
          Try again
        </Button>
      </ErrorState>
    );
  }
  const { summary } = load;
  if (isEmptySummary(summary)) {
    return (
      <EmptyState testId="home-empty" title="No lost customers analysed yet" imageName="deals">
        <Text>
          Regain analyses each deal when it is marked closed lost. To see the deals you lost before installing it, an admin can start a backfill: in
          HubSpot open Marketplace › Connected apps › Regain › Settings, then “Backfill past lost deals”.
        </Text>
        <Button testId="home-refresh" variant="secondary" onClick={() => void reload()}>
          Refresh
        </Button>
      </EmptyState>
    );
  }
  return (
    <Flex direction="column" gap="md">
      <Flex direction="row" justify="between" align="center">
        <Text>Why your customers left, and how winning them back is going.</Text>
        <Button testId="home-refresh" variant="secondary" size="sm" onClick={() => void reload()}>
          Refresh
        </Button>
      </Flex>
      <HeadlineFigures summary={summary} />
      <AutoGrid columnWidth={420} gap="md" flexible>
        <LostBySegment summary={summary} />
        <RatioBySegment summary={summary} />
        <UpcomingReminders summary={summary} />
        <TopPriority summary={summary} />
      </AutoGrid>
      <Outcomes summary={summary} />
      <MonthlyTrend summary={summary} />
    </Flex>
  );
}

hubspot.extend<'home'>(({ context, actions }) => <WinBackHome context={context} actions={actions} />);
