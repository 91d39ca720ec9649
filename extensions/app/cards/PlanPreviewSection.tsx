import { useEffect, useRef, useState } from 'react';
import { Alert, Flex, Heading, LoadingButton, LoadingSpinner, Tag, Text } from '@hubspot/ui-extensions';
import type { CreatePlanResponse, PlanPreviewResponse } from '../../../src/api/card-api';
import { JUSTICE_LABELS } from '../shared/labels';
import type { RegainApi, RegainApiError } from '../shared/regain-api';
import { ActiveWaitingSchedule } from './ActiveWaitingSchedule';
import { PLAN_KIND_LABELS, asApiError } from './card-text';
import { ErrorNotice } from './ErrorNotice';
import { PlanActivityRow } from './PlanActivityRow';
import { countPlannedTasks, dueDateOf, groupPlanItems, isIncluded, toActivityChoices, type ActivityEdits, type PreviewItem } from './plan-choices';

interface PlanPreviewSectionProps {
  api: RegainApi;
  dealId: string;
  /** Why the plan cannot be created right now (unsaved analysis edits), or null. */
  blockedReason: string | null;
  onCreated: (response: CreatePlanResponse) => void;
}

type PreviewState = { kind: 'loading' } | { kind: 'error'; error: RegainApiError } | { kind: 'ready'; preview: PlanPreviewResponse };

/** Steps III and IV: the proposed plan by justice dimension, the rep's edits, and "Create plan". */
export function PlanPreviewSection({ api, dealId, blockedReason, onCreated }: PlanPreviewSectionProps) {
  const [state, setState] = useState<PreviewState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [edits, setEdits] = useState<ActivityEdits>({});
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<RegainApiError | null>(null);
  // State updates are async: two clicks in one tick would both see `creating === false`.
  const inFlight = useRef(false);

  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    api.previewPlan(dealId).then(
      (preview) => current && setState({ kind: 'ready', preview }),
      (err: unknown) => current && setState({ kind: 'error', error: asApiError(err) }),
    );
    return () => {
      current = false;
    };
  }, [api, dealId, attempt]);

  if (state.kind === 'loading') return <LoadingSpinner testId="plan-preview-loading" label="Preparing the plan…" layout="centered" />;
  if (state.kind === 'error') {
    return <ErrorNotice testId="plan-preview-error" title="The plan could not be prepared" error={state.error} onRetry={() => setAttempt((n) => n + 1)} />;
  }

  const { preview } = state;
  const grouped = groupPlanItems(preview.items);
  const taskCount = countPlannedTasks(preview.items, edits);

  async function create() {
    if (inFlight.current) return;
    inFlight.current = true;
    setCreating(true);
    setCreateError(null);
    try {
      onCreated(await api.createPlan(dealId, toActivityChoices(preview.items, edits)));
    } catch (err) {
      setCreateError(asApiError(err));
    } finally {
      inFlight.current = false;
      setCreating(false);
    }
  }

  const row = (item: PreviewItem) => (
    <PlanActivityRow
      key={item.key}
      item={item}
      included={isIncluded(edits, item.code)}
      dueDate={dueDateOf(edits, item)}
      disabled={creating}
      onChange={(change) => setEdits((e) => ({ ...e, [item.code]: { ...e[item.code], ...change } }))}
    />
  );

  return (
    <Flex direction="column" gap="md" testId="plan-preview">
      <Flex direction="row" gap="sm" align="center">
        <Heading>Steps III and IV: the plan</Heading>
        <Tag testId="plan-kind" variant={preview.kind === 'exit' ? 'warning' : 'info'}>
          {PLAN_KIND_LABELS[preview.kind]}
        </Tag>
      </Flex>
      <Text testId="plan-summary">{preview.summary}</Text>
      {grouped.byJustice.map((group) => (
        <Flex key={group.justice} direction="column" gap="xs" testId={`justice-${group.justice}`}>
          <Text format={{ fontWeight: 'demibold' }}>{JUSTICE_LABELS[group.justice]}</Text>
          {group.items.map(row)}
        </Flex>
      ))}
      {grouped.other.length > 0 && (
        <Flex direction="column" gap="xs" testId="justice-other">
          <Text format={{ fontWeight: 'demibold' }}>Other activities</Text>
          {grouped.other.map(row)}
        </Flex>
      )}
      <ActiveWaitingSchedule reminders={grouped.reminders} />
      {createError && <ErrorNotice testId="create-plan-error" title="The plan was not created" error={createError} />}
      {blockedReason && (
        <Alert testId="plan-blocked" title="Confirm the analysis first" variant="info">
          {blockedReason}
        </Alert>
      )}
      <Flex direction="row" gap="sm" align="center">
        <LoadingButton
          testId="create-plan"
          variant="primary"
          loading={creating}
          disabled={creating || taskCount === 0 || blockedReason !== null}
          onClick={() => void create()}
        >
          Create plan
        </LoadingButton>
        <Text variant="microcopy" testId="plan-task-count">{`${taskCount} ${taskCount === 1 ? 'task' : 'tasks'} will be written to HubSpot.`}</Text>
      </Flex>
    </Flex>
  );
}
