import { useRef, useState } from 'react';
import { Alert, Button, Flex, LoadingButton, Text } from '@hubspot/ui-extensions';
import type { PlanView } from '../../../src/api/card-api';
import type { RegainApi, RegainApiError } from '../shared/regain-api';
import { asApiError } from './card-text';
import { ErrorNotice } from './ErrorNotice';

export type PlanOutcome = 'stopped' | 'reacquired';

interface PlanEndActionsProps {
  api: RegainApi;
  dealId: string;
  onEnded: (plan: PlanView, outcome: PlanOutcome) => void;
}

const CONFIRM_TEXT: Record<PlanOutcome, { title: string; body: string; button: string }> = {
  stopped: {
    title: 'Stop pursuing this customer?',
    body: 'Regain cancels the plan’s open tasks and reminders that are still due. This cannot be undone, but you can start a new plan later.',
    button: 'Yes, stop pursuing',
  },
  reacquired: {
    title: 'Mark this customer as won back?',
    body: 'Regain records the reacquisition and cancels the plan’s remaining tasks and reminders.',
    button: 'Yes, they are back',
  },
};

/** "Stop pursuing" and "Won back", each behind an inline confirmation, for a running plan. */
export function PlanEndActions({ api, dealId, onEnded }: PlanEndActionsProps) {
  const [confirming, setConfirming] = useState<PlanOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<RegainApiError | null>(null);
  const inFlight = useRef(false);

  async function end(outcome: PlanOutcome) {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    try {
      const { plan } = outcome === 'stopped' ? await api.stopPlan(dealId) : await api.markReacquired(dealId);
      setConfirming(null);
      onEnded(plan, outcome);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }

  if (confirming) {
    const text = CONFIRM_TEXT[confirming];
    return (
      <Alert testId="end-plan-confirm" title={text.title} variant="warning">
        <Flex direction="column" gap="sm">
          <Text>{text.body}</Text>
          {error && <ErrorNotice testId="end-plan-error" title="Nothing was changed" error={error} />}
          <Flex direction="row" gap="sm">
            <LoadingButton testId={`confirm-${confirming}`} variant={confirming === 'stopped' ? 'destructive' : 'primary'} loading={busy} disabled={busy} onClick={() => void end(confirming)}>
              {text.button}
            </LoadingButton>
            <Button
              testId="cancel-end-plan"
              disabled={busy}
              onClick={() => {
                setConfirming(null);
                setError(null);
              }}
            >
              Cancel
            </Button>
          </Flex>
        </Flex>
      </Alert>
    );
  }
  return (
    <Flex direction="row" gap="sm">
      <Button testId="mark-reacquired" variant="primary" onClick={() => setConfirming('reacquired')}>
        Won back
      </Button>
      <Button testId="stop-plan" variant="destructive" onClick={() => setConfirming('stopped')}>
        Stop pursuing
      </Button>
    </Flex>
  );
}
