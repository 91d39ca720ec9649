import { createServer } from 'node:net';
import { Writable } from 'node:stream';
import { runSandboxCli } from '../../sandbox/cli';
import { clientFor } from './helpers';

function sink(): Writable & { text(): string } {
  const chunks: string[] = [];
  const stream = new Writable({ write(chunk: Buffer, _enc, done) { chunks.push(chunk.toString()); done(); } });
  return Object.assign(stream, { text: () => chunks.join('') });
}

async function waitFor(check: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('runSandboxCli', () => {
  it('prints help and returns 0', async () => {
    const [stdout, stderr] = [sink(), sink()];
    expect(await runSandboxCli(['--help'], { stdout, stderr })).toBe(0);
    expect(stdout.text()).toContain('--seed demo|N');
  });

  it.each([
    [['--port', 'abc'], '--port must be'],
    [['--port', '70000'], '--port must be'],
    [['--seed', 'lots'], '--seed must be'],
    [['--seed', '0'], '--seed must be'],
    [['--port'], 'needs a value'],
    [['--frobnicate', '1'], 'unknown option --frobnicate'],
  ])('rejects %j with a clear message and exit code 2', async (argv, message) => {
    const [stdout, stderr] = [sink(), sink()];
    expect(await runSandboxCli(argv, { stdout, stderr })).toBe(2);
    expect(stderr.text()).toContain(message);
  });

  it('starts, prints url, portals, credentials and a working token, and stops on abort', async () => {
    const [stdout, stderr] = [sink(), sink()];
    const abort = new AbortController();
    const running = runSandboxCli(['--port', '0', '--seed', '12', '--client-secret', 'cli-secret'], { stdout, stderr, signal: abort.signal });
    await waitFor(() => stdout.text().includes('Press Ctrl+C'));
    const out = stdout.text();
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1] ?? '';
    const token = /^\s+(sbx-at-\S+)$/m.exec(out)?.[1] ?? '';
    expect(out).toContain('clientSecret: cli-secret');
    expect(out).toMatch(/clientId:\s+\S+/);
    const portalId = Number(/^\s+(\d+)\s+Sandbox portal/m.exec(out)?.[1]);
    const client = clientFor({ url } as never, token);
    const info = await client.oauth.accessTokensApi.get(token);
    expect(info.hubId).toBe(portalId);
    const page = await client.crm.deals.basicApi.getPage(5);
    expect(page.results.length).toBe(5);
    abort.abort();
    expect(await running).toBe(0);
    expect(stdout.text()).toContain('stopped');
  });

  it('returns 1 when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const [stdout, stderr] = [sink(), sink()];
    expect(await runSandboxCli(['--port', String(port), '--seed', '1'], { stdout, stderr })).toBe(1);
    expect(stderr.text()).toContain('cannot start');
    await new Promise((resolve) => blocker.close(resolve));
  });
});
