import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Where a command reads and writes: the process streams in production, buffers in tests. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
}

/** An expected failure of a command: printed as `regain: <message>` with a non-zero exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

type FlagKind = 'string' | 'bool' | 'multi';
type FlagValues<S extends Record<string, FlagKind>> = {
  [K in keyof S]: S[K] extends 'bool' ? boolean : S[K] extends 'multi' ? string[] : string | undefined;
};

/**
 * Parses `--name value`, `--name=value` and boolean `--flag` options. Unknown options and missing
 * values are CliErrors, so a typo never silently changes what a command does.
 */
export function parseFlags<S extends Record<string, FlagKind>>(argv: readonly string[], spec: S): FlagValues<S> {
  const out: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(spec)) out[name] = kind === 'bool' ? false : kind === 'multi' ? [] : undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const m = /^--([a-z][a-z0-9-]*)(?:=(.*))?$/.exec(arg);
    if (!m) throw new CliError(`unexpected argument "${arg}"`);
    const name = m[1]!;
    const kind = Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (!kind) throw new CliError(`unknown option --${name} (known: ${Object.keys(spec).map((k) => `--${k}`).join(', ')})`);
    if (kind === 'bool') {
      if (m[2] !== undefined) throw new CliError(`--${name} takes no value`);
      out[name] = true;
      continue;
    }
    const value = m[2] ?? argv[++i];
    if (value === undefined || (m[2] === undefined && value.startsWith('--'))) throw new CliError(`--${name} needs a value`);
    if (kind === 'multi') (out[name] as string[]).push(value);
    else out[name] = value;
  }
  return out as FlagValues<S>;
}

/** The project folder (holding package.json named "regain"), from source or from dist/. */
export function projectRoot(): string {
  let dir = __dirname;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'regain') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the regain project folder');
    dir = parent;
  }
}

/**
 * Collects output lines and writes them in blocks of about 64 KB (one write per block, not per line),
 * waiting for the stream to drain, so a million rows neither cost a million writes nor pile up in memory.
 */
export function createLineWriter(out: NodeJS.WritableStream, blockChars = 1 << 16) {
  let parts: string[] = [];
  let size = 0;
  const write = async () => {
    if (parts.length === 0) return;
    const block = `${parts.join('\n')}\n`;
    parts = [];
    size = 0;
    if (!out.write(block)) await new Promise<void>((resolve) => out.once('drain', resolve));
  };
  return {
    line(s: string): void {
      parts.push(s);
      size += s.length + 1;
    },
    /** Writes when a block is full (call between batches). */
    async flushIfFull(): Promise<void> {
      if (size >= blockChars) await write();
    },
    /** Writes what is left. */
    flush: write,
  };
}
