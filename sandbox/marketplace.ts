/**
 * The HubSpot Marketplace's install flow for a listed app, as HubSpot documents it
 * (https://developers.hubspot.com/docs/apps/developer-platform/list-apps/understand-app-install-flow):
 * - without partner sign-in: after consent, HubSpot sends the browser to the app's install URL with
 *   `code` and `returnUrl`; the app exchanges the code and redirects back to `returnUrl`;
 * - with partner sign-in: HubSpot first sends `step=authorize` and `returnUrl`; the app signs the user in,
 *   generates a state and redirects to `${returnUrl}?state=…`; HubSpot then sends `step=finalize`, `code`,
 *   that `state` and `returnUrl`; the app exchanges the code and redirects back to `returnUrl`.
 * UNCONFIRMED, the sandbox's choices: the listing's "Install button URL" must be one of the app's redirect
 * URLs, the code is bound to it as `redirect_uri`, and `returnUrl` is a one-time URL of this HubSpot.
 */
import { randomBytes } from 'node:crypto';
import type { Portal } from './portal';
import type { World } from './world';

/** The listing editor's install settings. */
export interface MarketplaceListing {
  /** The "Install button URL" (one of the app's redirect URLs); null: the app's first redirect URL. */
  installUrl: string | null;
  /** Sign-in configuration: partner sign-in (`step=authorize` / `step=finalize`) or not (`code` + `returnUrl`). */
  partnerSignIn: boolean;
}

export type MarketplaceFlow = 'seamless' | 'partner_sign_in';

/** One install started on the Marketplace, as the admin API shows it. */
export interface MarketplaceSession {
  id: string;
  portalId: number;
  flow: MarketplaceFlow;
  /** `authorize`: waiting for the app's state; `finalize`: code sent, waiting for the app to come back; `returned`: back on HubSpot. */
  stage: 'authorize' | 'finalize' | 'returned';
  installUrl: string;
  state: string | null;
  /** Whether the app exchanged the code before sending the user back. */
  codeRedeemed: boolean;
  startedAt: number;
  returnedAt: number | null;
}

interface Session extends Omit<MarketplaceSession, 'codeRedeemed'> {
  code: string | null;
}

/** What the browser gets from a Marketplace page: a redirect, or a page with a status. */
export type MarketplaceStep = { redirect: string } | { status: number; session?: MarketplaceSession; message: string };

export class Marketplace {
  listing: MarketplaceListing = { installUrl: null, partnerSignIn: false };
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly world: World) {}

  configure(patch: Partial<MarketplaceListing>): MarketplaceListing {
    this.listing = { ...this.listing, ...patch };
    return { ...this.listing };
  }

  /** The user clicked "Install" for a portal and consented: the browser goes to the app's install URL. */
  start(origin: string, portal: Portal, options: { partnerSignIn?: boolean } = {}): MarketplaceStep {
    const installUrl = this.listing.installUrl ?? this.world.app.redirectUris[0];
    if (!installUrl) return { status: 409, message: 'The listing has no install URL: configure one (or give the app a redirect URL).' };
    if (this.world.app.redirectUris.length > 0 && !this.world.app.redirectUris.includes(installUrl)) {
      return { status: 409, message: `The listing's install URL ${installUrl} is not one of the app's redirect URLs.` };
    }
    const flow: MarketplaceFlow = (options.partnerSignIn ?? this.listing.partnerSignIn) ? 'partner_sign_in' : 'seamless';
    const id = randomBytes(12).toString('base64url');
    const session: Session = { id, portalId: portal.id, flow, stage: 'finalize', installUrl, state: null, code: null, startedAt: this.world.clock.now(), returnedAt: null };
    this.sessions.set(id, session);
    const target = new URL(installUrl);
    if (flow === 'partner_sign_in') {
      session.stage = 'authorize';
      target.searchParams.set('step', 'authorize');
    } else {
      target.searchParams.set('code', this.issueCode(session, portal));
    }
    target.searchParams.set('returnUrl', this.returnUrl(origin, session));
    return { redirect: target.toString() };
  }

  /** The app sent the browser back to `returnUrl` (with `state` after `step=authorize`). */
  returned(origin: string, sessionId: string, state: string | undefined): MarketplaceStep {
    const session = this.sessions.get(sessionId);
    if (!session) return { status: 404, message: 'Unknown install session.' };
    if (session.stage === 'authorize') {
      if (!state) return { status: 400, session: this.view(session), message: 'The app came back from step=authorize without a state.' };
      // Partner sign-in step 5: HubSpot now calls the install URL with the code and the app's state.
      session.state = state;
      session.stage = 'finalize';
      const target = new URL(session.installUrl);
      target.searchParams.set('step', 'finalize');
      target.searchParams.set('code', this.issueCode(session, this.world.requirePortal(session.portalId)));
      target.searchParams.set('state', state);
      target.searchParams.set('returnUrl', this.returnUrl(origin, session));
      return { redirect: target.toString() };
    }
    if (session.stage === 'finalize') {
      session.stage = 'returned';
      session.returnedAt = this.world.clock.now();
    }
    const view = this.view(session);
    return { status: 200, session: view, message: view.codeRedeemed ? 'The app is installed.' : 'The app sent you back without exchanging its code: it is not connected.' };
  }

  list(): MarketplaceSession[] {
    return [...this.sessions.values()].map((s) => this.view(s));
  }

  private issueCode(session: Session, portal: Portal): string {
    portal.installed = true;
    const scopes = [...this.world.app.scopes, ...this.world.app.optionalScopes];
    session.code = this.world.tokens.createCode(this.world.grantFor(portal, scopes), session.installUrl);
    return session.code;
  }

  private returnUrl(origin: string, session: Session): string {
    return `${origin}/marketplace/install/return?session=${encodeURIComponent(session.id)}`;
  }

  private view(session: Session): MarketplaceSession {
    const { code, ...rest } = session;
    return { ...rest, codeRedeemed: code !== null && this.world.tokens.codeRedeemed(code) };
  }
}

const byWorld = new WeakMap<World, Marketplace>();

/** The Marketplace of a sandbox (one per World). */
export function marketplaceOf(world: World): Marketplace {
  let marketplace = byWorld.get(world);
  if (!marketplace) {
    marketplace = new Marketplace(world);
    byWorld.set(world, marketplace);
  }
  return marketplace;
}
