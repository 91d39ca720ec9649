import { runClassifyCommand } from './classify-command';
import { runSandboxCli } from '../../sandbox/cli';
import { runEvalCommand } from './eval-command';
import { CliError, type CliIo } from './io';
import { runServeCommand } from './serve-command';
import { runDemoCommand } from './demo-command';
import { runBackfillCommand } from './backfill-command';
import { runReportCommand } from './report-command';
import { runCheckProjectCommand } from './check-project-command';

const USAGE = `usage: regain <command> [options]

commands:
  serve [--port N]                        the backend (sandbox mode with no HubSpot credentials: local HubSpot + demo portal)
  classify --text "<loss reason>"         classify one loss reason, print one JSON object
  classify --input FILE [--column NAME]   classify a .jsonl or .csv file (HubSpot deals export), one JSON line per row
           [--format json|table] [--settings FILE]
  eval [--file FILE]... [--json] [--errors]  precision/recall of the classifier on labelled sets
  demo [--deals N] [--faults RATE] [--json]  the whole loop against the local sandbox, checked exactly-once
  sandbox [--port N] [--seed demo|N]       run the local HubSpot sandbox standalone
  backfill --portal ID [--since DATE] [--until DATE] [--dry-run] [--plans none|high|all] [--csv FILE]
           [--restart] [--sandbox N]      analyse every closed-lost deal of the portal into HubSpot (resumable)
  report --portal ID [--json]             win-back figures: reacquisition ratio, time to reacquire, by month
  check-project [--dir PATH] [--json]     check the HubSpot project (hsproject.json, extensions/) offline
`;

type Command = (argv: string[], io: CliIo) => Promise<number>;
const COMMANDS: Record<string, Command> = {
  classify: runClassifyCommand,
  eval: runEvalCommand,
  sandbox: runSandboxCli,
  serve: runServeCommand,
  demo: runDemoCommand,
  backfill: runBackfillCommand,
  report: runReportCommand,
  'check-project': runCheckProjectCommand,
};

/** Runs the CLI; returns the process exit code. */
export async function main(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr).write(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`regain: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr.write(`regain ${name}: ${err.message}\n`);
      return err.exitCode;
    }
    throw err;
  }
}
