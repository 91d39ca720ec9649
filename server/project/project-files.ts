/** The files of srcDir as HubSpot sees them, and the import rule the parser can check without a build. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * HubSpot uploads and builds only srcDir. Extension code may share the backend's contract
 * (`src/api/card-api.ts`) with `import type` (erased when HubSpot bundles the component), but a value
 * import from outside srcDir would not resolve after upload.
 */
export function checkImportsStayInside(srcDir: string, files: string[]): string[] {
  const problems: string[] = [];
  const importPattern = /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/gm;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(importPattern)) {
      const typeOnly = m[2] !== undefined;
      const target = path.resolve(path.dirname(file), m[3]!);
      if (!typeOnly && !target.startsWith(srcDir + path.sep)) {
        problems.push(`${path.relative(srcDir, file)} imports ${m[3]} from outside ${path.basename(srcDir)}/ (HubSpot builds only srcDir; use \`import type\` or move the code in)`);
      }
    }
  }
  return problems;
}

/**
 * HubSpot installs only the component folders' own package.json, so a package imported at run time must
 * be a dependency of the package.json nearest the importing file inside srcDir; a folder with none
 * above it (e.g. `app/shared/`) may import no package at run time. In the repository such an import would
 * still resolve through the root node_modules, which is why only a check like this (or the srcDir-alone
 * build) sees it.
 */
export function checkPackageImportsInstalled(srcDir: string, files: string[]): string[] {
  const problems: string[] = [];
  const importPattern = /^\s*(import|export)\s+(type\s+)?(?:[^'"]*?from\s+)?['"]([^'"./][^'"]*)['"]/gm;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const rel = path.relative(srcDir, file).split(path.sep).join('/');
    for (const m of text.matchAll(importPattern)) {
      if (m[2] !== undefined || m[3]!.startsWith('node:')) continue;
      const name = m[3]!.startsWith('@') ? m[3]!.split('/').slice(0, 2).join('/') : m[3]!.split('/')[0]!;
      const pkg = nearestPackageJson(srcDir, path.dirname(file));
      if (!pkg) {
        problems.push(`${rel} imports ${name} at run time, but no folder from it up to srcDir has a package.json: HubSpot installs only the component folders (pass the value in from the component, or use \`import type\`)`);
        continue;
      }
      const deps = readDependencies(pkg);
      if (deps && !deps.includes(name)) problems.push(`${rel} imports ${name}, which ${path.relative(srcDir, pkg).split(path.sep).join('/')} does not list in dependencies (HubSpot installs only what it lists)`);
    }
  }
  return problems;
}

function nearestPackageJson(srcDir: string, dir: string): string | null {
  for (let d = dir; d === srcDir || d.startsWith(srcDir + path.sep); d = path.dirname(d)) {
    if (existsSync(path.join(d, 'package.json'))) return path.join(d, 'package.json');
    if (d === srcDir) break;
  }
  return null;
}

function readDependencies(pkg: string): string[] | null {
  try {
    const json = JSON.parse(readFileSync(pkg, 'utf8')) as { dependencies?: Record<string, string> };
    return Object.keys(json.dependencies ?? {});
  } catch {
    return null; // reported by the entrypoint check
  }
}

/**
 * Whether `hs project upload` ships a file or folder of this name: HubSpot's CLI archives srcDir through
 * the ignore list of @hubspot/local-dev-lib (`lib/ignoreRules.js`: node_modules, hidden files, logs,
 * editor and OS droppings, the CLI's own config), applied to every path segment.
 */
export function isShippedName(name: string): boolean {
  if (name === 'node_modules' || name.startsWith('.') || name === '~' || name.endsWith('~')) return false;
  if (name.endsWith('.log') || name.endsWith('.swp')) return false;
  return !['fields.output.json', 'hubspot.config.yml', 'hubspot.config.yaml', '__MACOSX', 'Icon\r', 'Thumbs.db', 'ehthumbs.db', 'Desktop.ini', '@eaDir'].includes(name);
}

/** Every file under `dir` that `hs project upload` would ship. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!isShippedName(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else out.push(full);
  }
  return out;
}
