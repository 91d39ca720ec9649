/**
 * Regain's rules for the components HubSpot's parser produced: what the parser cannot know without an
 * account. The app asks for exactly the scopes the backend uses; webhook, workflow-action, redirect and
 * fetch URLs point at the backend's real routes; the workflow action's fields are the ones the backend
 * reads and returns; every UI entrypoint exists beside its component's own package.json.
 */
import { existsSync, readFileSync } from 'node:fs';
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

/** The backend routes HubSpot calls; the project's URLs must end in these paths. */
export const BACKEND_ROUTES = {
  webhooks: '/webhooks/hubspot',
  workflowAction: '/workflow-actions/analyse-lost-deal',
  oauthCallback: '/oauth/callback',
} as const;

/** Component types whose `entrypoint` HubSpot bundles with its UI-extension build. */
export const UI_COMPONENT_TYPES = ['CARD', 'SETTINGS', 'PAGE', 'PAGES', 'CRM_BULK_ACTION'] as const;

export function checkComponents(components: ProjectComponent[], srcDir: string, variables: Record<string, unknown>, at: (msg: string) => void): void {
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
  let deps: Record<string, string>;
  try {
    deps = (JSON.parse(readFileSync(pkg, 'utf8')) as { dependencies?: Record<string, string> }).dependencies ?? {};
  } catch (err) {
    at(`${component.uid}: ${path.relative(srcDir, pkg)} is not valid JSON (${(err as Error).message})`);
    return;
  }
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

export function safeUrl(s: string): URL | null {
  try {
    return new URL(s);
  } catch {
    return null;
  }
}
