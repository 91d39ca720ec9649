import { useState } from 'react';
import { Button, EmptyState, Flex, Text } from '@hubspot/ui-extensions';
import type { AnalysisView, CreatePlanResponse, DealAnalysisResponse, PlanView } from '../../../src/api/card-api';
import type { RegainApi } from '../shared/regain-api';
import { STAGE_LABELS } from './card-text';
import { PlanEndActions, type PlanOutcome } from './PlanEndActions';
import { PlanPreviewSection } from './PlanPreviewSection';
import { PlanProgress } from './PlanProgress';

const isRunning = (plan: PlanView | null): plan is PlanView => plan !== null && (plan.status === 'active' || plan.status === 'paused');

export interface PlanAreaProps {
  api: RegainApi;
  dealId: string;
  data: DealAnalysisResponse;
  analysis: AnalysisView;
  unsaved: boolean;
  onCreated: (response: CreatePlanResponse) => void;
  onEnded: (plan: PlanView, outcome: PlanOutcome) => void;
}

/** A running plan shows its progress and how to end it; an ended one its outcome; otherwise the proposed plan. */
export function PlanArea({ api, dealId, data, analysis, unsaved, onCreated, onEnded }: PlanAreaProps) {
  const [replanning, setReplanning] = useState(false);
  const plan = data.plan;
  if (isRunning(plan)) {
    return (
      <Flex direction="column" gap="sm">
        <PlanProgress plan={plan} />
        <PlanEndActions api={api} dealId={dealId} onEnded={onEnded} />
      </Flex>
    );
  }
  if (plan && !replanning) {
    // An ended plan (stopped, won back): a new one only when the rep asks for it.
    return (
      <Flex direction="column" gap="sm">
        <PlanProgress plan={plan} />
        <Button testId="start-new-plan" onClick={() => setReplanning(true)}>
          Start a new plan
        </Button>
      </Flex>
    );
  }
  return (
    <Flex direction="column" gap="md">
      {/* A new version means a new analysis: the preview follows it (keyed, so it re-fetches). */}
      <PlanPreviewSection
        key={`${analysis.version}:${analysis.segment}`}
        api={api}
        dealId={dealId}
        blockedReason={unsaved ? 'The plan follows the saved analysis. Confirm your changes to Steps I and II first, and the plan updates.' : null}
        onCreated={onCreated}
      />
    </Flex>
  );
}

/** A deal that is not (or no longer) closed lost: nothing to analyse, but an earlier plan stays visible. */
export function NotClosedLost({ api, dealId, data, onEnded }: { api: RegainApi; dealId: string; data: DealAnalysisResponse; onEnded: PlanAreaProps['onEnded'] }) {
  const plan = data.plan;
  return (
    <Flex direction="column" gap="md">
      <EmptyState testId="not-closed-lost" title="Nothing to win back yet" imageName="deals" layout="horizontal" flush>
        <Text testId="not-closed-lost-text">{`${STAGE_LABELS[data.stage]} Regain helps once a deal is closed lost: it suggests why the customer left and a fair plan to win them back.`}</Text>
      </EmptyState>
      {plan && <PlanProgress plan={plan} />}
      {isRunning(plan) && <PlanEndActions api={api} dealId={dealId} onEnded={onEnded} />}
    </Flex>
  );
}
