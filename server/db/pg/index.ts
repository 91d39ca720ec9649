/** Kysely adapters (PostgreSQL and PGlite) for every storage port. */
export { createPgStores } from './create-pg-stores';
export { PgAnalysisStore } from './pg-analysis-store';
export { PgAuditLog } from './pg-audit-log';
export { PgInstallationStore } from './pg-installation-store';
export { PgOAuthStateStore } from './pg-oauth-state-store';
export { PgPlanStore } from './pg-plan-store';
export { PgPortalDataEraser } from './pg-portal-data-eraser';
export { PgProcessedEventStore } from './pg-processed-event-store';
export { PgSettingsStore } from './pg-settings-store';
export { PgBackfillRunStore } from './pg-backfill-run-store';
export { PgOutcomeStore } from './pg-outcome-store';
