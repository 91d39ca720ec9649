/**
 * Shared by the deal card tests: contract-typed fixtures, a fake Regain backend behind
 * `hubspot.fetch` (queued replies; leftovers and unexpected calls fail the test), and a renderer set
 * up on a deal.
 */
import { LoadingButton, LoadingSpinner, hubspot } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import type { AnalysisView, CreatePlanResponse, DealAnalysisResponse, PlanItemView, PlanPreviewResponse, PlanView } from '../../src/api/card-api';
import { LostDealCard } from '../../extensions/app/cards/LostDealCard';
import { PROGRESS_POLLING } from '../../extensions/app/cards/use-deal-analysis';
import { identityNamesIn, throughProxy } from './proxy-mode';

export const DEAL_ID = 4242;
export const PORTAL_ID = 123;
export const BASE = 'https://api.regain.example';
export const DEAL_PATH = `/api/v1/deals/${DEAL_ID}`;

export function analysisView(overrides: Partial<AnalysisView> = {}): AnalysisView {
  return {
    status: 'suggested',
    version: 3,
    segment: 'bought_away',
    confidence: 0.82,
    customerStatus: 'lost_customer',
    runnersUp: [{ segment: 'pulled_away', score: 0.6 }],
    evidence: [
      { source: 'lost_reason', excerpt: 'Went with a cheaper vendor', segment: 'bought_away', weight: 2 },
      { source: 'note', sourceId: '9001', excerpt: 'Acme quoted them 20% less', segment: 'bought_away', weight: 1.5, reason: "matched 'quoted less'" },
    ],
    questions: [],
    unsure: false,
    decidedBy: { source: 'lost_reason', clause: 'Went with a cheaper vendor', cue: 'cheaper vendor', reading: 'a lower price elsewhere' },
    notRead: [],
    attribution: {
      source: { value: 'external', reason: 'A competitor’s lower price drew them away.' },
      stability: { value: 'stable', reason: 'Price-driven buyers tend to stay price-driven.' },
      controllability: { value: 'uncontrollable', reason: 'We do not set the competitor’s price.' },
    },
    suggested: { segment: 'bought_away', source: 'external', stability: 'stable', controllability: 'uncontrollable' },
    confirmedBy: null,
    confirmedAt: null,
    worthiness: {
      easeOfReacquisition: 0.55,
      customerValue: 0.7,
      returnProbability: 0.34,
      secondLifetimeValue: 48250,
      priority: 'high',
      reasons: ['First lifetime: 3 won deal(s) over 2.5 year(s), about 19300 a year.', 'Large account: market influence and cross-sell potential.'],
    },
    ...overrides,
  };
}

export function dealResponse(overrides: Partial<DealAnalysisResponse> = {}): DealAnalysisResponse {
  return { dealId: String(DEAL_ID), stage: 'closed_lost', closedLost: true, analysis: analysisView(), plan: null, ...overrides };
}

type PreviewItem = PlanPreviewResponse['items'][number];

export function previewItem(overrides: Partial<PreviewItem> & Pick<PreviewItem, 'code'>): PreviewItem {
  return {
    key: `regain:${PORTAL_ID}:${DEAL_ID}:${overrides.code}`,
    kind: 'activity',
    title: overrides.code,
    body: `Body of ${overrides.code}`,
    dueDate: '2027-01-10T00:00:00.000Z',
    justice: 'distributive',
    ownerRole: 'deal_owner',
    ownerId: '77',
    priority: 'HIGH',
    ...overrides,
  };
}

export function planPreview(overrides: Partial<PlanPreviewResponse> = {}): PlanPreviewResponse {
  return {
    preview: true,
    kind: 'win_back',
    segment: 'bought_away',
    summary: 'Win back with a time-boxed, value-framed offer; check the value before discounting.',
    items: [
      previewItem({ code: 'check_value', title: 'Check the account is worth a price response', ownerRole: 'sales_manager', ownerId: null, dueDate: '2027-01-05T00:00:00.000Z' }),
      previewItem({ code: 'time_boxed_offer', title: 'Make a time-boxed offer', dueDate: '2027-01-10T00:00:00.000Z' }),
      previewItem({ code: 'ease_return', title: 'Make coming back easy', justice: 'procedural', priority: 'MEDIUM', dueDate: '2027-01-13T00:00:00.000Z' }),
      previewItem({ code: 'intelligence_gathering', title: 'Ask how the new supplier performs', justice: 'interactional', priority: 'LOW', dueDate: '2027-02-17T00:00:00.000Z' }),
      // The backend tags reminders `interactional`; the card must still file them under active waiting.
      previewItem({ code: 'active_waiting_2', kind: 'reminder', title: 'Active waiting: follow up (2/2)', body: 'Their buying cycle comes around: be in the consideration set.', justice: 'interactional', priority: 'LOW', dueDate: '2027-09-01T00:00:00.000Z' }),
      previewItem({ code: 'active_waiting_1', kind: 'reminder', title: 'Active waiting: follow up (1/2)', body: 'Check in: is the cheaper supplier delivering?', justice: 'interactional', priority: 'LOW', dueDate: '2027-04-01T00:00:00.000Z' }),
    ],
    ...overrides,
  };
}

export function planView(overrides: Partial<PlanView> = {}): PlanView {
  const items: PlanItemView[] = planPreview().items.map((item, index) => ({ ...item, status: index < 3 ? 'written' : 'pending', hubspotTaskId: index < 3 ? `t${index}` : null }));
  return {
    id: 'plan-1',
    status: 'active',
    kind: 'win_back',
    segment: 'bought_away',
    summary: 'Win back with a time-boxed, value-framed offer; check the value before discounting.',
    createdAt: '2026-11-30T10:00:00.000Z',
    items,
    progress: { written: 3, pending: 3, failed: 0, cancelled: 0, nextReminder: '2027-04-01T00:00:00.000Z' },
    ...overrides,
  };
}

export function createdPlan(created: boolean, plan: PlanView = planView()): CreatePlanResponse {
  return { preview: false, created, plan };
}

// ---- the fake backend -------------------------------------------------------------------------

export type Reply = { status: number; body: unknown } | { reject: Error };

export const ok = (body: unknown): Reply => ({ status: 200, body });
export const fail = (status: number, code: string, message: string): Reply => ({ status, body: { error: { code, message } } });
export const timeout = (): Reply => ({ reject: new Error('Request timeout after 12000ms') });

export interface SentRequest {
  key: string;
  url: string;
  method: string;
  body: Record<string, unknown> | undefined;
}

/** A promise the test resolves when it wants the backend to answer. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * Replaces `hubspot.fetch` (the renderer does not mock it). Requests are keyed `METHOD path`, with
 * `#preview` for a plan preview; each answers with the next queued reply for its key, passed through
 * HubSpot's proxy as this jest project plays it (proxy-mode.ts). A request that names its own portal or
 * user fails `verify()`.
 */
export function installFakeBackend() {
  // The card's progress polling is off unless a test turns it on (a timer would outlive its test).
  PROGRESS_POLLING.times = 0;
  const original = hubspot.fetch;
  const queues = new Map<string, Array<Reply | Promise<Reply>>>();
  const sent: SentRequest[] = [];
  const unexpected: string[] = [];
  let answering = 0;

  const fetch = jest.fn(async (url: string | URL, options?: { method?: string; body?: object }) => {
    const parsed = new URL(String(url));
    const method = options?.method ?? 'GET';
    const body = options?.body as Record<string, unknown> | undefined;
    const key = `${method} ${parsed.pathname}${body?.preview ? '#preview' : ''}`;
    sent.push({ key, url: String(url), method, body });
    for (const name of identityNamesIn(url, body)) unexpected.push(`${key} sent ${name}`);
    const next = queues.get(key)?.shift();
    if (!next) {
      unexpected.push(key);
      return response({ status: 500, body: { error: { code: 'unexpected', message: `No reply queued for ${key}` } } }, () => undefined);
    }
    answering++;
    const reply = await next;
    if ('reject' in reply) {
      answering--;
      throw reply.reject;
    }
    return response(throughProxy(reply, { method, url: String(url) }), () => answering--);
  });
  hubspot.fetch = fetch as unknown as typeof hubspot.fetch;

  return {
    fetch,
    sent,
    /** Queues replies for one request key, e.g. `GET /api/v1/deals/4242/analysis`. */
    reply(key: string, ...replies: Array<Reply | Promise<Reply>>) {
      queues.set(key, [...(queues.get(key) ?? []), ...replies]);
    },
    sentTo: (key: string) => sent.filter((r) => r.key === key),
    /** Replies queued but not yet asked for, plus those asked for and not yet read. */
    outstanding: () => [...queues.values()].reduce((n, q) => n + q.length, 0) + answering,
    /** Every queued reply was used and nothing unexpected was asked. */
    verify() {
      const leftovers = [...queues].filter(([, q]) => q.length > 0).map(([key, q]) => `${key} (${q.length} left)`);
      expect({ unexpected, leftovers }).toEqual({ unexpected: [], leftovers: [] });
    },
    restore() {
      hubspot.fetch = original;
    },
  };
}

function response(reply: { status: number; body: unknown }, onRead: () => void): Response {
  const json = async () => {
    onRead();
    return reply.body;
  };
  return { ok: reply.status >= 200 && reply.status < 300, status: reply.status, json } as unknown as Response;
}

export const KEYS = {
  analysis: `GET ${DEAL_PATH}/analysis`,
  confirm: `PUT ${DEAL_PATH}/analysis`,
  preview: `POST ${DEAL_PATH}/plan#preview`,
  create: `POST ${DEAL_PATH}/plan`,
  stop: `POST ${DEAL_PATH}/plan/stop`,
  reacquired: `POST ${DEAL_PATH}/plan/reacquired`,
};

/** Renders the card on a deal, as HubSpot would (deals are object type `0-3`). */
export function renderCard() {
  const renderer = createRenderer('crm.record.tab');
  renderer.mocks.context.crm.objectTypeId = '0-3';
  renderer.mocks.context.crm.objectId = DEAL_ID;
  renderer.render(<LostDealCard context={renderer.mocks.context} actions={renderer.mocks.actions} />);
  return renderer;
}

export type CardRenderer = ReturnType<typeof renderCard>;
export type FakeBackend = ReturnType<typeof installFakeBackend>;

/** Queues the card's first requests (analysis, and the plan preview when there is no plan yet) and renders it to rest. */
export async function renderLoaded(backend: FakeBackend, deal: DealAnalysisResponse = dealResponse(), preview: PlanPreviewResponse = planPreview()) {
  backend.reply(KEYS.analysis, ok(deal));
  if (deal.closedLost && deal.analysis && !deal.plan) backend.reply(KEYS.preview, ok(preview));
  const r = renderCard();
  await settle(r, backend);
  return r;
}

/** Waits until every queued reply was asked for and read, and nothing on the card is still loading. */
export async function settle(r: CardRenderer, backend: FakeBackend) {
  await r.waitFor(() => {
    expect(backend.outstanding()).toBe(0);
    expect(r.findAll(LoadingSpinner)).toHaveLength(0);
    expect(r.findAll(LoadingButton, { loading: true })).toHaveLength(0);
  });
}

/** Lets pending promise callbacks (fetch answers, state updates) run. */
export const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface TextTree {
  nodeType: string;
  text?: string | null;
  childNodes?: readonly TextTree[];
}

/** All the text under a node, children included (`.text` is null on a node with element children). */
export function allText(node: TextTree): string {
  if (node.nodeType === 'text') return node.text ?? '';
  return (node.childNodes ?? []).map(allText).filter(Boolean).join(' ');
}

/**
 * Triggers an event with its argument. The testing types want the handler's own type as the
 * argument (0.17), so a plain value needs this cast.
 */
export function fire(node: object, event: 'onChange' | 'onClick', arg?: unknown): void {
  (node as { trigger(event: string, arg?: unknown): void }).trigger(event, arg);
}
