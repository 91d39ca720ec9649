/** Section 4 of the settings page: start a portal-wide backfill and follow the latest run. */
import { useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  DateInput,
  DescriptionList,
  DescriptionListItem,
  Flex,
  Heading,
  LoadingSpinner,
  ProgressBar,
  Select,
  StatusTag,
  Text,
} from '@hubspot/ui-extensions';
import type { ExtensionPointApiActions } from '@hubspot/ui-extensions';
import type { BackfillPlans, BackfillRunView } from '../../../src/api/card-api';
import { formatDay } from '../shared/labels';
import type { RegainApi } from '../shared/regain-api';
import {
  buildBackfillRequest,
  formatEta,
  formatRate,
  INITIAL_BACKFILL_FORM,
  isRunActive,
  PLAN_OPTIONS,
  RUN_STATUS_LABELS,
  statusVariant,
  toDayValue,
  type BackfillErrors,
  type BackfillForm,
  type DayValue,
} from './backfill-form';
import { asApiError, useBackfillRun } from './use-backfill-run';

interface Props {
  api: RegainApi;
  actions: ExtensionPointApiActions<'settings'>;
  pollMs: number;
  today: DayValue;
}

export function BackfillSection({ api, actions, pollMs, today }: Props) {
  const [form, setForm] = useState<BackfillForm>(INITIAL_BACKFILL_FORM);
  const [errors, setErrors] = useState<BackfillErrors>({});
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<string | null>(null);
  const { state, reload, start } = useBackfillRun(api, pollMs, (run) => {
    if (run.status === 'completed') {
      actions.addAlert({ type: 'success', title: 'Backfill finished', message: `Regain analysed ${run.analysed} of ${run.found} closed-lost deals.` });
    } else if (run.status === 'failed') {
      actions.addAlert({ type: 'danger', title: 'Backfill failed', message: run.error ?? 'The backfill stopped before the end.' });
    }
  });

  const active = state.status === 'ready' && isRunActive(state.run);
  const update = (patch: Partial<BackfillForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setErrors({});
  };

  async function onStart() {
    const built = buildBackfillRequest(form, today);
    if (!built.ok) {
      setErrors(built.errors);
      return;
    }
    setStarting(true);
    setStartError(null);
    try {
      await start(built.request);
    } catch (error) {
      const apiError = asApiError(error);
      setStartError(apiError.message);
      // 409: a run is already going; show it instead of the stale one.
      if (apiError.status === 409) void reload();
    } finally {
      setStarting(false);
    }
  }

  return (
    <Flex direction="column" gap="sm">
      <Heading>Backfill past lost deals</Heading>
      <Text>
        Analyse the closed-lost deals this account already has, so the dashboard starts with history. A deal analysed before is brought up to
        date (nothing is written when nothing changed), and a rep's confirmed analysis is kept. Leave the dates empty to cover every closed-lost deal.
      </Text>
      <Flex direction="row" gap="md" wrap>
        <DateInput
          testId="backfill-since"
          name="backfillSince"
          label="Closed on or after"
          format="YYYY-MM-DD"
          value={form.since ?? undefined}
          onChange={(v) => update({ since: toDayValue(v) })}
          error={!!errors.since}
          validationMessage={errors.since}
        />
        <DateInput
          testId="backfill-until"
          name="backfillUntil"
          label="Closed on or before"
          format="YYYY-MM-DD"
          value={form.until ?? undefined}
          onChange={(v) => update({ until: toDayValue(v) })}
          error={!!errors.until}
          validationMessage={errors.until}
        />
      </Flex>
      <Select
        testId="backfill-plans"
        name="backfillPlans"
        label="Reacquisition plans"
        description="Plans write tasks for the deal owners. Start with analyses only if you are unsure."
        options={PLAN_OPTIONS}
        value={form.plans}
        onChange={(v) => update({ plans: v as BackfillPlans })}
      />
      <Checkbox testId="backfill-dry-run" name="backfillDryRun" checked={form.dryRun} onChange={(checked) => update({ dryRun: checked })}>
        Dry run: count and analyse, but write nothing to HubSpot
      </Checkbox>
      <Flex direction="row" gap="sm">
        <Button testId="backfill-start" variant="primary" disabled={active || starting} onClick={onStart}>
          {starting ? 'Starting…' : 'Start backfill'}
        </Button>
      </Flex>
      {active ? <Text variant="microcopy">A backfill is running; you can start another when it ends.</Text> : null}
      {startError ? (
        <Alert testId="backfill-start-error" variant="danger" title="The backfill did not start">
          {startError}
        </Alert>
      ) : null}
      <LatestRun state={state} onRetry={reload} />
    </Flex>
  );
}

function LatestRun({ state, onRetry }: { state: ReturnType<typeof useBackfillRun>['state']; onRetry: () => void }) {
  if (state.status === 'loading') return <LoadingSpinner testId="backfill-loading" label="Reading the latest backfill" />;
  if (state.status === 'error') {
    return (
      <Alert testId="backfill-load-error" variant="warning" title="The latest backfill could not be read">
        {state.error.message}{' '}
        <Button testId="backfill-retry" size="xs" variant="secondary" onClick={onRetry}>
          Try again
        </Button>
      </Alert>
    );
  }
  if (!state.run) return <Text testId="backfill-none">No backfill has run for this account yet.</Text>;
  return (
    <Flex direction="column" gap="xs">
      <RunProgress run={state.run} />
      {state.pollError ? (
        <Text testId="backfill-poll-error" variant="microcopy">
          Progress could not be refreshed: {state.pollError}
        </Text>
      ) : null}
    </Flex>
  );
}

function RunProgress({ run }: { run: BackfillRunView }) {
  const scope = run.since || run.until ? `${run.since ? formatDay(run.since) : 'the start'} to ${run.until ? formatDay(run.until) : 'today'}` : 'All closed-lost deals';
  const plan = PLAN_OPTIONS.find((o) => o.value === run.plans)?.label ?? run.plans;
  return (
    <Flex direction="column" gap="xs">
      <Flex direction="row" gap="sm" align="center">
        <Text format={{ fontWeight: 'demibold' }}>Latest backfill</Text>
        <StatusTag testId="backfill-status" variant={statusVariant(run.status)}>
          {RUN_STATUS_LABELS[run.status]}
        </StatusTag>
        {run.dryRun ? <StatusTag variant="default">Dry run</StatusTag> : null}
      </Flex>
      <ProgressBar
        testId="backfill-progress"
        title={`Analysed ${run.analysed} of ${run.found} deals`}
        value={run.analysed}
        maxValue={Math.max(run.found, run.analysed, 1)}
        showPercentage
        variant={run.status === 'failed' ? 'danger' : run.status === 'completed' ? 'success' : undefined}
      />
      <DescriptionList direction="row">
        <DescriptionListItem testId="backfill-found" label="Found">{run.found}</DescriptionListItem>
        <DescriptionListItem testId="backfill-analysed" label="Analysed">{run.analysed}</DescriptionListItem>
        <DescriptionListItem testId="backfill-written" label="Written to HubSpot">{run.written}</DescriptionListItem>
        <DescriptionListItem testId="backfill-plans-created" label="Plans created">{run.plansCreated}</DescriptionListItem>
        <DescriptionListItem testId="backfill-failed" label="Failed">{run.failed}</DescriptionListItem>
        <DescriptionListItem testId="backfill-rate" label="Rate">{formatRate(run.ratePerSecond)}</DescriptionListItem>
        <DescriptionListItem testId="backfill-eta" label="Time left">{isRunActive(run) ? formatEta(run.etaSeconds) : '—'}</DescriptionListItem>
      </DescriptionList>
      <Text variant="microcopy">
        {scope} · {plan} · started {formatDay(run.startedAt)}
        {run.finishedAt ? `, finished ${formatDay(run.finishedAt)}` : ''}
      </Text>
      {run.error ? (
        <Alert testId="backfill-run-error" variant="danger" title="The backfill stopped">
          {run.error}
        </Alert>
      ) : null}
    </Flex>
  );
}
