import { Client } from '@hubspot/api-client';
import { ManualClock, startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox';

/** An SDK client pointed at the sandbox, without SDK-side retries. */
export function clientFor(sandbox: Sandbox, accessToken: string): Client {
  return new Client({ accessToken, basePath: sandbox.url, numberOfApiCallRetries: 0 });
}

export interface Harness {
  sandbox: Sandbox;
  clock: ManualClock;
  portalId: number;
  token: string;
  client: Client;
}

/** Every scope the sandbox checks, for tests that are not about scopes. */
export const ALL_SCOPES = [
  'oauth', 'crm.objects.deals.read', 'crm.objects.deals.write', 'crm.objects.contacts.read', 'crm.objects.contacts.write',
  'crm.objects.companies.read', 'crm.objects.companies.write', 'crm.schemas.deals.read', 'crm.schemas.deals.write',
  'crm.schemas.companies.write', 'crm.schemas.contacts.write', 'crm.objects.owners.read', 'tickets', 'automation',
];

/** Starts a sandbox on a ManualClock with one portal where the app is installed with ALL_SCOPES. */
export async function startHarness(options: SandboxOptions = {}): Promise<Harness> {
  const clock = new ManualClock();
  const sandbox = await startSandbox({ clock, ...options });
  const portalId = sandbox.portals()[0]!.portalId;
  const { accessToken } = sandbox.installApp(portalId, { scopes: ALL_SCOPES });
  return { sandbox, clock, portalId, token: accessToken, client: clientFor(sandbox, accessToken) };
}

/** The ApiException an SDK call rejects with (fails the test if it resolves). */
export async function apiError(call: Promise<unknown>): Promise<{ code: number; body: Record<string, unknown>; headers: Record<string, string> }> {
  try {
    await call;
  } catch (err) {
    const e = err as { code?: number; body?: unknown; headers?: Record<string, string> };
    if (typeof e.code !== 'number') throw err;
    const body = typeof e.body === 'string' ? (JSON.parse(e.body) as Record<string, unknown>) : (e.body as Record<string, unknown>);
    return { code: e.code, body, headers: e.headers ?? {} };
  }
  throw new Error('expected the call to fail');
}
