/** Every storage port's contract suite, for one target. */
import type { StoreTarget } from '../helpers/store-targets';
import { analysisLearningContract } from './analysis-learning.contract';
import { analysisStoreContract } from './analysis-store.contract';
import { auditLogContract } from './audit-log.contract';
import { backfillRunStoreContract } from './backfill-run-store.contract';
import { dealRecordStoreContract } from './deal-record-store.contract';
import { evidenceStoreContract } from './evidence-store.contract';
import { installationStoreContract } from './installation-store.contract';
import { oauthStateStoreContract } from './oauth-state-store.contract';
import { outcomeStoreContract } from './outcome-store.contract';
import { planStoreContract } from './plan-store.contract';
import { portalDataEraserContract } from './portal-data-eraser.contract';
import { processedEventStoreContract } from './processed-event-store.contract';
import { reportStoreContract } from './report-store.contract';
import { settingsStoreContract } from './settings-store.contract';

export function allStoreContracts(target: StoreTarget): void {
  installationStoreContract(target);
  oauthStateStoreContract(target);
  analysisStoreContract(target);
  analysisLearningContract(target);
  planStoreContract(target);
  processedEventStoreContract(target);
  settingsStoreContract(target);
  auditLogContract(target);
  backfillRunStoreContract(target);
  outcomeStoreContract(target);
  reportStoreContract(target);
  evidenceStoreContract(target);
  dealRecordStoreContract(target);
  portalDataEraserContract(target);
}
