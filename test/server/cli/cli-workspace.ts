/**
 * The setup the CLI tests share that read the configured database (`regain report`, `regain eval
 * --portal`): the CLI's environment cleared around each test, and a throwaway embedded database
 * (DATA_DIR, ENCRYPTION_KEY) that the test seeds through a workspace before running the command.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openRegainWorkspace } from '../../../server/main';

export const WORKSPACE_KEY = Buffer.alloc(32, 9).toString('base64');

type Vars = Record<string, string | undefined>;

/**
 * Clears the variables that choose the CLI's mode and database before each test of the file, and puts
 * back what was there after it. Returns the setter for a test's own variables (also restored).
 */
export function isolateCliEnvironment(): (vars: Vars) => void {
  const saved: Vars = {};
  const setEnv = (vars: Vars) => {
    for (const [k, v] of Object.entries(vars)) {
      if (!(k in saved)) saved[k] = process.env[k];
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  beforeEach(() => setEnv({ HUBSPOT_CLIENT_ID: undefined, DATABASE_URL: undefined, DATA_DIR: undefined, ENCRYPTION_KEY: undefined }));
  afterEach(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });
  return setEnv;
}

/** Runs `fn` in a fresh temporary directory, removed afterwards whatever happens. */
export async function inTempDir<T>(prefix: string, fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  try {
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Configures the CLI for an embedded database in `dir` and opens that workspace to seed it (close it before running the CLI). */
export function openCliWorkspace(dir: string, setEnv: (vars: Vars) => void) {
  setEnv({ DATA_DIR: dir, ENCRYPTION_KEY: WORKSPACE_KEY });
  return openRegainWorkspace({ DATA_DIR: dir, ENCRYPTION_KEY: WORKSPACE_KEY, LOG_LEVEL: 'silent' });
}
