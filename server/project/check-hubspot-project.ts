/**
 * Checks the HubSpot developer project (`hsproject.json` + `extensions/`) offline, before
 * `hs project upload`: HubSpot's own parser (`@hubspot/project-parsing-lib` `translate`) reads every
 * component under every profile, then Regain's rules check what the parser cannot know without an
 * account: that the app asks for exactly the scopes the backend uses, that webhook, workflow-action and
 * fetch URLs point at the backend's real routes, and that the workflow action's fields are the ones
 * the backend reads and returns.
 *
 * HubSpot's JSON schemas need an account to download, so schema validation is skipped
 * (`skipValidation`); the checks below cover the fields Regain depends on.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { REGAIN_SCOPES } from '../app-deps';
import { WORKFLOW_MODES } from '../http/schemas';
import { workflowOutputs } from '../services/workflow-analysis';

export interface ProjectComponent {
  uid: string;
  /** HubSpot's internal type (`APPLICATION`, `CARD`, `SETTINGS`, `WEBHOOKS`, `WORKFLOW_ACTION`, `PAGE`, ...). */
  type: string;
  metaFilePath: string;
  config: Record<string, unknown>;
}

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
}

/** The backend routes HubSpot calls; the project's URLs must end in these paths. */
export const BACKEND_ROUTES = {
  webhooks: '/webhooks/hubspot',
  workflowAction: '/workflow-actions/analyse-lost-deal',
  oauthCallback: '/oauth/callback',
} as const;

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

export async function checkHubSpotProject(root: string): Promise<ProjectCheckResult> {
  const errors: string[] = [];
  const result: ProjectCheckResult = { ok: false, name: null, platformVersion: null, srcDir: null, profiles: [], errors };
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

  errors.push(...checkImportsStayInside(srcDir, files.filter((f) => /\.(tsx?|jsx?)$/.test(f))));

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
    const variables = JSON.parse(readFileSync(path.join(srcDir, `hsprofile.${profile}.json`), 'utf8')).variables ?? {};
    result.profiles.push({ profile, components, variables });
    for (const skipped of translated.skippedHsMetaFiles) at(`HubSpot's parser skipped ${skipped}`);
    const parsed = new Set(components.map((c) => path.normalize(c.metaFilePath)));
    for (const file of metaFiles) {
      const rel = path.normalize(path.relative(srcDir, file));
      if (!parsed.has(rel)) at(`${rel} did not become a component (wrong folder, bad JSON or a field HubSpot rejects)`);
    }
    checkComponents(components, srcDir, variables, at);
  }
  result.ok = errors.length === 0;
  return result;
}

function checkComponents(components: ProjectComponent[], srcDir: string, variables: Record<string, unknown>, at: (msg: string) => void): void {
  const ofType = (type: string) => components.filter((c) => c.type === type);
  const one = (type: string, what: string) => {
    const found = ofType(type);
    if (found.length !== 1) at(`expected exactly one ${what} component, found ${found.length}`);
    return found[0];
  };

  const app = one('APPLICATION', 'app');
  let fetchOrigins: string[] = [];
  if (app) {
    const config = app.config as { distribution?: string; auth?: { type?: string; requiredScopes?: string[]; optionalScopes?: string[]; redirectUrls?: string[] }; permittedUrls?: { fetch?: string[] } };
    if (config.distribution !== 'marketplace') at('the app must have distribution "marketplace"');
    if (config.auth?.type !== 'oauth') at('a marketplace app must use auth.type "oauth"');
    const scopes = [...(config.auth?.requiredScopes ?? [])].sort();
    const backend = [...REGAIN_SCOPES.required].sort();
    if (scopes.join(' ') !== backend.join(' ')) {
      at(`requiredScopes must be the scopes the backend requests (server/app-deps.ts): missing [${backend.filter((s) => !scopes.includes(s)).join(', ')}], extra [${scopes.filter((s) => !backend.includes(s)).join(', ')}]`);
    }
    const optional = [...(config.auth?.optionalScopes ?? [])].sort();
    if (optional.join(' ') !== [...REGAIN_SCOPES.optional].sort().join(' ')) at('optionalScopes must match the backend\'s optional scopes');
    const redirects = config.auth?.redirectUrls ?? [];
    if (redirects.length === 0) at('auth.redirectUrls is empty');
    for (const url of redirects) if (!endsWithPath(url, BACKEND_ROUTES.oauthCallback)) at(`redirect URL ${url} must end in ${BACKEND_ROUTES.oauthCallback}`);
    fetchOrigins = config.permittedUrls?.fetch ?? [];
    if (fetchOrigins.length === 0) at('permittedUrls.fetch is empty: the card could not call the backend');
    for (const origin of fetchOrigins) {
      const u = safeUrl(origin);
      if (!u || u.protocol !== 'https:' || u.origin !== origin.replace(/\/$/, '')) at(`permittedUrls.fetch entry ${origin} must be a bare https origin`);
      else if (/^(localhost|127\.|\[::1\])/.test(u.hostname)) at(`permittedUrls.fetch entry ${origin} may not be localhost (use local.json to proxy to a local backend)`);
    }
    const base = variables.REGAIN_API_BASE_URL;
    if (typeof base !== 'string' || !fetchOrigins.includes(base)) at('REGAIN_API_BASE_URL (what the card calls) must be listed in permittedUrls.fetch');
  }

  const cards = ofType('CARD');
  const dealCard = cards.find((c) => c.config.location === 'crm.record.tab' && Array.isArray(c.config.objectTypes) && (c.config.objectTypes as string[]).includes('deals'));
  if (!dealCard) at('no card on the deal record (location crm.record.tab, objectTypes ["deals"])');
  const settings = one('SETTINGS', 'settings page');
  const home = components.find((c) => (c.type === 'PAGE' || c.type === 'PAGES') && (c.config.location === 'home' || c.type === 'PAGES'));
  if (!home) at('no app home page (type "page", location "home")');
  for (const c of [...cards, settings, home].filter((c): c is ProjectComponent => c !== undefined)) checkEntrypoint(c, srcDir, at);

  const webhooks = one('WEBHOOKS', 'webhooks');
  if (webhooks) {
    const config = webhooks.config as { settings?: { targetUrl?: string }; subscriptions?: { crmObjects?: Array<{ subscriptionType?: string; objectType?: string; propertyName?: string; active?: boolean }> } };
    const target = config.settings?.targetUrl ?? '';
    checkBackendUrl(target, BACKEND_ROUTES.webhooks, 'webhooks targetUrl', at);
    const dealStage = config.subscriptions?.crmObjects?.find((s) => s.subscriptionType === 'object.propertyChange' && s.objectType === 'deal' && s.propertyName === 'dealstage');
    if (!dealStage?.active) at('webhooks must subscribe (active) to deal dealstage property changes');
  }

  const actions = ofType('WORKFLOW_ACTION');
  const analyse = actions.find((a) => typeof a.config.actionUrl === 'string' && endsWithPath(a.config.actionUrl as string, BACKEND_ROUTES.workflowAction));
  if (!analyse) at(`no workflow action calls ${BACKEND_ROUTES.workflowAction}`);
  else checkWorkflowAction(analyse, at);
}

interface FieldDef {
  typeDefinition?: { name?: string; type?: string; options?: Array<{ value?: string; label?: string }> };
}

function checkWorkflowAction(action: ProjectComponent, at: (msg: string) => void): void {
  const config = action.config as {
    actionUrl: string;
    isPublished?: boolean;
    objectTypes?: string[];
    inputFields?: FieldDef[];
    outputFields?: FieldDef[];
    labels?: Record<string, { actionName?: string; inputFieldLabels?: Record<string, string>; outputFieldLabels?: Record<string, string> }>;
  };
  checkBackendUrl(config.actionUrl, BACKEND_ROUTES.workflowAction, 'workflow actionUrl', at);
  if (config.isPublished !== true) at('the workflow action must be published (isPublished: true) to appear in the workflow editor');
  if (!config.objectTypes?.includes('DEAL')) at('the workflow action must be offered on deals (objectTypes ["DEAL"])');
  const inputs = (config.inputFields ?? []).map((f) => f.typeDefinition?.name);
  const mode = (config.inputFields ?? []).find((f) => f.typeDefinition?.name === 'mode');
  const modeValues = (mode?.typeDefinition?.options ?? []).map((o) => o.value).sort();
  if (modeValues.join(' ') !== [...WORKFLOW_MODES].sort().join(' ')) at(`the "mode" input must offer exactly ${WORKFLOW_MODES.join(', ')} (what the backend accepts)`);
  if (!inputs.includes('ownerId')) at('the workflow action needs the optional "ownerId" input the backend reads');
  // Every output the backend returns (but hs_execution_state, which HubSpot owns) is declared, and nothing else.
  const backendOutputs = Object.keys(workflowOutputs({ result: { effective: null, gathered: { stageOutcome: 'open' } } } as never)).filter((k) => k !== 'hs_execution_state').sort();
  const declared = (config.outputFields ?? []).map((f) => f.typeDefinition?.name ?? '').sort();
  if (declared.join(' ') !== backendOutputs.join(' ')) at(`outputFields [${declared.join(', ')}] must be the backend's outputs [${backendOutputs.join(', ')}]`);
  const en = config.labels?.en;
  if (!en?.actionName) at('the workflow action needs an English actionName label');
  for (const name of inputs) if (name && !en?.inputFieldLabels?.[name]) at(`input field "${name}" has no label`);
  for (const name of declared) if (!en?.outputFieldLabels?.[name]) at(`output field "${name}" has no label`);
}

function checkEntrypoint(component: ProjectComponent, srcDir: string, at: (msg: string) => void): void {
  const entry = component.config.entrypoint;
  if (typeof entry !== 'string' || !entry.startsWith('/')) {
    at(`${component.uid}: entrypoint must be a path from srcDir starting with "/"`);
    return;
  }
  const file = path.join(srcDir, entry);
  if (!existsSync(file)) at(`${component.uid}: entrypoint ${entry} does not exist`);
  const pkg = path.join(path.dirname(file), 'package.json');
  if (!existsSync(pkg)) {
    at(`${component.uid}: ${path.relative(srcDir, path.dirname(file))}/package.json is missing (HubSpot installs the component's dependencies from it)`);
    return;
  }
  const deps = (JSON.parse(readFileSync(pkg, 'utf8')).dependencies ?? {}) as Record<string, string>;
  if (deps.react !== '18.3.1') at(`${component.uid}: its package.json must depend on react 18.3.1 exactly`);
  if (!deps['@hubspot/ui-extensions']) at(`${component.uid}: its package.json must depend on @hubspot/ui-extensions`);
}

function checkBackendUrl(url: string, route: string, what: string, at: (msg: string) => void): void {
  const u = safeUrl(url);
  if (!u) at(`${what} "${url}" is not a URL`);
  else if (u.protocol !== 'https:') at(`${what} ${url} must be https (HubSpot calls it from the internet)`);
  else if (u.pathname !== route) at(`${what} ${url} must end in ${route}`);
}

function endsWithPath(url: string, route: string): boolean {
  return safeUrl(url)?.pathname === route;
}

function safeUrl(s: string): URL | null {
  try {
    return new URL(s);
  } catch {
    return null;
  }
}

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

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else out.push(full);
  }
  return out;
}
