/**
 * Every migration, in order, as code (bundled with the app; nothing is read from disk at run time).
 * Names sort in the order they must run; never rename or edit a released migration, add a new one.
 */
import type { Migration } from 'kysely';
import * as m0001 from './0001-initial';
import * as m0002 from './0002-token-key-id';
import * as m0003 from './0003-backfill-outcomes';
import * as m0004 from './0004-analysis-text';
import * as m0005 from './0005-report-columns';
import * as m0006 from './0006-deal-evidence';

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_initial': m0001,
  '0002_token_key_id': m0002,
  '0003_backfill_outcomes': m0003,
  '0004_analysis_text': m0004,
  '0005_report_columns': m0005,
  '0006_deal_evidence': m0006,
};

export const FIRST_MIGRATION = '0001_initial';
