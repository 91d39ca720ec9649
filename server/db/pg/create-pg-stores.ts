/** All stores over one Kysely database (PostgreSQL or PGlite). The database must be migrated first. */
import type { Kysely } from 'kysely';
import type { Stores } from '../ports';
import type { DB } from '../schema';
import type { TokenCipher } from '../token-cipher';
import { PgAnalysisStore } from './pg-analysis-store';
import { PgAuditLog } from './pg-audit-log';
import { PgBackfillRunStore } from './pg-backfill-run-store';
import { PgDealRecordStore } from './pg-deal-record-store';
import { PgEvidenceStore } from './pg-evidence-store';
import { PgInstallationStore } from './pg-installation-store';
import { PgOAuthStateStore } from './pg-oauth-state-store';
import { PgOutcomeStore } from './pg-outcome-store';
import { PgPlanStore } from './pg-plan-store';
import { PgPortalDataEraser } from './pg-portal-data-eraser';
import { PgProcessedEventStore } from './pg-processed-event-store';
import { PgReportStore } from './pg-report-store';
import { PgSettingsStore } from './pg-settings-store';

/** Builds every Pg store; `cipher` seals the OAuth tokens. */
export function createPgStores(db: Kysely<DB>, cipher: TokenCipher): Stores {
  return {
    installations: new PgInstallationStore(db, cipher),
    oauthStates: new PgOAuthStateStore(db),
    analyses: new PgAnalysisStore(db),
    plans: new PgPlanStore(db),
    events: new PgProcessedEventStore(db),
    settings: new PgSettingsStore(db),
    audit: new PgAuditLog(db),
    backfills: new PgBackfillRunStore(db),
    outcomes: new PgOutcomeStore(db),
    reports: new PgReportStore(db),
    evidence: new PgEvidenceStore(db),
    deals: new PgDealRecordStore(db),
    eraser: new PgPortalDataEraser(db),
  };
}
