/**
 * The local HubSpot of the card-path bench, in its own process (forked with an IPC channel): real HubSpot is
 * remote, so its work on the calls (and the card proxy's signing) must not take the backend's CPU. The backend's
 * histogram still counts every wait for the answers. Answers the parent's requests (card-sandbox.ts) one by one.
 */
import { startSandbox, type Sandbox, type SignedFetchRequest } from '../../sandbox';
import { REGAIN_SCOPES } from '../../server/app-deps';

/** What the parent may ask; each request carries an id its answer echoes. */
export type CardSandboxRequest =
  | { id: number; op: 'configureApp'; patch: Parameters<Sandbox['configureApp']>[0] }
  | { id: number; op: 'truth' | 'resetStats' | 'stats' | 'cpu' }
  | { id: number; op: 'signedFetch'; req: SignedFetchRequest };

export interface CardSandboxReady {
  ready: { url: string; appId: number; portalId: number };
}

async function main(): Promise<void> {
  const deals = Number(process.argv[2] ?? 260);
  const sandbox = await startSandbox({
    seed: { closedLostDeals: deals, openDeals: 0, seed: 11 },
    rateLimit: { max: 100_000 },
    // The parent sets the backend's credentials and URLs once it listens (configureApp).
    app: { clientId: 'regain-bench', clientSecret: 'regain-bench-secret-1234', scopes: REGAIN_SCOPES.required },
  });
  const portalId = sandbox.portals()[0]!.portalId;
  const cpuStart = process.cpuUsage();
  const answer = async (m: CardSandboxRequest): Promise<unknown> => {
    switch (m.op) {
      case 'configureApp':
        return sandbox.configureApp(m.patch);
      case 'truth':
        return sandbox.truth(portalId);
      case 'resetStats':
        return sandbox.resetStats();
      case 'stats':
        return sandbox.stats();
      case 'cpu': {
        const cpu = process.cpuUsage(cpuStart);
        return { cpuS: (cpu.user + cpu.system) / 1e6 };
      }
      case 'signedFetch': {
        // The client's view of a card request: signing, the proxy hop and the backend's answer.
        const started = performance.now();
        const r = await sandbox.signedFetch(portalId, m.req);
        return { status: r.status, ms: performance.now() - started };
      }
    }
  };
  process.on('message', (m: CardSandboxRequest) => {
    answer(m).then(
      (result) => process.send!({ id: m.id, result }),
      (err: Error) => process.send!({ id: m.id, error: err.message }),
    );
  });
  process.on('disconnect', () => void sandbox.close().then(() => process.exit(0)));
  const ready: CardSandboxReady = { ready: { url: sandbox.url, appId: sandbox.app.appId, portalId } };
  process.send!(ready);
}

if (require.main === module) void main();
