import type { Logger } from 'pino';
import type { Config } from './config';
import type { Stores } from './db/ports';
import type { OAuthClient } from './hubspot/oauth-client';
import type { PipelineCache } from './hubspot/pipeline-stages';
import type { PortalClient } from './hubspot/portal-client';
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
}

export const REGAIN_SCOPES = {
  required: [
    'oauth',
    'crm.objects.deals.read',
    'crm.objects.deals.write',
    'crm.objects.companies.read',
    'crm.objects.contacts.read',
    'crm.objects.contacts.write',
    'crm.schemas.deals.read',
    'crm.schemas.deals.write',
    'crm.objects.owners.read',
    'tickets',
    'automation',
  ],
  optional: [],
};
