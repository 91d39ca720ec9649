/**
 * The Regain deal card (crm.record.tab on deals): Phase 1 (why they left, whose responsibility,
 * worth pursuing?) and Phase 2 (the plan, then its progress). A thin view: every decision comes from
 * the backend through `../shared/regain-api`.
 */
import { useMemo, useState } from 'react';
import { Alert, Divider, EmptyState, Flex, LoadingSpinner, Text, hubspot } from '@hubspot/ui-extensions';
import type { ExtensionPointApiActions, ExtensionPointApiContext } from '@hubspot/ui-extensions';
import type { AnalysisView, CreatePlanResponse, PlanView } from '../../../src/api/card-api';
import { apiBaseUrlFrom, createRegainApi } from '../shared/regain-api';
import { AnalysisSection } from './AnalysisSection';
import { hasUnsavedEdits, type AnalysisEdits } from './analysis-draft';
import { ErrorNotice } from './ErrorNotice';
import type { PlanOutcome } from './PlanEndActions';
import { NotClosedLost, PlanArea } from './PlanArea';
import { useDealAnalysis } from './use-deal-analysis';
import { WorthinessSection } from './WorthinessSection';

hubspot.extend<'crm.record.tab'>(({ context, actions }) => <LostDealCard context={context} actions={actions} />);

export interface LostDealCardProps {
  context: ExtensionPointApiContext<'crm.record.tab'>;
  actions: ExtensionPointApiActions<'crm.record.tab'>;
}

interface Notice {
  variant: 'success' | 'info';
  title: string;
  message: string;
}

/** The whole card; exported so tests render it with the renderer's context and action spies. */
export function LostDealCard({ context, actions }: LostDealCardProps) {
  const api = useMemo(() => createRegainApi({ fetch: (url, options) => hubspot.fetch(url, options), baseUrl: apiBaseUrlFrom(context.variables) }), [context.variables]);
  const dealId = String(context.crm.objectId);
  const { state, reload, update } = useDealAnalysis(api, dealId);
  const [edits, setEdits] = useState<AnalysisEdits>({});
  const [notice, setNotice] = useState<Notice | null>(null);

  if (state.kind === 'loading') return <LoadingSpinner testId="card-loading" label="Loading the Regain analysis…" layout="centered" />;
  if (state.kind === 'error') {
    return <ErrorNotice layout="page" testId="card-error" title="Regain could not load this deal" error={state.error} onRetry={() => void reload()} />;
  }

  /** Tells the rep in the card and in HubSpot's own alert, and re-reads the record's Regain properties. */
  const announce = (next: Notice) => {
    setNotice(next);
    actions.addAlert({ type: next.variant, title: next.title, message: next.message });
    actions.refreshObjectProperties();
  };

  const onSaved = (analysis: AnalysisView) => {
    update((d) => ({ ...d, analysis }));
    setEdits({}); 
    announce({ variant: 'success', title: 'Analysis confirmed', message: 'Regain saved your analysis on the deal.' });
  };

  const onCreated = ({ created, plan }: CreatePlanResponse) => {
    update((d) => ({ ...d, plan }));
    announce(
      created
        ? { variant: 'success', title: 'Plan created', message: `Regain is writing ${plan.items.length} tasks and reminders to HubSpot.` }
        : { variant: 'info', title: 'Plan already exists', message: 'This deal already has a Regain plan; nothing new was created.' },
    );
  };

  const onEnded = (plan: PlanView, outcome: PlanOutcome) => {
    update((d) => ({ ...d, plan }));
    announce(
      outcome === 'reacquired'
        ? { variant: 'success', title: 'Won back', message: 'Regain recorded the reacquisition and is cancelling the remaining tasks.' }
        : { variant: 'success', title: 'Plan stopped', message: 'Regain stopped the plan and is cancelling its open tasks.' },
    );
  };

  const { data } = state;
  return (
    <Flex direction="column" gap="md">
      {notice && (
        <Alert testId="card-notice" title={notice.title} variant={notice.variant}>
          {notice.message}
        </Alert>
      )}
      {state.refreshing && <LoadingSpinner testId="card-refreshing" label="Reloading…" size="xs" layout="inline" />}
      {state.refreshError && <ErrorNotice testId="card-refresh-error" title="Regain could not reload this deal" error={state.refreshError} onRetry={() => void reload()} />}
      {data.closedLost && data.analysis ? (
        <>
          <AnalysisSection
            api={api}
            dealId={dealId}
            analysis={data.analysis}
            edits={edits}
            onEditsChange={setEdits}
            onSaved={onSaved}
            onReload={() => void reload()}
            reloading={state.refreshing}
            currentUserId={String(context.user.id)}
          />
          <Divider />
          <WorthinessSection analysis={data.analysis} />
          <Divider />
          <PlanArea api={api} dealId={dealId} data={data} analysis={data.analysis} unsaved={hasUnsavedEdits(data.analysis, edits)} onCreated={onCreated} onEnded={onEnded} />
        </>
      ) : data.closedLost ? (
        <EmptyState testId="no-analysis" title="No analysis yet" imageName="deals" layout="horizontal" flush>
          <Text>Regain has not analysed this deal yet. Reload in a moment.</Text>
        </EmptyState>
      ) : (
        <NotClosedLost api={api} dealId={dealId} data={data} onEnded={onEnded} />
      )}
    </Flex>
  );
}
