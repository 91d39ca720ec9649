import { buildSignatureHeaders } from '../signing';
import type { World } from '../world';
import { proxiedAnswer, proxiedUrl, type CardProxyOptions } from './card-proxy';
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
  /** The URL the card asked for (its own query included). */
  url: string;
  body?: unknown;
  userId?: number;
  userEmail?: string;
  /** The only header the proxy forwards (fact sheet §2.5). */
  authorization?: string;
  timeoutMs?: number;
  /** This call's proxy variant (default: the sandbox's, see `configureCardProxy`). */
  proxy?: Partial<CardProxyOptions>;
}

/**
 * Does what the hubspot.fetch proxy does (variants in card-proxy.ts): appends who is calling (identity
 * `append`) or nothing (`none`, the dev proxy), sends the body as JSON, signs v3 (and v2) over the final
 * URL, and hands the answer back as is or, for a 3xx-5xx with errors `envelope`, wrapped as the dev proxy does.
 */
export async function signedFetch(world: World, portalId: number, req: SignedFetchRequest): Promise<AppCallResult> {
  const proxy = { ...world.cardProxy, ...req.proxy };
  const portal = world.requirePortal(portalId);
  const owner = portal.owners[0];
  const who = { portalId: portal.id, userId: req.userId ?? owner?.userId ?? 0, userEmail: req.userEmail ?? owner?.email ?? '', appId: world.app.appId };
  const url = proxiedUrl(req.url, proxy.identity, who);
  const method = req.method ?? 'GET';
  const body = req.body === undefined ? '' : JSON.stringify(req.body);
  const extra: Record<string, string> = req.authorization ? { Authorization: req.authorization } : {};
  const sent = await signedSend(world, 'fetch', method, url, body, req.timeoutMs ?? 15_000, extra, proxy.legacySignature);
  const answer = proxiedAnswer(sent, proxy.errors, { method, cardUrl: req.url, portalId: portal.id });
  return { ...sent, ...answer, json: tryParseJson(answer.body) };
}

async function signedSend(
  world: World, set: 'workflow-action' | 'fetch', method: string, url: string, body: string, timeoutMs: number, extra: Record<string, string> = {}, legacy = true,
): Promise<AppCallResult> {
  const timestamp = world.clock.now();
  const headers: Record<string, string> = {
    ...extra,
    ...(body ? { 'Content-Type': 'application/json' } : {}),
    ...buildSignatureHeaders(set, { clientSecret: world.app.clientSecret, method, url, body, timestamp }, { legacy }),
  };
  const response = await sendHttp(url, { method, headers, ...(body ? { body } : {}), timeoutMs });
  return { ...response, json: tryParseJson(response.body), request: { url, method, headers, body } };
}
