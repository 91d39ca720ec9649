/**
 * `regain check-project [--dir PATH] [--json] [--no-build] [--allow-placeholders] [--install-cache DIR]`:
 * the HubSpot project, checked offline before `hs project upload` (server/project/check-hubspot-project.ts).
 */
import path from 'node:path';
import { checkHubSpotProject, ProjectCheckUnavailable, UiBuildUnavailable, type ProjectCheckResult } from '../project/check-hubspot-project';
import { CliError, parseFlags, type CliIo } from './io';

export async function runCheckProjectCommand(argv: string[], io: CliIo): Promise<number> {
  const flags = parseFlags(argv, { dir: 'string', json: 'bool', 'no-build': 'bool', 'allow-placeholders': 'bool', 'install-cache': 'string' });
  const root = path.resolve(flags.dir ?? process.cwd());
  const build = flags['no-build'] ? false : { ...(flags['install-cache'] ? { installCacheDir: path.resolve(flags['install-cache']) } : {}) };
  const result = await checkHubSpotProject(root, { build, allowPlaceholders: flags['allow-placeholders'] }).catch((err: unknown) => {
    throw err instanceof ProjectCheckUnavailable || err instanceof UiBuildUnavailable ? new CliError(err.message) : err;
  });
  if (flags.json) {
    io.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    io.stdout.write(`${result.name ?? '(no project)'} on platform ${result.platformVersion ?? '?'} (srcDir ${result.srcDir ?? '?'})\n`);
    for (const p of result.profiles) {
      io.stdout.write(`profile ${p.profile}: ${p.components.map((c) => `${c.type.toLowerCase()} ${c.uid}`).join(', ')}\n`);
    }
    writeBuild(result, io);
    for (const w of result.warnings) io.stderr.write(`warning: ${w}\n`);
    for (const e of result.errors) io.stderr.write(`error: ${e}\n`);
    io.stdout.write(`${verdict(result)}\n`);
  }
  return result.ok ? 0 : 1;
}

function writeBuild(result: ProjectCheckResult, io: CliIo): void {
  if (!result.build) {
    if (result.srcDir && result.profiles.length > 0) io.stdout.write('build: skipped (--no-build)\n');
    return;
  }
  const installs = result.build.installs.map((i) => `${i.folder} ${i.ok ? (i.fromCache ? 'from the cache' : `${(i.ms / 1000).toFixed(1)} s`) : 'FAILED'}`);
  io.stdout.write(`build: srcDir alone, component folders installed: ${installs.join(', ') || 'none'}\n`);
  for (const b of result.build.builds) {
    const size = b.bytes !== undefined ? `, ${(b.bytes / 1024).toFixed(1)} kB` : '';
    io.stdout.write(`build: ${b.type.toLowerCase()} ${b.uid} ${b.entrypoint}: ${b.ok ? `ok (${(b.ms / 1000).toFixed(1)} s${size})` : 'FAILED'}\n`);
  }
}

function verdict(result: ProjectCheckResult): string {
  if (!result.ok) return `${result.errors.length} problem(s)`;
  if (!result.build) return 'ok: the checks passed, but the UI build was skipped (--no-build): run without it before `hs project upload`';
  if (result.placeholders.length === 0) return 'ok: the project is ready for `hs project upload`';
  const ready = result.readyProfiles.length > 0 ? `; ready for ${result.readyProfiles.map((p) => `\`hs project upload --profile ${p}\``).join(', ')}` : '';
  const waiting = result.profiles.map((p) => p.profile).filter((p) => !result.readyProfiles.includes(p));
  return `ok: the project checks out and builds, but is not ready for \`hs project upload\` with profile ${waiting.join(', ')} until the placeholders above are set${ready}`;
}
