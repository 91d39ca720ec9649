/**
 * `npm test` without TEST_DATABASE_URL says in one line which PostgreSQL suites it skipped and how to run
 * them (test/jest/postgres-skip-reporter.js), counting what `describeWithPostgres` marked.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { POSTGRES_SKIP_MARK } from '../db/helpers/temp-postgres';

type Result = { testFilePath: string; testResults: Array<{ status: string; ancestorTitles: string[] }> };
const { postgresSkipNotice, POSTGRES_SKIP_MARK: reporterMark } = require('../../jest/postgres-skip-reporter') as {
  postgresSkipNotice(results: { testResults: Result[] }, rootDir: string, env?: Record<string, string | undefined>): string | null;
  POSTGRES_SKIP_MARK: string;
};
const ROOT = path.resolve(__dirname, '../../..');
const file = (rel: string, tests: Array<[string, string]>): Result => ({
  testFilePath: path.join(ROOT, rel),
  testResults: tests.map(([status, title]) => ({ status, ancestorTitles: [title] })),
});

describe('postgresSkipNotice', () => {
  it('uses the same mark as describeWithPostgres', () => {
    expect(reporterMark).toBe(POSTGRES_SKIP_MARK);
  });

  it('counts only tests skipped for want of PostgreSQL, and names where they are', () => {
    const pg = `stores ${POSTGRES_SKIP_MARK}`;
    const results = {
      testResults: [
        file('test/server/db/a.integration.test.ts', [['pending', pg], ['pending', pg], ['passed', 'PGlite']]),
        file('test/reliability/b.integration.test.ts', [['pending', pg]]),
        file('test/server/c.test.ts', [['pending', 'skipped for another reason'], ['passed', 'x']]),
      ],
    };
    expect(postgresSkipNotice(results, ROOT, {})).toBe(
      'PostgreSQL not configured: 3 tests in 2 suites skipped (TEST_DATABASE_URL is not set). Run them with: TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx jest test/reliability test/server/db',
    );
  });

  it('says nothing when TEST_DATABASE_URL is set or nothing was skipped for it', () => {
    const results = { testResults: [file('test/server/db/a.integration.test.ts', [['pending', `s ${POSTGRES_SKIP_MARK}`]])] };
    expect(postgresSkipNotice(results, ROOT, { TEST_DATABASE_URL: 'postgres://x' })).toBeNull();
    expect(postgresSkipNotice({ testResults: [file('test/x.test.ts', [['passed', 'a'], ['pending', 'b']])] }, ROOT, {})).toBeNull();
  });
});

it('prints the notice at the end of a real jest run without TEST_DATABASE_URL', () => {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'TEST_DATABASE_URL'));
  const run = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), 'test/server/db/portal-lock.integration.test.ts', '--selectProjects', 'core'], { cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 });
  expect(run.status).toBe(0);
  const lines = run.stderr.split('\n').filter((l) => l.startsWith('PostgreSQL not configured:'));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^PostgreSQL not configured: \d+ tests in 1 suite skipped \(TEST_DATABASE_URL is not set\)\. Run them with: TEST_DATABASE_URL=\S+ npx jest test\/server\/db$/);
}, 120_000);
