import { randomBytes, randomUUID } from 'node:crypto';

/** The scopes Regain asks for (fact sheet §4), used when an app config names none. */
export const DEFAULT_APP_SCOPES = [
  'oauth',
  'crm.objects.deals.read',
  'crm.objects.deals.write',
  'crm.objects.contacts.read',
  'crm.objects.contacts.write',
  'crm.objects.companies.read',
  'crm.schemas.deals.write',
  'crm.objects.owners.read',
  'tickets',
  'automation',
] as const;

/** The public app installed in the sandbox (what HubSpot's developer account would hold). */
export interface SandboxAppOptions {
  appId?: number;
  clientId?: string;
  clientSecret?: string;
  /** Allowed OAuth redirect URIs; empty means any http(s) URI is accepted. */
  redirectUris?: string[];
  /** Where webhook batches are POSTed. Without it, events are logged but not sent. */
  webhookTargetUrl?: string;
  /** Where workflow-action calls are POSTed. */
  workflowActionUrl?: string;
  /** Required scopes (the `scope` of the install URL must equal this set). */
  scopes?: string[];
  /** Optional scopes (the `optional_scope` of the install URL must be a subset). */
  optionalScopes?: string[];
}

export interface AppConfig {
  appId: number;
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  webhookTargetUrl?: string;
  workflowActionUrl?: string;
  scopes: string[];
  optionalScopes: string[];
  /** Webhook subscription id reported in events. */
  subscriptionId: number;
  /** Custom workflow action definition id reported in `origin`. */
  actionDefinitionId: number;
}

/** Fills in generated credentials for whatever the caller did not fix. */
export function resolveAppConfig(options: SandboxAppOptions = {}): AppConfig {
  const appId = options.appId ?? 1_000_000 + (randomBytes(3).readUIntBE(0, 3) % 8_000_000);
  return {
    appId,
    clientId: options.clientId ?? randomUUID(),
    clientSecret: options.clientSecret ?? randomUUID(),
    redirectUris: options.redirectUris ?? [],
    ...(options.webhookTargetUrl ? { webhookTargetUrl: options.webhookTargetUrl } : {}),
    ...(options.workflowActionUrl ? { workflowActionUrl: options.workflowActionUrl } : {}),
    scopes: options.scopes ?? [...DEFAULT_APP_SCOPES],
    optionalScopes: options.optionalScopes ?? [],
    subscriptionId: 4_000_000 + (appId % 100_000),
    actionDefinitionId: 9_000_000 + (appId % 100_000),
  };
}
