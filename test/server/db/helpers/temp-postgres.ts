/**
 * A throwaway PostgreSQL database per suite: created from TEST_DATABASE_URL's server, dropped after.
 * Suites that need it are skipped when TEST_DATABASE_URL is not set.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

/** `describe` when TEST_DATABASE_URL is set, `describe.skip` otherwise. */
export const describeWithPostgres = TEST_DATABASE_URL ? describe : describe.skip;

export interface TempDatabase {
  url: string;
  drop(): Promise<void>;
}

/** Creates `regain_test_<random>` on the server of `adminUrl` and returns its URL. */
export async function createTempDatabase(adminUrl: string): Promise<TempDatabase> {
  const name = `regain_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (c) => c.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withAdmin(adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}

async function withAdmin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
