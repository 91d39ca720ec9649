/**
 * Builds every UI entrypoint the way HubSpot does after `hs project upload`: srcDir copied alone into a
 * temporary folder, each component folder installed from its own package.json, then HubSpot's own
 * UI-extension build, `remoteBuild` from `@hubspot/ui-extensions-dev-server` (Vite; pinned in our
 * devDependencies), on each entrypoint with its component folder as the root.
 *
 * Each build runs in a child Node process (the build is an ES module on Vite, and a hung build can be
 * stopped). After a build, its manifest must list no module from outside the copied srcDir: that would
 * mean a file reached a folder HubSpot never receives.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { componentFoldersToInstall, copySrcDirAlone, installComponentFolder, lastLines, runProcess, type InstallOptions, type InstallOutcome } from './srcdir-install';

export interface UiEntrypoint {
  uid: string;
  /** HubSpot's component type (`CARD`, `SETTINGS`, `PAGE`, ...). */
  type: string;
  /** From srcDir, as in the hsmeta file (`/app/cards/LostDealCard.tsx`). */
  entrypoint: string;
}

export interface UiBuildOptions extends InstallOptions {
  /** Stop one entrypoint's build after this long (default 120 s). */
  buildTimeoutMs?: number;
  /** Keep the temporary copy for inspection (its path is in the result). */
  keepWorkDir?: boolean;
}

export interface UiBuildResult extends UiEntrypoint {
  ok: boolean;
  /** Size of the bundle HubSpot would serve. */
  bytes?: number;
  ms: number;
  error?: string;
  warnings: string[];
}

export interface UiBuildReport {
  installs: InstallOutcome[];
  builds: UiBuildResult[];
  workDir?: string;
}

/** The dev server's build is a dev dependency: a production install does not have it. */
export class UiBuildUnavailable extends Error {
  override name = 'UiBuildUnavailable';
}

const RESULT_MARK = '@@regain-ui-build@@';

// The child: HubSpot's remoteBuild on one entrypoint; its result is the last marked line on stdout.
const CHILD_SCRIPT = `
const [buildModule, root, entryPoint, outputDir] = JSON.parse(process.argv[1]);
const say = (r) => process.stdout.write('\\n${RESULT_MARK}' + JSON.stringify(r) + '\\n');
try {
  const { remoteBuild } = await import(buildModule);
  await remoteBuild({ root, entryPoint, outputDir, logLevel: 'warn' });
  say({ ok: true });
} catch (err) {
  say({ ok: false, message: String((err && err.message) || err) });
}
`;

export function resolveRemoteBuild(): string {
  try {
    return pathToFileURL(require.resolve('@hubspot/ui-extensions-dev-server/build')).href;
  } catch (err) {
    throw new UiBuildUnavailable(
      `HubSpot's UI-extension build (@hubspot/ui-extensions-dev-server) is not installed (${(err as Error).message.split('\n')[0]}); run \`npm install\` with dev dependencies, or skip the build with --no-build`,
    );
  }
}

export async function buildUiEntrypoints(srcDir: string, entrypoints: UiEntrypoint[], options: UiBuildOptions = {}): Promise<UiBuildReport> {
  const buildModule = resolveRemoteBuild();
  // A fresh folder in the system temp dir, with nothing above it that could resolve an escaping import.
  const workDir = mkdtempSync(path.join(tmpdir(), 'regain-hs-build-'));
  const copy = path.join(workDir, path.basename(srcDir));
  try {
    copySrcDirAlone(srcDir, copy);
    const installs: InstallOutcome[] = [];
    for (const folder of componentFoldersToInstall(copy)) {
      // After one failed install (most often the registry out of reach), the others would fail the same way, slowly.
      const failed = installs.find((i) => !i.ok);
      const rel = path.relative(copy, folder).split(path.sep).join('/');
      installs.push(failed ? { folder: rel, ok: false, fromCache: false, ms: 0, error: `not attempted after the install in ${failed.folder}/ failed` } : await installComponentFolder(copy, folder, options));
    }
    const builds: UiBuildResult[] = [];
    for (const entry of entrypoints) builds.push(await buildOne(entry, copy, workDir, buildModule, installs, options));
    return { installs, builds, ...(options.keepWorkDir ? { workDir } : {}) };
  } finally {
    if (!options.keepWorkDir) rmSync(workDir, { recursive: true, force: true });
  }
}

async function buildOne(entry: UiEntrypoint, copy: string, workDir: string, buildModule: string, installs: InstallOutcome[], options: UiBuildOptions): Promise<UiBuildResult> {
  const started = Date.now();
  const result = (ok: boolean, extra: Partial<UiBuildResult> = {}): UiBuildResult => ({ ...entry, ok, ms: Date.now() - started, warnings: [], ...extra });
  const file = path.join(copy, entry.entrypoint);
  if (!file.startsWith(copy + path.sep) || !existsSync(file)) return result(false, { error: `entrypoint ${entry.entrypoint} is not in srcDir` });
  const root = path.dirname(file);
  const folder = path.relative(copy, root).split(path.sep).join('/');
  const install = installs.find((i) => i.folder === folder);
  if (!install) return result(false, { error: `${folder}/ has no package.json of its own, so HubSpot installs nothing for it` });
  if (!install.ok) return result(false, { error: `not built: npm install in ${folder}/ failed (see above)` });

  const outDir = path.join(workDir, 'dist', entry.uid);
  const timeoutMs = options.buildTimeoutMs ?? 120_000;
  // cwd is the copy's parent, so the build's messages name files as `extensions/app/...`.
  const run = await runProcess(process.execPath, ['--input-type=module', '-e', CHILD_SCRIPT, JSON.stringify([buildModule, root, file, outDir])], {
    cwd: workDir,
    env: { ...process.env, NODE_ENV: 'production' },
    timeoutMs,
  });
  const tidy = (text: string) => text.split(workDir + path.sep).join('').split(workDir).join('.');
  const marked = run.stdout.split('\n').reverse().find((l) => l.startsWith(RESULT_MARK));
  const warnings = [...new Set(tidy(`${run.stdout}\n${run.stderr}`).split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith(RESULT_MARK) && !/^✗ Build failed/.test(l)))];
  if (run.timedOut) return result(false, { error: `the build did not finish within ${Math.round(timeoutMs / 1000)} s` });
  if (!marked) return result(false, { error: `the build stopped without a result (exit ${run.code}): ${lastLines(tidy(run.stderr || run.stdout), 8)}` });
  let outcome: { ok: boolean; message?: string };
  let escaped: string[];
  try {
    outcome = JSON.parse(marked.slice(RESULT_MARK.length)) as { ok: boolean; message?: string };
    if (!outcome.ok) return result(false, { error: tidy(outcome.message ?? 'unknown build error').trim() });
    escaped = modulesOutside(outDir, root, copy).map((m) => tidy(m));
  } catch (err) {
    return result(false, { error: `the build's output could not be read: ${(err as Error).message}` });
  }
  if (escaped.length > 0) return result(false, { error: `the bundle includes files from outside srcDir, which HubSpot never receives: ${escaped.join(', ')}`, warnings });
  return result(true, { bytes: bundleBytes(outDir), warnings });
}

/** Modules in the build's manifest that resolve outside the copied srcDir. */
function modulesOutside(outDir: string, root: string, copy: string): string[] {
  const manifests = readdirSync(outDir).filter((f) => f.endsWith('-manifest.json'));
  const outside: string[] = [];
  for (const file of manifests) {
    const manifest = JSON.parse(readFileSync(path.join(outDir, file), 'utf8')) as { modules?: { internal?: Array<{ module?: string }>; external?: Array<{ module?: string }> } };
    for (const m of [...(manifest.modules?.internal ?? []), ...(manifest.modules?.external ?? [])]) {
      const id = (m.module ?? '').split('?')[0]!;
      if (!id || id.startsWith('\0')) continue;
      const full = path.resolve(root, id);
      if (!full.startsWith(copy + path.sep)) outside.push(full);
    }
  }
  return outside;
}

function bundleBytes(outDir: string): number {
  return readdirSync(outDir)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + statSync(path.join(outDir, f)).size, 0);
}
