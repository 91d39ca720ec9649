/**
 * Checks the HubSpot developer project (`hsproject.json` + `extensions/`) offline, before
 * `hs project upload`:
 * 1. HubSpot's own parser (`@hubspot/project-parsing-lib` `translate`) reads every component under every
 *    profile, and Regain's rules (component-rules.ts) check what the parser cannot know without an
 *    account (scopes, backend routes, workflow-action fields, entrypoints and their package.json);
 * 2. HubSpot's own UI-extension build runs on every UI entrypoint from srcDir alone, with only the
 *    component folders installed (ui-build.ts), as after an upload;
 * 3. values still at their repository placeholders are listed (profile-values.ts): warnings for the
 *    local profile, errors for the others.
 *
 * HubSpot's JSON schemas need an account to download, so schema validation is skipped
 * (`skipValidation`); the checks above cover the fields Regain depends on.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkComponents, UI_COMPONENT_TYPES, type ProjectComponent } from './component-rules';
import { checkRedirectMatchesBackend, findPlaceholders, readDevProxy, type Placeholder, type ProfileFile } from './profile-values';
import { checkImportsStayInside, checkPackageImportsInstalled, listFiles } from './project-files';
import { buildUiEntrypoints, UiBuildUnavailable, type UiBuildOptions, type UiBuildReport, type UiEntrypoint } from './ui-build';

export { BACKEND_ROUTES, type ProjectComponent } from './component-rules';
export { checkImportsStayInside, checkPackageImportsInstalled } from './project-files';
export { UiBuildUnavailable } from './ui-build';

export interface ProfileResult {
  profile: string;
  components: ProjectComponent[];
  variables: Record<string, string | number | boolean>;
}

export interface ProjectCheckResult {
  ok: boolean;
  name: string | null;
  platformVersion: string | null;
  srcDir: string | null;
  profiles: ProfileResult[];
  errors: string[];
  warnings: string[];
  /** Values still at their placeholders, per profile (also in errors or warnings). */
  placeholders: Placeholder[];
  /** Profiles with no placeholder left: ready for `hs project upload --profile NAME` when `ok`. */
  readyProfiles: string[];
  /** The UI build of every entrypoint from srcDir alone; null when skipped. */
  build: UiBuildReport | null;
}

export interface ProjectCheckOptions {
  /** HubSpot's UI-extension build on every UI entrypoint (default on); `false` skips it. */
  build?: UiBuildOptions | false;
  /** Report the non-local profiles' placeholders as warnings (the repository's own template values). */
  allowPlaceholders?: boolean;
}

type Translate = (
  context: { projectSourceDir: string; platformVersion: string },
  options: { skipValidation: boolean; profile?: string },
) => Promise<{ intermediateRepresentation: { intermediateNodesIndexedByUid: Record<string, { uid: string; componentType: string; metaFilePath: string; config: unknown }> }; skippedHsMetaFiles: string[] }>;

interface ParsingLib {
  translate: Translate;
  isKnownPlatformVersion: (v: string) => boolean;
  meetsMinimumPlatformVersion: (v: string, min: string) => boolean;
}

async function loadParsingLib(): Promise<ParsingLib> {
  // ES modules only; a dynamic import keeps the rest of the CLI CommonJS. A development tool: a
  // production install (`npm install --omit=dev`) does not have it.
  let translateModule: typeof import('@hubspot/project-parsing-lib/translate');
  let projectsModule: typeof import('@hubspot/project-parsing-lib/projects');
  try {
    [translateModule, projectsModule] = await Promise.all([import('@hubspot/project-parsing-lib/translate'), import('@hubspot/project-parsing-lib/projects')]);
  } catch (err) {
    throw new ProjectCheckUnavailable(`HubSpot's project parser is not installed (${(err as Error).message.split('\n')[0]}); run \`npm install\` with dev dependencies`);
  }
  return {
    translate: translateModule.translate as unknown as Translate,
    isKnownPlatformVersion: projectsModule.isKnownPlatformVersion,
    meetsMinimumPlatformVersion: projectsModule.meetsMinimumPlatformVersion as (v: string, min: string) => boolean,
  };
}

/** The parser (a dev dependency) is missing: the check cannot run at all. */
export class ProjectCheckUnavailable extends Error {
  override name = 'ProjectCheckUnavailable';
}

export async function checkHubSpotProject(root: string, options: ProjectCheckOptions = {}): Promise<ProjectCheckResult> {
  const errors: string[] = [];
  const warnings: string[] = [];
  const result: ProjectCheckResult = { ok: false, name: null, platformVersion: null, srcDir: null, profiles: [], errors, warnings, placeholders: [], readyProfiles: [], build: null };
  const projectFile = path.join(root, 'hsproject.json');
  if (!existsSync(projectFile)) {
    errors.push(`hsproject.json not found in ${root}`);
    return result;
  }
  let project: { name?: unknown; srcDir?: unknown; platformVersion?: unknown };
  try {
    project = JSON.parse(readFileSync(projectFile, 'utf8'));
  } catch (err) {
    errors.push(`hsproject.json is not valid JSON: ${(err as Error).message}`);
    return result;
  }
  if (typeof project.name !== 'string' || typeof project.srcDir !== 'string' || typeof project.platformVersion !== 'string') {
    errors.push('hsproject.json needs "name", "srcDir" and "platformVersion" (strings)');
    return result;
  }
  result.name = project.name;
  result.platformVersion = project.platformVersion;
  result.srcDir = project.srcDir;
  const srcDir = path.resolve(root, project.srcDir);
  if (!srcDir.startsWith(path.resolve(root) + path.sep) || !existsSync(srcDir) || !statSync(srcDir).isDirectory()) {
    errors.push(`srcDir "${project.srcDir}" must be an existing folder inside the project`);
    return result;
  }

  const lib = await loadParsingLib();
  if (!lib.isKnownPlatformVersion(project.platformVersion)) errors.push(`platformVersion ${project.platformVersion} is not one HubSpot knows`);
  else if (!lib.meetsMinimumPlatformVersion(project.platformVersion, '2025.2')) errors.push(`platformVersion ${project.platformVersion} is older than 2025.2`);

  const files = listFiles(srcDir);
  const metaFiles = files.filter((f) => f.endsWith('-hsmeta.json'));
  const profiles = readdirSync(srcDir)
    .map((f) => /^hsprofile\.([^.]+)\.json$/.exec(f)?.[1])
    .filter((p): p is string => p !== undefined)
    .sort();
  if (profiles.length === 0) errors.push(`no hsprofile.<name>.json in ${project.srcDir}: local and production must differ only by profile`);

  const sources = files.filter((f) => /\.(tsx?|jsx?)$/.test(f));
  errors.push(...checkImportsStayInside(srcDir, sources), ...checkPackageImportsInstalled(srcDir, sources));
  const devProxy = readDevProxy(srcDir);

  for (const profile of profiles) {
    const at = (msg: string) => errors.push(`[${profile}] ${msg}`);
    let translated: Awaited<ReturnType<Translate>>;
    try {
      translated = await lib.translate({ projectSourceDir: srcDir, platformVersion: project.platformVersion }, { skipValidation: true, profile });
    } catch (err) {
      at(`HubSpot's parser failed: ${(err as Error).message}`);
      continue;
    }
    const components = Object.values(translated.intermediateRepresentation.intermediateNodesIndexedByUid).map((n) => ({
      uid: n.uid,
      type: n.componentType,
      metaFilePath: n.metaFilePath,
      config: (n.config ?? {}) as Record<string, unknown>,
    }));
    const profileFile = readProfileFile(path.join(srcDir, `hsprofile.${profile}.json`));
    const variables = (profileFile.variables ?? {}) as Record<string, string | number | boolean>;
    result.profiles.push({ profile, components, variables });
    for (const skipped of translated.skippedHsMetaFiles) at(`HubSpot's parser skipped ${skipped}`);
    const parsed = new Set(components.map((c) => path.normalize(c.metaFilePath)));
    for (const file of metaFiles) {
      const rel = path.normalize(path.relative(srcDir, file));
      if (!parsed.has(rel)) at(`${rel} did not become a component (wrong folder, bad JSON or a field HubSpot rejects)`);
    }
    checkComponents(components, srcDir, variables, at);
    for (const problem of checkRedirectMatchesBackend(profile, variables, devProxy)) at(problem);
    const placeholders = findPlaceholders(profile, profileFile, components, devProxy);
    result.placeholders.push(...placeholders);
    for (const p of placeholders) {
      const line = `[${profile}] ${p.field} is still a placeholder (${p.value}): ${p.reason}`;
      (p.severity === 'error' && !options.allowPlaceholders ? errors : warnings).push(line);
    }
    if (placeholders.length === 0) result.readyProfiles.push(profile);
  }

  if (options.build !== false) {
    try {
      result.build = await buildUiEntrypoints(srcDir, uiEntrypoints(result.profiles), options.build ?? {});
    } catch (err) {
      if (err instanceof UiBuildUnavailable) throw err;
      errors.push(`[build] could not run: ${(err as Error).message}`);
      result.build = { installs: [], builds: [] };
    }
    for (const i of result.build.installs) if (!i.ok) errors.push(`[build] npm install in ${project.srcDir}/${i.folder}/: ${i.error}`);
    for (const b of result.build.builds) {
      const what = `${b.type.toLowerCase()} ${b.uid} (${b.entrypoint})`;
      if (!b.ok) errors.push(`[build] ${what} does not build from ${project.srcDir}/ alone: ${b.error}`);
      for (const w of b.warnings) warnings.push(`[build] ${what}: ${w}`);
    }
  }
  result.ok = errors.length === 0;
  return result;
}

/** Every UI entrypoint any profile names (profiles only change variables, so normally one set). */
function uiEntrypoints(profiles: ProfileResult[]): UiEntrypoint[] {
  const seen = new Map<string, UiEntrypoint>();
  for (const p of profiles) {
    for (const c of p.components) {
      if (!(UI_COMPONENT_TYPES as readonly string[]).includes(c.type) || typeof c.config.entrypoint !== 'string') continue;
      const entry = { uid: c.uid, type: c.type, entrypoint: c.config.entrypoint };
      seen.set(`${entry.uid} ${entry.entrypoint}`, entry);
    }
  }
  return [...seen.values()];
}

function readProfileFile(file: string): ProfileFile {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as ProfileFile) : {};
  } catch {
    return {};
  }
}
