/** A throwaway copy of the HubSpot project (hsproject.json + extensions/, without node_modules) to break on purpose. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');

/**
 * The component folders' installs, kept between tests and runs (keyed by each package.json), so only the
 * first build check of a machine installs from the npm registry.
 */
export const INSTALL_CACHE_DIR = path.join(tmpdir(), 'regain-ui-build-cache');

/** Enough for three installs from an empty npm cache and three builds on a busy 2-core machine. */
export const BUILD_TEST_TIMEOUT_MS = 240_000;

export interface ProjectCopy {
  root: string;
  file(rel: string): string;
  read(rel: string): string;
  write(rel: string, text: string): void;
  editJson(rel: string, change: (json: any) => void): void;
  remove(): void;
}

export function copyProject(): ProjectCopy {
  const root = mkdtempSync(path.join(tmpdir(), 'regain-project-'));
  cpSync(path.join(repoRoot, 'hsproject.json'), path.join(root, 'hsproject.json'));
  cpSync(path.join(repoRoot, 'extensions'), path.join(root, 'extensions'), { recursive: true, filter: (src) => !src.includes('node_modules') });
  const file = (rel: string) => path.join(root, 'extensions', rel);
  return {
    root,
    file,
    read: (rel) => readFileSync(file(rel), 'utf8'),
    write: (rel, text) => writeFileSync(file(rel), text),
    editJson: (rel, change) => {
      const json = JSON.parse(readFileSync(file(rel), 'utf8'));
      change(json);
      writeFileSync(file(rel), JSON.stringify(json, null, 2));
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
