/** `regain check-project [--dir PATH] [--json]`: the HubSpot project, checked offline before `hs project upload`. */
import path from 'node:path';
import { checkHubSpotProject, ProjectCheckUnavailable } from '../project/check-hubspot-project';
import { CliError, parseFlags, type CliIo } from './io';

export async function runCheckProjectCommand(argv: string[], io: CliIo): Promise<number> {
  const flags = parseFlags(argv, { dir: 'string', json: 'bool' });
  const root = path.resolve(flags.dir ?? process.cwd());
  const result = await checkHubSpotProject(root).catch((err: unknown) => {
    throw err instanceof ProjectCheckUnavailable ? new CliError(err.message) : err;
  });
  if (flags.json) {
    io.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    io.stdout.write(`${result.name ?? '(no project)'} on platform ${result.platformVersion ?? '?'} (srcDir ${result.srcDir ?? '?'})\n`);
    for (const p of result.profiles) {
      io.stdout.write(`profile ${p.profile}: ${p.components.map((c) => `${c.type.toLowerCase()} ${c.uid}`).join(', ')}\n`);
    }
    for (const e of result.errors) io.stderr.write(`error: ${e}\n`);
    io.stdout.write(result.ok ? 'ok: the project is ready for `hs project upload`\n' : `${result.errors.length} problem(s)\n`);
  }
  return result.ok ? 0 : 1;
}
