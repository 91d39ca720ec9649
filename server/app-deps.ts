import type { CountWebhookRejections } from './metrics';
import type { Logger } from 'pino';
import type { Config } from './config';
import type { Stores } from './db/ports';
import type { OAuthClient } from './hubspot/oauth-client';
import type { PipelineCache } from './hubspot/pipeline-stages';
import type { PortalClient } from './hubspot/portal-client';
import type { HubSpotPort } from './hubspot/port/hubspot-port';
import { hubspotPort } from './hubspot/port/sdk-port';
import type { TokenManager } from './hubspot/token-manager';

/** Sends durable jobs (pg-boss in production; the same interface in tests). */
export interface JobSender {
  send(name: string, data: object, options?: { singletonKey?: string; startAfter?: Date | number; retryLimit?: number; retryDelay?: number; retryBackoff?: boolean; expireInSeconds?: number }): Promise<string | null>;
}

export const JOBS = {
  provisionPortal: 'portal.provision',
  webhookBatch: 'webhook.batch',
  dealStageChanged: 'deal.stage_changed',
  writePlan: 'plan.write',
  cancelPlan: 'plan.cancel',
  completeWorkflowAction: 'workflow.complete',
  writeReviewTask: 'deal.review_task',
  writeDealProperties: 'deal.properties',
  runBackfill: 'backfill.run',
  sweepOutcomes: 'outcomes.sweep',
} as const;

/** The HubSpot port of one portal, over its client (and whatever decorates it, e.g. a job run's deadline). */
export const hubspotFor = (deps: Pick<AppDeps, 'hubspot'>, portalId: string): HubSpotPort => hubspotPort(deps.hubspot.clientFor(portalId));

/** Everything the Express app needs, built once by main.ts (real adapters) or by tests (PGlite, sandbox). */
export interface AppDeps {
  config: Config;
  stores: Stores;
  jobs: JobSender;
  hubspot: {
    clientFor(portalId: string): PortalClient;
    pipelines: PipelineCache;
    oauth: OAuthClient;
    tokens: TokenManager;
  };
  now: () => Date;
  logger: Logger;
  /** How long the workflow action works before answering BLOCK (default 4 s). */
  workflowSyncBudgetMs?: number;
  /** Scopes requested at install. */
  scopes: { required: string[]; optional: string[] };
  /** Counts webhook events Regain refuses (regain_webhook_events_rejected_total); omitted: not counted. */
  countWebhookRejections?: CountWebhookRejections;
}

/**
 * Scopes requested at install: exactly what the backend calls need, nothing more (the Marketplace asks apps
 * to request only needed scopes; HubSpot's OpenAPI security blocks say which scope each call accepts):
 * - `oauth`: every OAuth app; `crm.objects.deals.read`: deals, pipelines, and reading deal properties and
 *   groups (their reads accept it, so `crm.schemas.deals.read` is not requested); `crm.objects.deals.write`:
 *   Regain's deal properties; `crm.schemas.deals.write`: creating the property group and properties;
 * - `crm.objects.companies.read`: the company and its deals; `crm.objects.contacts.read` / `.write`: contacts,
 *   notes and tasks (the Tasks and Notes APIs take the contacts scopes); `tickets`: service-failure evidence;
 * - `crm.objects.owners.read`: checking a fixed task owner when an admin saves the settings;
 * - `automation`: completing workflow actions through the callbacks API.
 * test/server/scopes.integration.test.ts shows each one is needed.
 */
export const REGAIN_SCOPES = {
  required: [
    'oauth',
    'crm.objects.deals.read',
    'crm.objects.deals.write',
    'crm.objects.companies.read',
    'crm.objects.contacts.read',
    'crm.objects.contacts.write',
    'crm.schemas.deals.write',
    'crm.objects.owners.read',
    'tickets',
    'automation',
  ],
  optional: [],
};
