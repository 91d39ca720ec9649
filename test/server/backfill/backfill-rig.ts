/**
 * A rig for backfill tests: the local sandbox (through the real @hubspot/api-client), memory stores
 * with the portal installed, HubSpot access wired by the same composition as `serve` (server/compose.ts),
 * a PortalClient whose deal batch updates are recorded (what was sent, what HubSpot said it wrote), and a
 * BackfillContext that writes plans inline like the CLI.
 */
import pino from 'pino';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../../sandbox';
import { REGAIN_SCOPES } from '../../../server/app-deps';
import type { BackfillContext } from '../../../server/backfill/run-backfill';
import { composeRegain } from '../../../server/compose';
import { parseConfig } from '../../../server/config';
import { createMemoryStores } from '../../../server/db/memory';
import { createInProcessPortalLock } from '../../../server/db/portal-lock';
import type { Stores } from '../../../server/db/ports';
import { createClientFactory, type PortalClient } from '../../../server/hubspot/portal-client';
import { provisionRegainProperties } from '../../../server/hubspot/regain-properties';
import { hubspotPort } from '../../../server/hubspot/port/sdk-port';
import type { HubSpotPort } from '../../../server/hubspot/port/hubspot-port';
import { InlineJobs } from '../../fakes/inline-jobs';

export interface BackfillRig {
  sandbox: Sandbox;
  portal: number;
  portalId: string;
  stores: Stores;
  client: PortalClient;
  /** The port over `client`. */
  hubspot: HubSpotPort;
  ctx: BackfillContext;
  /** Deal ids per batch update: sent, and confirmed written by HubSpot. */
  updates: { sent: string[]; written: string[] };
  calls: Array<{ label: string; status: number }>;
  close(): Promise<void>;
}

const CLIENT_ID = 'regain-backfill-test';
const CLIENT_SECRET = 'backfill-test-secret-123';

export async function startBackfillRig(options: { seed: SandboxOptions['seed']; faults?: SandboxOptions['faults'] }): Promise<BackfillRig> {
  const sandbox = await startSandbox({
    seed: options.seed,
    rateLimit: { max: 100_000, searchPerSecond: 10_000 },
    app: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, scopes: REGAIN_SCOPES.required },
    ...(options.faults ? { faults: options.faults } : {}),
  });
  const portal = sandbox.portals()[0]!.portalId;
  const portalId = String(portal);
  const issued = sandbox.installApp(portal);
  const stores = createMemoryStores();
  const now = () => new Date(sandbox.clock.now());
  await stores.installations.save({
    portalId,
    accessToken: issued.accessToken,
    refreshToken: issued.refreshToken,
    expiresAt: new Date(now().getTime() + issued.expiresIn * 1000),
    scopes: REGAIN_SCOPES.required,
    status: 'active',
    hubDomain: null,
    installedAt: now(),
    updatedAt: now(),
  });
  const updates = { sent: [] as string[], written: [] as string[] };
  const calls: BackfillRig['calls'] = [];
  const base = createClientFactory(sandbox.url);
  const factory = (token: string) => {
    const c = base(token);
    const api = c.crm.deals.batchApi;
    const update = api.update.bind(api);
    api.update = async (input) => {
      updates.sent.push(...input.inputs.map((i) => i.id));
      const res = await update(input);
      updates.written.push(...res.results.map((r) => r.id));
      return res;
    };
    return c;
  };
  const config = parseConfig({ HUBSPOT_CLIENT_SECRET: CLIENT_SECRET, HUBSPOT_API_BASE_URL: sandbox.url, LOG_LEVEL: 'silent' });
  config.hubspot.clientId = CLIENT_ID;
  // The same composition as `serve` (server/compose.ts); the backfill here runs inline, so no worker is started.
  const { deps } = composeRegain({
    config,
    stores,
    queue: new InlineJobs(),
    lock: createInProcessPortalLock(),
    now,
    logger: pino({ level: 'silent' }),
    limits: { standard: { max: 100_000, windowMs: 10_000 }, search: { max: 10_000, windowMs: 1000 } },
    observe: (c) => calls.push(c),
    clientSleep: async () => undefined,
    factory,
  });
  const client = deps.hubspot.clientFor(portalId);
  await provisionRegainProperties(hubspotPort(client));
  const ctx: BackfillContext = {
    stores,
    pipelines: deps.hubspot.pipelines,
    now,
    client,
  };
  return { sandbox, portal, portalId, stores, client, hubspot: hubspotPort(client), ctx, updates, calls, close: () => sandbox.close() };
}

/** Counts of each value in a list. */
export function tally(ids: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const id of ids) m.set(id, (m.get(id) ?? 0) + 1);
  return m;
}

/** The sandbox's closed-lost deal ids (ground truth). */
export const closedLostIds = (rig: BackfillRig) => rig.sandbox.truth(rig.portal).filter((t) => t.status === 'closed_lost').map((t) => t.dealId);
