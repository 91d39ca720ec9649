import { DatabaseUnavailableError } from '../db/database-unavailable-error';
import { CliError, type CliIo } from './io';

const USAGE = `usage: regain <command> [options]

commands:
  serve [--port N]                        the backend (sandbox mode with no HubSpot credentials: local HubSpot + demo portal)
  classify --text "<loss reason>"         classify one loss reason, print one JSON object
  classify --input FILE [--column NAME]   classify a .jsonl or .csv file (HubSpot deals export), one JSON line per row
           [--format json|table] [--settings FILE] [--threads N]  (N worker threads: faster on several cores, more memory)
  eval [--input FILE]... [--json] [--errors]  segment and attribution accuracy, calibration, on labelled JSONL sets
  eval --portal ID [--json]               agreement with the portal's reps (their confirmations), by segment; vocabulary suggestions
  demo [--deals N] [--faults RATE] [--json]  the whole loop against the local sandbox, checked exactly-once
  sandbox [--port N] [--seed demo|N]       run the local HubSpot sandbox standalone
  backfill --portal ID [--since DATE] [--until DATE] [--dry-run] [--plans none|high|all] [--csv FILE]
           [--restart] [--sandbox N]      analyse every closed-lost deal of the portal into HubSpot (resumable)
  report --portal ID [--json]             win-back figures: reacquisition ratio, time to reacquire, by month
  check-project [--dir PATH] [--json] [--no-build] [--allow-placeholders] [--install-cache DIR]
                                          check the HubSpot project offline: parser, HubSpot's UI build from srcDir alone, placeholders
  verify-hubspot --portal ID [--json]     check every assumption about HubSpot against a real account (production config)
`;

type Command = (argv: string[], io: CliIo) => Promise<number>;
// Each command is loaded when it runs: `classify` must not pay for Express, pg and pino at start-up.
/* eslint-disable @typescript-eslint/no-require-imports */
const COMMANDS: Record<string, () => Command> = {
  classify: () => (require('./classify-command') as typeof import('./classify-command')).runClassifyCommand,
  // `eval --portal ID`: agreement with the portal's reps (portal-eval-command.ts); otherwise the labelled sets.
  eval: () => (argv, io) =>
    argv.some((a) => a === '--portal' || a.startsWith('--portal='))
      ? (require('./portal-eval-command') as typeof import('./portal-eval-command')).runPortalEvalCommand(argv, io)
      : (require('./eval-command') as typeof import('./eval-command')).runEvalCommand(argv, io),
  sandbox: () => (require('../../sandbox/cli') as typeof import('../../sandbox/cli')).runSandboxCli,
  serve: () => (require('./serve-command') as typeof import('./serve-command')).runServeCommand,
  demo: () => (require('./demo-command') as typeof import('./demo-command')).runDemoCommand,
  backfill: () => (require('./backfill-command') as typeof import('./backfill-command')).runBackfillCommand,
  report: () => (require('./report-command') as typeof import('./report-command')).runReportCommand,
  'check-project': () => (require('./check-project-command') as typeof import('./check-project-command')).runCheckProjectCommand,
  'verify-hubspot': () => (require('./verify-hubspot-command') as typeof import('./verify-hubspot-command')).runVerifyHubSpotCommand,
};
/* eslint-enable @typescript-eslint/no-require-imports */

/** The usage lines of one command: its own lines in USAGE and the continuation lines under them. */
function commandUsage(name: string): string {
  const lines: string[] = [];
  for (const line of USAGE.split('\n')) {
    if (line.startsWith(`  ${name} `)) lines.push(line);
    else if (lines.length > 0 && /^ {4,}\S/.test(line)) lines.push(line);
    else if (lines.length > 0) break;
  }
  return `usage: regain ${name} [options]\n\n${lines.join('\n')}\n`;
}

/** Runs the CLI; returns the process exit code. */
export async function main(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr).write(USAGE);
    return name ? 0 : 2;
  }
  // Own keys only: "regain constructor" is an unknown command, not a property every object inherits.
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.stderr.write(`regain: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(commandUsage(name));
    return 0;
  }
  try {
    return await load()(rest, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr.write(`regain ${name}: ${err.message}\n`);
      return err.exitCode;
    }
    // Every command that opens the database: one line saying what to check, no stack trace.
    if (err instanceof DatabaseUnavailableError) {
      io.stderr.write(`regain ${name}: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}
