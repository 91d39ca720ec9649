import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as ops from './admin-ops';
import { resolveAppConfig, type AppConfig, type SandboxAppOptions } from './app-config';
import type { IssuedTokens } from './auth/tokens';
import { systemClock, type Clock } from './clock';
import type { FaultOptions } from './faults';
import { buildApp } from './http/app';
import { DEFAULT_RATE_LIMIT, type RateLimitOptions } from './http/rate-limit';
import type { StatsSnapshot } from './http/stats';
import { callWorkflowAction, signedFetch, type AppCallResult, type SignedFetchRequest, type WorkflowActionCall, type WorkflowActionResult } from './outbound/app-calls';
import type { DeliveryRecord, WebhookEvent, WebhookOptions } from './outbound/webhook-types';
import type { CallbackCompletion } from './portal';
import type { DealTruth, SeedSpec, SeedSummary } from './seed/types';
import { World, type CreatePortalOptions } from './world';

export { ManualClock, systemClock, type Clock } from './clock';
export { decodeUriForSignature, signV1, signV2, signV3, SIGNATURE_HEADERS } from './signing';
export type { AppConfig, SandboxAppOptions } from './app-config';
export type { FaultOptions } from './faults';
export type { RateLimitOptions } from './http/rate-limit';
export type { StatsSnapshot, StatsCounters } from './http/stats';
export type { DeliveryRecord, WebhookEvent, WebhookOptions } from './outbound/webhook-types';
export type { AppCallResult, SignedFetchRequest, WorkflowActionCall, WorkflowActionResult } from './outbound/app-calls';
export type { DealTruth, SeedSpec, SeedSummary, SeedSegment, SeedLanguage } from './seed/types';
export type { PortalSummary, ObjectView, MoveDealOptions } from './admin-ops';
export type { CallbackCompletion } from './portal';
export type { IssuedTokens } from './auth/tokens';
export type { CreatePortalOptions } from './world';

/** Options of `startSandbox`; everything is optional. */
export interface SandboxOptions {
  /** Port on 127.0.0.1 (default 0: any free port). */
  port?: number;
  clock?: Clock;
  rateLimit?: Partial<RateLimitOptions>;
  /** Access-token lifetime (default 1800 s). */
  tokenTtlSeconds?: number;
  app?: SandboxAppOptions;
  faults?: Partial<FaultOptions>;
  webhooks?: Partial<WebhookOptions>;
  /**
   * Initial data. "demo": two seeded portals (the second with a relabelled pipeline);
   * `{closedLostDeals: N}`: one portal with N closed-lost deals. Default: one empty portal.
   */
  seed?: SeedSpec;
}

/** Webhook controls and inspection. */
export interface SandboxWebhooks {
  idle(): Promise<void>;
  deliveries(): DeliveryRecord[];
  events(): WebhookEvent[];
  configure(patch: Partial<WebhookOptions>): WebhookOptions;
}

/** A running sandbox. Its `url` is the `basePath` for `@hubspot/api-client`. */
export interface Sandbox {
  readonly url: string;
  readonly port: number;
  readonly clock: Clock;
  readonly app: AppConfig;
  readonly webhooks: SandboxWebhooks;
  portals(): ops.PortalSummary[];
  createPortal(opts?: CreatePortalOptions & { seed?: SeedSpec }): ops.PortalSummary & { seed?: SeedSummary };
  seedPortal(portalId: number, spec: SeedSpec): SeedSummary;
  installApp(portalId: number, opts?: { scopes?: string[] }): IssuedTokens;
  uninstallApp(portalId: number): void;
  configureApp(patch: Partial<Pick<AppConfig, 'webhookTargetUrl' | 'workflowActionUrl' | 'redirectUris' | 'scopes' | 'optionalScopes'>>): AppConfig;
  listObjects(portalId: number, type: string): ops.ObjectView[];
  getObject(portalId: number, type: string, id: string): ops.ObjectView | undefined;
  moveDealToStage(portalId: number, dealId: string, stageId: string, opts?: ops.MoveDealOptions): ops.ObjectView;
  loseDeal(portalId: number, dealId: string, opts?: Omit<ops.MoveDealOptions, 'pipelineId'>): ops.ObjectView;
  truth(portalId: number): DealTruth[];
  callbacks(portalId: number): CallbackCompletion[];
  setFaults(patch: Partial<FaultOptions>): FaultOptions;
  faultLog(): { seq: number; kind: string; status?: number; route?: string }[];
  startRateLimitStorm(durationMs: number): void;
  stopRateLimitStorm(): void;
  expireAllTokens(): void;
  setRateLimit(patch: Partial<RateLimitOptions>): RateLimitOptions;
  stats(): StatsSnapshot;
  resetStats(): void;
  callWorkflowAction(call: WorkflowActionCall): Promise<WorkflowActionResult>;
  signedFetch(portalId: number, req: SignedFetchRequest): Promise<AppCallResult>;
  close(): Promise<void>;
}

/** Starts the HubSpot emulator on 127.0.0.1 and resolves once it listens. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const world = new World({
    clock: options.clock ?? systemClock,
    app: resolveAppConfig(options.app),
    rateLimit: { ...DEFAULT_RATE_LIMIT, ...options.rateLimit },
    tokenTtlSeconds: options.tokenTtlSeconds ?? 1800,
    faults: options.faults ?? {},
    webhooks: options.webhooks ?? {},
  });
  createInitialPortals(world, options.seed);
  const server = await listen(buildApp(world), options.port ?? 0);
  const port = (server.address() as AddressInfo).port;
  return facade(world, server, port);
}

function createInitialPortals(world: World, seed: SeedSpec | undefined): void {
  if (seed === 'demo') {
    ops.createPortal(world, { name: 'Regain Demo GmbH', seed: 'demo' });
    ops.createPortal(world, { name: 'Relabelled Pipelines Inc.', pipelineVariant: 'relabelled', seed: { closedLostDeals: 12, openDeals: 2, seed: 77 } });
  } else {
    ops.createPortal(world, { name: 'Sandbox portal', ...(seed ? { seed } : {}) });
  }
}

function listen(app: ReturnType<typeof buildApp>, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, '127.0.0.1', (err?: Error) => (err ? reject(err) : resolve(server)));
    server.on('error', reject);
  });
}

function facade(world: World, server: Server, port: number): Sandbox {
  return {
    url: `http://127.0.0.1:${port}`, port, clock: world.clock, app: world.app,
    webhooks: {
      idle: () => world.webhooks.idle(), deliveries: () => world.webhooks.deliveries(),
      events: () => world.webhooks.events(), configure: (patch) => world.webhooks.configure(patch),
    },
    portals: () => [...world.portals.values()].map(ops.summarizePortal),
    createPortal: (opts) => ops.createPortal(world, opts),
    seedPortal: (portalId, spec) => ops.seedExistingPortal(world, portalId, spec),
    installApp: (portalId, opts) => ops.installApp(world, portalId, opts?.scopes),
    uninstallApp: (portalId) => world.uninstallApp(portalId),
    configureApp: (patch) => Object.assign(world.app, patch),
    listObjects: (portalId, type) => ops.listObjects(world, portalId, type),
    getObject: (portalId, type, id) => ops.getObject(world, portalId, type, id),
    moveDealToStage: (portalId, dealId, stageId, opts) => ops.moveDealToStage(world, portalId, dealId, stageId, opts),
    loseDeal: (portalId, dealId, opts) => ops.loseDeal(world, portalId, dealId, opts),
    truth: (portalId) => world.requirePortal(portalId).truth.map((t) => ({ ...t })),
    callbacks: (portalId) => world.requirePortal(portalId).callbacks.map((c) => ({ ...c })),
    setFaults: (patch) => world.faults.set(patch),
    faultLog: () => world.faults.log.map((e) => ({ ...e })),
    startRateLimitStorm: (durationMs) => world.faults.startStorm(durationMs),
    stopRateLimitStorm: () => world.faults.stopStorm(),
    expireAllTokens: () => world.tokens.expireAll(),
    setRateLimit: (patch) => { world.limiter.configure(patch); return world.limiter.config; },
    stats: () => world.stats.snapshot(),
    resetStats: () => world.stats.reset(),
    callWorkflowAction: (call) => callWorkflowAction(world, call),
    signedFetch: (portalId, req) => signedFetch(world, portalId, req),
    close: () => closeServer(world, server),
  };
}

function closeServer(world: World, server: Server): Promise<void> {
  world.webhooks.close();
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
