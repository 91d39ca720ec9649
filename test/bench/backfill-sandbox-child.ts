/**
 * The sandbox for the backfill benchmark, in its own process (so the backfill's memory and CPU are its
 * own): N closed-lost deals, the rate window sped up by BENCH_SPEEDUP (default 2: 110 per 5 s, search 10 per second).
 * Prints one JSON line (url, portal, tokens), then serves until stdin closes.
 */
import { startSandbox } from '../../sandbox';
import { REGAIN_SCOPES } from '../../server/app-deps';

/**
 * HubSpot's limits (110 per 10 s, search 5 per second) sped up by BENCH_SPEEDUP (default 2: 110 per 5 s; 10: 110 per
 * second). Call latency is not sped up, so the higher the speed-up, the more it weighs against the bound.
 */
export const BENCH_SPEEDUP = Math.max(1, Number(process.env.BENCH_SPEEDUP ?? 2));
export const BENCH_SCALE = { windowMs: 10_000 / BENCH_SPEEDUP, max: 110, searchPerSecond: 5 * BENCH_SPEEDUP };

async function main(): Promise<void> {
  const deals = Number(process.argv[2] ?? 10_000);
  const sandbox = await startSandbox({
    seed: { closedLostDeals: deals, openDeals: 0, seed: 2027 },
    rateLimit: BENCH_SCALE,
    app: { clientId: 'regain-bench', clientSecret: 'regain-bench-secret-1234', scopes: REGAIN_SCOPES.required },
  });
  const portal = sandbox.portals()[0]!.portalId;
  const tokens = sandbox.installApp(portal);
  process.stdout.write(`${JSON.stringify({ url: sandbox.url, portal, ...tokens, rssMb: Math.round(process.memoryUsage().rss / 1048576) })}\n`);
  process.stdin.resume();
  const cpuStart = process.cpuUsage();
  const wallStart = Date.now();
  // On stdin's end: how busy this process (the emulator) was, then exit.
  process.stdin.on('end', () => {
    const cpu = process.cpuUsage(cpuStart);
    process.stdout.write(`${JSON.stringify({ sandboxCpuS: +((cpu.user + cpu.system) / 1e6).toFixed(1), sandboxWallS: +((Date.now() - wallStart) / 1000).toFixed(1) })}\n`);
    void sandbox.close().then(() => process.exit(0));
  });
}

if (require.main === module) void main();
