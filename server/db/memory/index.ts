/** Memory adapters for every storage port (dev and tests). */
export { createMemoryStores } from './create-memory-stores';
export { MemoryAnalysisStore } from './memory-analysis-store';
export { MemoryAuditLog } from './memory-audit-log';
export { MemoryInstallationStore } from './memory-installation-store';
export { MemoryOAuthStateStore } from './memory-oauth-state-store';
export { MemoryPlanStore } from './memory-plan-store';
export { MemoryPortalDataEraser } from './memory-portal-data-eraser';
export { MemoryProcessedEventStore } from './memory-processed-event-store';
export { MemorySettingsStore } from './memory-settings-store';
export { MemoryBackfillRunStore } from './memory-backfill-run-store';
export { MemoryOutcomeStore } from './memory-outcome-store';
