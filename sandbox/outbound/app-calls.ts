import { buildSignatureHeaders } from '../signing';
import type { World } from '../world';
import { sendHttp, tryParseJson } from './http-client';

/** A workflow-action execution to send to the app's actionUrl. */
export interface WorkflowActionCall {
  portalId: number;
  objectId: string | number;
  inputFields: Record<string, unknown>;
  callbackId?: string;
  workflowId?: number;
  /** HubSpot object type token; deals are "DEAL" (UNCONFIRMED). */
  objectType?: string;
  timeoutMs?: number;
}

/** What the app answered. */
export interface AppCallResult {
  status: number;
  headers: Record<string, string>;
  body: string;
  json: unknown;
  request: { url: string; method: string; headers: Record<string, string>; body: string };
}

export interface WorkflowActionResult extends AppCallResult {
  callbackId: string;
}

/**
 * POSTs the Automation v4 action request shape (fact sheet §8) to the app's
 * workflowActionUrl, signed with v3 and v2, and returns the answer. The callback id is
 * remembered so async completions through the callbacks API can be matched.
 */
export async function callWorkflowAction(world: World, call: WorkflowActionCall): Promise<WorkflowActionResult> {
  const url = world.app.workflowActionUrl;
  if (!url) throw new Error('callWorkflowAction: the sandbox app has no workflowActionUrl (set app.workflowActionUrl or configureApp)');
  const portal = world.requirePortal(call.portalId);
  const callbackId = call.callbackId ?? `ap-${world.app.appId}-${portal.id}-${world.issuedCallbacks.size + 1}`;
  world.issuedCallbacks.set(callbackId, { portalId: portal.id, issuedAt: world.clock.now() });
  const body = JSON.stringify({
    callbackId,
    origin: {
      portalId: portal.id, actionDefinitionId: world.app.actionDefinitionId, actionDefinitionVersion: 1,
      extensionDefinitionId: world.app.actionDefinitionId, extensionDefinitionVersionId: 1,
    },
    context: { source: 'WORKFLOWS', workflowId: call.workflowId ?? 555_001 },
    object: { objectId: Number(call.objectId), objectType: call.objectType ?? 'DEAL' },
    inputFields: call.inputFields,
  });
  const result = await signedSend(world, 'workflow-action', 'POST', url, body, call.timeoutMs ?? 20_000);
  return { ...result, callbackId };
}

/** A card-style request, as `hubspot.fetch` sends it through HubSpot's proxy. */
export interface SignedFetchRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  body?: unknown;
  userId?: number;
  userEmail?: string;
  /** The only header the proxy forwards (fact sheet §2.5). */
  authorization?: string;
  timeoutMs?: number;
}

/**
 * Does what the hubspot.fetch proxy does: appends `portalId`, `userId`, `userEmail` and
 * `appId` to the query (HubSpot's exact list is UNCONFIRMED; this is the sandbox's
 * choice), sends the body as JSON, and signs with v3 and v2 over the final URL.
 */
export async function signedFetch(world: World, portalId: number, req: SignedFetchRequest): Promise<AppCallResult> {
  const portal = world.requirePortal(portalId);
  const owner = portal.owners[0];
  const url = new URL(req.url);
  url.searchParams.set('portalId', String(portal.id));
  url.searchParams.set('userId', String(req.userId ?? owner?.userId ?? 0));
  url.searchParams.set('userEmail', req.userEmail ?? owner?.email ?? '');
  url.searchParams.set('appId', String(world.app.appId));
  const method = req.method ?? 'GET';
  const body = req.body === undefined ? '' : JSON.stringify(req.body);
  const extra: Record<string, string> = req.authorization ? { Authorization: req.authorization } : {};
  return signedSend(world, 'fetch', method, url.toString(), body, req.timeoutMs ?? 15_000, extra);
}

async function signedSend(
  world: World, set: 'workflow-action' | 'fetch', method: string, url: string, body: string, timeoutMs: number, extra: Record<string, string> = {},
): Promise<AppCallResult> {
  const timestamp = world.clock.now();
  const headers: Record<string, string> = {
    ...extra,
    ...(body ? { 'Content-Type': 'application/json' } : {}),
    ...buildSignatureHeaders(set, { clientSecret: world.app.clientSecret, method, url, body, timestamp }),
  };
  const response = await sendHttp(url, { method, headers, ...(body ? { body } : {}), timeoutMs });
  return { ...response, json: tryParseJson(response.body), request: { url, method, headers, body } };
}
