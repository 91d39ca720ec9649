/**
 * What HubSpot does around the CRM: the workflow-action callbacks endpoint (reached with a harmless call: a
 * callback id HubSpot never issued completes nothing), and what only a real card or workflow request can
 * show (the parameters the hubspot.fetch proxy appends, the signature versions per request type), which
 * the backend logs at first use.
 */
import { describeFailure, row, type VerifyContext, type VerifyRow } from './verify-context';

export async function checkCallbacksEndpoint(ctx: VerifyContext): Promise<VerifyRow[]> {
  const assumption = 'Workflow callbacks (POST /automation/v4/actions/callbacks/{id}/complete) are reachable with the install\'s token (scope automation)';
  const callbackId = `regain-verify-${ctx.runId}`;
  try {
    await ctx.hubspot.completeWorkflowCallback(callbackId, { hs_execution_state: 'FAIL_CONTINUE' });
    return [row('workflows', assumption, `answered 2xx for an unknown callback id (${callbackId}): reachable`, true)];
  } catch (err) {
    const answer = describeFailure(err);
    const status = Number(answer.split(/[ :]/)[0]);
    // An unknown id may be refused (400/404): that still proves the endpoint and the token's scope. 401/403 do not.
    const reachable = status === 400 || status === 404;
    return [row('workflows', assumption, reachable ? `answered ${status} for an unknown callback id: reachable` : answer, reachable)];
  }
}

/** Not observable from a command line: where the backend logs what HubSpot sent. */
export function proxyObservationRows(): VerifyRow[] {
  return [
    row(
      'cards',
      'The hubspot.fetch proxy appends the caller\'s portalId (and userId, userEmail) to card requests',
      'only a real card request shows it: open the Regain card on any deal once, then find the backend log line with firstUse "hubspot.fetch identity" (its `appended` lists what HubSpot added)',
      'skipped',
    ),
    row(
      'signatures',
      'HubSpot signs card requests, webhooks and workflow-action calls with v3 (where documented)',
      'the backend logs the versions it saw per request type at first use: log lines with firstUse "signature versions (card|webhook|workflow_action)"',
      'skipped',
    ),
  ];
}
