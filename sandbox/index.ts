import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as ops from './admin-ops';
import { resolveAppConfig, type AppConfig, type SandboxAppOptions } from './app-config';
import type { IssuedTokens, OAuthBehaviour } from './auth/tokens';
import { systemClock, type Clock } from './clock';
import type { FaultOptions } from './faults';
import { buildApp } from './http/app';
import { DEFAULT_RATE_LIMIT, type RateLimitOptions } from './http/rate-limit';
import type { StatsSnapshot } from './http/stats';
import { callWorkflowAction, signedFetch, type AppCallResult, type SignedFetchRequest, type WorkflowActionCall, type WorkflowActionResult } from './outbound/app-calls';
import type { CardProxyOptions } from './outbound/card-proxy';
import type { DeliveryRecord, WebhookEvent, WebhookOptions } from './outbound/webhook-types';
import type { CallbackCompletion } from './portal';
import type { DealTruth, SeedSpec, SeedSummary } from './seed/types';
import type { SandboxVariants } from './variants';
import { World, type CreatePortalOptions } from './world';
import { marketplaceOf, type MarketplaceListing, type MarketplaceSession } from './marketplace';
import { previewRouter, type PreviewOptions } from './preview/preview-app';

export { ManualClock, OffsetClock, systemClock, type Clock } from './clock';
export { decodeUriForSignature, signV1, signV2, signV3, SIGNATURE_HEADERS } from './signing';
export type { AppConfig, SandboxAppOptions } from './app-config';
export type { FaultOptions } from './faults';
export type { RateLimitOptions } from './http/rate-limit';
export type { StatsSnapshot, StatsCounters } from './http/stats';
export type { DeliveryRecord, WebhookEvent, WebhookOptions } from './outbound/webhook-types';
export type { AppCallResult, SignedFetchRequest, WorkflowActionCall, WorkflowActionResult } from './outbound/app-calls';
export { DEFAULT_CARD_PROXY, type CardProxyOptions } from './outbound/card-proxy';
export type { DealTruth, SeedSpec, SeedSummary, SeedSegment, SeedLanguage } from './seed/types';
export type { PortalSummary, ObjectView, MoveDealOptions } from './admin-ops';
export type { CallbackCompletion } from './portal';
export type { IssuedTokens, OAuthBehaviour } from './auth/tokens';
export type { MarketplaceListing, MarketplaceSession } from './marketplace';
export type { CreatePortalOptions } from './world';
export { DEFAULT_VARIANTS, type SandboxVariants } from './variants';

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
  /** How the OAuth token endpoints answer where HubSpot is UNCONFIRMED (hub_id on refresh, invalid_client status, legacy errors). */
  oauth?: Partial<OAuthBehaviour>;
  /** The Marketplace listing's install settings (install URL, partner sign-in). */
  marketplace?: Partial<MarketplaceListing>;
  /** Answer as an account that differs from the defaults (association page sizes and type ids, stage metadata). */
  variants?: Partial<SandboxVariants>;
  /**
   * How the hubspot.fetch proxy behaves (`signedFetch`): `identity` `append` (HubSpot adds portalId, userId,
   * userEmail, appId; default) or `none` (the dev proxy), `errors` `status` (default) or `envelope` (the dev
   * proxy's 200 for a backend 3xx-5xx), `legacySignature` (also v2; default true). See outbound/card-proxy.ts.
   */
  cardProxy?: Partial<CardProxyOptions>;
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

/** The Marketplace: installs started the way HubSpot starts them for a listed app. */
export interface SandboxMarketplace {
  configure(patch: Partial<MarketplaceListing>): MarketplaceListing;
  /** The page a user's "Install" click opens: it redirects the browser to the app's install URL. */
  installUrl(portalId: number, options?: { partnerSignIn?: boolean }): string;
  sessions(): MarketplaceSession[];
}

/** A running sandbox. Its `url` is the `basePath` for `@hubspot/api-client`. */
export interface Sandbox {
  readonly url: string;
  readonly port: number;
  readonly clock: Clock;
  readonly app: AppConfig;
  readonly webhooks: SandboxWebhooks;
  readonly marketplace: SandboxMarketplace;
  portals(): ops.PortalSummary[];
  createPortal(opts?: CreatePortalOptions & { seed?: SeedSpec }): ops.PortalSummary & { seed?: SeedSummary };
  seedPortal(portalId: number, spec: SeedSpec): SeedSummary;
  installApp(portalId: number, opts?: { scopes?: string[] }): IssuedTokens;
  uninstallApp(portalId: number): void;
  /** `clientSecret` / `clientId` play credentials rotated or mistyped (the backend's copy no longer matches). */
  configureApp(patch: Partial<Pick<AppConfig, 'webhookTargetUrl' | 'workflowActionUrl' | 'redirectUris' | 'scopes' | 'optionalScopes' | 'clientSecret' | 'clientId'>>): AppConfig;
  configureOAuth(patch: Partial<OAuthBehaviour>): OAuthBehaviour;
  listObjects(portalId: number, type: string): ops.ObjectView[];
  getObject(portalId: number, type: string, id: string): ops.ObjectView | undefined;
  moveDealToStage(portalId: number, dealId: string, stageId: string, opts?: ops.MoveDealOptions): ops.ObjectView;
  loseDeal(portalId: number, dealId: string, opts?: Omit<ops.MoveDealOptions, 'pipelineId'>): ops.ObjectView;
  truth(portalId: number): DealTruth[];
  callbacks(portalId: number): CallbackCompletion[];
  setFaults(patch: Partial<FaultOptions>): FaultOptions;
  setVariants(patch: Partial<SandboxVariants>): SandboxVariants;
  faultLog(): { seq: number; kind: string; status?: number; route?: string }[];
  startRateLimitStorm(durationMs: number): void;
  stopRateLimitStorm(): void;
  expireAllTokens(): void;
  setRateLimit(patch: Partial<RateLimitOptions>): RateLimitOptions;
  stats(): StatsSnapshot;
  resetStats(): void;
  callWorkflowAction(call: WorkflowActionCall): Promise<WorkflowActionResult>;
  signedFetch(portalId: number, req: SignedFetchRequest): Promise<AppCallResult>;
  /** Changes the hubspot.fetch proxy's variant for later `signedFetch` calls. */
  configureCardProxy(patch: Partial<CardProxyOptions>): CardProxyOptions;
  /** The local HubSpot preview's routes (/preview), for the backend to mount in sandbox mode (sandbox/preview/README.md). */
  previewRouter(options: PreviewOptions): ReturnType<typeof previewRouter>;
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
    ...(options.variants ? { variants: options.variants } : {}),
    ...(options.cardProxy ? { cardProxy: options.cardProxy } : {}),
  });
  createInitialPortals(world, options.seed);
  if (options.oauth) world.tokens.configure(options.oauth);
  if (options.marketplace) marketplaceOf(world).configure(options.marketplace);
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
    marketplace: {
      configure: (patch) => marketplaceOf(world).configure(patch),
      installUrl: (portalId, opts) => {
        const url = new URL(`http://127.0.0.1:${port}/marketplace/install`);
        url.searchParams.set('portal_id', String(world.requirePortal(portalId).id));
        if (opts?.partnerSignIn !== undefined) url.searchParams.set('partner_sign_in', opts.partnerSignIn ? '1' : '0');
        return url.toString();
      },
      sessions: () => marketplaceOf(world).list(),
    },
    configureOAuth: (patch) => world.tokens.configure(patch),
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
    setVariants: (patch) => world.variants.set(patch),
    faultLog: () => world.faults.log.map((e) => ({ ...e })),
    startRateLimitStorm: (durationMs) => world.faults.startStorm(durationMs),
    stopRateLimitStorm: () => world.faults.stopStorm(),
    expireAllTokens: () => world.tokens.expireAll(),
    setRateLimit: (patch) => { world.limiter.configure(patch); return world.limiter.config; },
    stats: () => world.stats.snapshot(),
    resetStats: () => world.stats.reset(),
    callWorkflowAction: (call) => callWorkflowAction(world, call),
    signedFetch: (portalId, req) => signedFetch(world, portalId, req),
    configureCardProxy: (patch) => Object.assign(world.cardProxy, patch),
    previewRouter: (opts) => previewRouter(world, opts),
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
