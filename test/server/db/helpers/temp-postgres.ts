/**
 * A throwaway PostgreSQL database per suite: created from TEST_DATABASE_URL's server, dropped after.
 * Suites that need it are skipped when TEST_DATABASE_URL is not set.
 */

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

/** `describe` when TEST_DATABASE_URL is set, `describe.skip` otherwise. */
export const describeWithPostgres = TEST_DATABASE_URL ? describe : describe.skip;

export { createTempDatabase, type TempDatabase } from './temp-database';
