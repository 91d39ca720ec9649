import type { AppConfig } from './app-config';
import { TokenStore, type IssuedTokens, type TokenGrant } from './auth/tokens';
import type { Clock } from './clock';
import type { PipelineVariant } from './crm/pipelines';
import { FaultController, type FaultOptions } from './faults';
import { RateLimiter, type RateLimitOptions } from './http/rate-limit';
import { StatsCollector } from './http/stats';
import { DEFAULT_CARD_PROXY, type CardProxyOptions } from './outbound/card-proxy';
import { WebhookDispatcher } from './outbound/webhooks';
import type { WebhookOptions } from './outbound/webhook-types';
import { associationIdMap } from './crm/association-ids';
import { Portal } from './portal';
import { VariantController, type SandboxVariants } from './variants';

export interface CreatePortalOptions {
  portalId?: number;
  name?: string;
  domain?: string;
  /** `relabelled`: the default pipeline's `closedwon` stage is labelled "Lost". */
  pipelineVariant?: PipelineVariant;
}

export interface WorldOptions {
  clock: Clock;
  app: AppConfig;
  rateLimit: RateLimitOptions;
  tokenTtlSeconds: number;
  faults: Partial<FaultOptions>;
  webhooks: Partial<WebhookOptions>;
  variants?: Partial<SandboxVariants>;
  /** How the hubspot.fetch proxy behaves (outbound/card-proxy.ts). */
  cardProxy?: Partial<CardProxyOptions>;
}

const FIRST_PORTAL_ID = 24_680_001;

/** Everything the sandbox knows: portals, the app, tokens, limits, faults, stats, webhooks. */
export class World {
  readonly clock: Clock;
  readonly app: AppConfig;
  readonly tokens: TokenStore;
  readonly limiter: RateLimiter;
  readonly faults: FaultController;
  readonly stats = new StatsCollector();
  readonly webhooks: WebhookDispatcher;
  readonly variants: VariantController;
  /** The hubspot.fetch proxy's variant; `sandbox.configureCardProxy(patch)` changes it. */
  readonly cardProxy: CardProxyOptions;
  readonly portals = new Map<number, Portal>();
  /** Workflow-action callback ids handed out, by id. */
  readonly issuedCallbacks = new Map<string, { portalId: number; issuedAt: number }>();
  private portalCount = 0;

  constructor(options: WorldOptions) {
    this.clock = options.clock;
    this.app = options.app;
    this.tokens = new TokenStore(options.clock, options.tokenTtlSeconds);
    this.limiter = new RateLimiter(options.clock, options.rateLimit);
    this.faults = new FaultController(options.clock, options.faults);
    this.variants = new VariantController(options.variants);
    this.cardProxy = { ...DEFAULT_CARD_PROXY, ...options.cardProxy };
    this.webhooks = new WebhookDispatcher({
      clock: options.clock,
      app: () => this.app,
      isInstalled: (portalId) => this.portals.get(portalId)?.installed ?? false,
    }, options.webhooks);
  }

  /** Creates an empty portal with default schema, pipelines and one admin owner. */
  createPortal(opts: CreatePortalOptions = {}): Portal {
    const n = ++this.portalCount;
    const id = opts.portalId ?? FIRST_PORTAL_ID + n - 1;
    if (this.portals.has(id)) throw new Error(`portal ${id} already exists`);
    const domain = opts.domain ?? `portal-${id}.sandbox.test`;
    const portal = new Portal({
      id, name: opts.name ?? `Sandbox portal ${n}`, domain, createdAt: this.clock.now(),
      pipelineVariant: opts.pipelineVariant ?? 'standard', idStart: n * 100_000_000 + 1_000_001,
    });
    portal.addOwner({ email: `admin@${domain}`, firstName: 'Sam', lastName: 'Admin' });
    portal.changeListener = (change) => this.webhooks.onChange(change);
    portal.associationIds = associationIdMap(() => this.variants.value);
    this.portals.set(id, portal);
    return portal;
  }

  /** A portal by id, or an Error naming the known ones. */
  requirePortal(portalId: number): Portal {
    const portal = this.portals.get(Number(portalId));
    if (!portal) throw new Error(`unknown portal ${portalId}; known: ${[...this.portals.keys()].join(', ') || 'none'}`);
    return portal;
  }

  /** The grant an install creates: the portal's first owner acting with the given scopes. */
  grantFor(portal: Portal, scopes: readonly string[]): TokenGrant {
    const user = portal.owners[0];
    return { portalId: portal.id, hubDomain: portal.domain, userId: user?.userId ?? 0, user: user?.email ?? '', scopes: [...scopes] };
  }

  /** Installs the app into a portal and issues tokens directly (no OAuth round trip). */
  installApp(portalId: number, scopes?: readonly string[]): IssuedTokens {
    const portal = this.requirePortal(portalId);
    portal.installed = true;
    return this.tokens.issue(this.grantFor(portal, scopes ?? [...this.app.scopes, ...this.app.optionalScopes]));
  }

  /** Uninstalls the app: revokes the portal's tokens and stops its webhooks. */
  uninstallApp(portalId: number): void {
    const portal = this.requirePortal(portalId);
    portal.installed = false;
    this.tokens.revokePortal(portal.id);
  }
}
