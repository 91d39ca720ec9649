/** All stores in memory, for dev and tests: the same contract as `createPgStores`, nothing persisted. */
import type { Stores } from '../ports';
import { MemoryAnalysisStore } from './memory-analysis-store';
import { MemoryAuditLog } from './memory-audit-log';
import { MemoryBackfillRunStore } from './memory-backfill-run-store';
import { MemoryDealRecordStore } from './memory-deal-record-store';
import { MemoryEvidenceStore } from './memory-evidence-store';
import { MemoryInstallationStore } from './memory-installation-store';
import { MemoryOAuthStateStore } from './memory-oauth-state-store';
import { MemoryOutcomeStore } from './memory-outcome-store';
import { MemoryPlanStore } from './memory-plan-store';
import { MemoryPortalDataEraser } from './memory-portal-data-eraser';
import { MemoryProcessedEventStore } from './memory-processed-event-store';
import { MemoryReportStore } from './memory-report-store';
import { MemorySettingsStore } from './memory-settings-store';

/** Builds a fresh, empty set of memory stores. */
export function createMemoryStores(): Stores {
  const installations = new MemoryInstallationStore();
  const analyses = new MemoryAnalysisStore();
  const plans = new MemoryPlanStore();
  const events = new MemoryProcessedEventStore();
  const settings = new MemorySettingsStore();
  const audit = new MemoryAuditLog();
  const backfills = new MemoryBackfillRunStore();
  const outcomes = new MemoryOutcomeStore();
  const evidence = new MemoryEvidenceStore();
  return {
    installations,
    oauthStates: new MemoryOAuthStateStore(),
    analyses,
    plans,
    events,
    settings,
    audit,
    backfills,
    outcomes,
    reports: new MemoryReportStore(analyses, plans, outcomes),
    evidence,
    deals: new MemoryDealRecordStore({ evidence, analyses, settings, plans }),
    eraser: new MemoryPortalDataEraser([installations, analyses, plans, events, settings, audit, backfills, outcomes, evidence]),
  };
}
