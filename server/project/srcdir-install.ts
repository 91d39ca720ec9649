/**
 * srcDir alone, the way `hs project upload` ships it, and its component folders installed the way
 * HubSpot's build installs them.
 *
 * - The CLI archives srcDir only, through @hubspot/local-dev-lib's ignore list, without node_modules
 *   (HubSpot/hubspot-cli `lib/projects/upload.ts`: `archive.directory(srcDir, …)` with `shouldIgnoreFile`).
 * - HubSpot then installs each component folder's own package.json (the folders holding a
 *   `*-hsmeta.json`, e.g. `app/cards/`) and bundles every UI entrypoint; a helper folder such as
 *   `app/shared/` gets no install of its own.
 *
 * Installs come from the npm registry through the ordinary `npm install`. An optional cache keeps each
 * folder's node_modules keyed by its package.json (and lock file), so repeated checks skip the install.
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { isShippedName } from './project-files';

export interface InstallOptions {
  /** Keep and reuse each component folder's node_modules here (keyed by package.json + lock file + Node). */
  installCacheDir?: string;
  /** Extra environment for npm (e.g. `npm_config_registry`). */
  env?: NodeJS.ProcessEnv;
  /** Stop an install that has not finished by then (default 180 s). */
  timeoutMs?: number;
}

export interface InstallOutcome {
  /** The folder, relative to the copied srcDir (`app/cards`). */
  folder: string;
  ok: boolean;
  fromCache: boolean;
  ms: number;
  error?: string;
}

export const NPM_INSTALL_ARGS = ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-update-notifier', '--loglevel=error'] as const;

/** Copies what `hs project upload` would ship of `srcDir` to `into` (which must not exist yet). */
export function copySrcDirAlone(srcDir: string, into: string): void {
  cpSync(srcDir, into, { recursive: true, filter: (src) => src === srcDir || isShippedName(path.basename(src)) });
}

/** The component folders of a srcDir: those holding a `*-hsmeta.json` and a package.json to install. */
export function componentFoldersToInstall(srcDir: string): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).filter((e) => isShippedName(e.name));
    if (entries.some((e) => e.isFile() && e.name.endsWith('-hsmeta.json')) && entries.some((e) => e.isFile() && e.name === 'package.json')) out.push(dir);
    for (const e of entries) if (e.isDirectory()) visit(path.join(dir, e.name));
  };
  visit(srcDir);
  return out.sort();
}

/** Installs one component folder (of a copy) from its own package.json, from the cache when it has it. */
export async function installComponentFolder(copyRoot: string, folder: string, options: InstallOptions = {}): Promise<InstallOutcome> {
  const started = Date.now();
  const rel = path.relative(copyRoot, folder).split(path.sep).join('/');
  const done = (ok: boolean, fromCache: boolean, error?: string): InstallOutcome => ({ folder: rel, ok, fromCache, ms: Date.now() - started, ...(error ? { error } : {}) });
  const cached = options.installCacheDir ? path.join(options.installCacheDir, cacheKey(folder)) : undefined;
  if (cached && existsSync(path.join(cached, 'node_modules'))) {
    cpSync(path.join(cached, 'node_modules'), path.join(folder, 'node_modules'), { recursive: true, verbatimSymlinks: true });
    if (existsSync(path.join(cached, 'package-lock.json')) && !existsSync(path.join(folder, 'package-lock.json'))) cpSync(path.join(cached, 'package-lock.json'), path.join(folder, 'package-lock.json'));
    return done(true, true);
  }
  const timeoutMs = options.timeoutMs ?? 180_000;
  const run = await runProcess('npm', [...NPM_INSTALL_ARGS], { cwd: folder, env: { ...process.env, ...options.env }, timeoutMs });
  if (run.spawnError) return done(false, false, `npm could not be started (${run.spawnError}); the build check needs npm on the PATH`);
  if (run.timedOut) return done(false, false, `npm install did not finish within ${Math.round(timeoutMs / 1000)} s (is the npm registry reachable?)`);
  if (run.code !== 0) return done(false, false, `npm install failed (exit ${run.code}): ${lastLines(run.stderr || run.stdout, 6)}${registryHint(run.stderr)}`);
  if (cached) storeInCache(folder, cached);
  return done(true, false);
}

function cacheKey(folder: string): string {
  const hash = createHash('sha256');
  for (const file of ['package.json', 'package-lock.json']) {
    const full = path.join(folder, file);
    hash.update(`${file}\0${existsSync(full) ? readFileSync(full) : ''}\0`);
  }
  hash.update(`${process.platform}-${process.arch}-node${process.versions.node.split('.')[0]}`);
  return hash.digest('hex').slice(0, 24);
}

function storeInCache(folder: string, cached: string): void {
  // Copy to a private folder, then rename: two checks filling the same entry never see half of one.
  const staging = `${cached}.${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    mkdirSync(staging, { recursive: true });
    cpSync(path.join(folder, 'node_modules'), path.join(staging, 'node_modules'), { recursive: true, verbatimSymlinks: true });
    if (existsSync(path.join(folder, 'package-lock.json'))) cpSync(path.join(folder, 'package-lock.json'), path.join(staging, 'package-lock.json'));
    renameSync(staging, cached);
  } catch {
    // Another check stored it first, or the cache folder is not writable: the cache is only a speed-up.
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function registryHint(stderr: string): string {
  return /E(CONNREFUSED|NOTFOUND|AI_AGAIN|TIMEDOUT|CONNRESET)|network|ENETUNREACH|offline/i.test(stderr)
    ? ' (the build check installs the component folders from the npm registry: is it reachable? `--no-build` skips the build)'
    : '';
}

export function lastLines(text: string, n: number): string {
  return text.trim().split('\n').map((l) => l.trimEnd()).filter(Boolean).slice(-n).join(' | ');
}

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  spawnError?: string;
}

/** Runs a command in its own process group, so a timeout stops it and everything it started. */
export function runProcess(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number }): Promise<ProcessResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    const keep = (into: Buffer[]) => (b: Buffer) => {
      size += b.length;
      if (size < 4_000_000) into.push(b);
    };
    child.stdout.on('data', keep(out));
    child.stderr.on('data', keep(err));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, options.timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ code: null, stdout: '', stderr: '', timedOut: false, spawnError: e.message });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), timedOut });
    });
  });
}
