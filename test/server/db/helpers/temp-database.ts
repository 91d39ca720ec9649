/**
 * A throwaway PostgreSQL database: `regain_test_<random>` created on the server of `adminUrl`, dropped by
 * `drop()`. No jest globals here, so scripts (test/reliability/fault-run.ts) use it too.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface TempDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createTempDatabase(adminUrl: string, prefix = 'regain_test'): Promise<TempDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (c) => c.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => withAdmin(adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined) };
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

/** Runs `fn` with a throwaway database's URL and drops the database afterwards, whatever happens. */
export async function withTemporaryDatabase<T>(adminUrl: string, fn: (url: string) => Promise<T>, prefix = 'regain_test'): Promise<T> {
  const temp = await createTempDatabase(adminUrl, prefix);
  try {
    return await fn(temp.url);
  } finally {
    await temp.drop();
  }
}
