/**
 * The real CLI as a child process (from source under tsx), for the start, stop and bad-database tests:
 * `startServe` waits for `regain serve`'s banner; `runCommand` runs any command to its exit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
const ENTRY = "require('./server/cli/main').main(process.argv.slice(1)).then((c)=>{process.exitCode=c},(e)=>{console.error(e);process.exitCode=1})";

export interface ChildRun {
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code and when it happened (performance.now()). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

/** Starts `regain <args>` with `env` on top of a clean environment (no .env, no TEST_DATABASE_URL). */
export function spawnRegain(args: string[], env: Record<string, string>): ChildRun {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(DATABASE_URL|TEST_DATABASE_URL|HUBSPOT_|PUBLIC_BASE_URL|ENCRYPTION_KEY|DATA_DIR|PORT|HOST|METRICS_TOKEN|SHUTDOWN_|DATABASE_CONNECT_)/.test(k)));
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', ENTRY, ...args], { cwd: ROOT, env: { ...base, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, at: performance.now() })),
  );
  return { child, output: () => out, exited };
}

/** Runs a command to its end (killed after `timeoutMs`). */
export async function runCommand(args: string[], env: Record<string, string>, timeoutMs = 60_000): Promise<{ code: number | null; output: string; seconds: number }> {
  const started = performance.now();
  const run = spawnRegain(args, env);
  const timer = setTimeout(() => run.child.kill('SIGKILL'), timeoutMs);
  const { code, at } = await run.exited;
  clearTimeout(timer);
  return { code, output: run.output(), seconds: (at - started) / 1000 };
}

/** `regain serve` up and its demo portals installed; `url` is the backend, `portalId` the first portal. */
export async function startServe(env: Record<string, string>): Promise<ChildRun & { url: string; portalId: number }> {
  const run = spawnRegain(['serve'], env);
  const deadline = Date.now() + 90_000;
  while (!run.output().includes('Press Ctrl+C')) {
    const done = await Promise.race([run.exited.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 50))]);
    if (done || Date.now() > deadline) {
      run.child.kill('SIGKILL');
      throw new Error(`regain serve did not start:\n${run.output().slice(-3000)}`);
    }
  }
  const url = /Regain backend on (\S+)/.exec(run.output())![1]!;
  const portalId = Number(/portal (\d+) "/.exec(run.output())![1]);
  return { ...run, url, portalId };
}

/** A TCP port nothing listens on (listened on, then closed). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}
