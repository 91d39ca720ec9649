/**
 * A throwaway PostgreSQL database per suite: created from TEST_DATABASE_URL's server, dropped after.
 * Suites that need it are skipped when TEST_DATABASE_URL is not set, with a mark in their title that
 * the jest reporter (test/jest/postgres-skip-reporter.js) counts to say so at the end of the run.
 */

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

/** Appended to a skipped suite's title; the reporter looks for exactly this text. */
export const POSTGRES_SKIP_MARK = '[skipped: needs TEST_DATABASE_URL]';

/** `describe` when TEST_DATABASE_URL is set, else `describe.skip` with POSTGRES_SKIP_MARK in the title. */
export const describeWithPostgres: (name: string, fn: () => void) => void = TEST_DATABASE_URL
  ? (name, fn) => describe(name, fn)
  : (name, fn) => describe.skip(`${name} ${POSTGRES_SKIP_MARK}`, fn);

export { createTempDatabase, type TempDatabase } from './temp-database';
