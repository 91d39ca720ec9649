/**
 * Jest reporter: says in one line which tests were skipped because they need PostgreSQL and
 * TEST_DATABASE_URL is not set, and how to run them. Without it `npm test` skips them with no word
 * beyond "skipped" in the totals.
 *
 * A test counts when one of its describe titles carries POSTGRES_SKIP_MARK, which
 * `describeWithPostgres` (test/server/db/helpers/temp-postgres.ts) adds to the suites it skips.
 */
const path = require('node:path');

/** Appended to the title of a suite skipped for want of TEST_DATABASE_URL (same text in temp-postgres.ts). */
const POSTGRES_SKIP_MARK = '[skipped: needs TEST_DATABASE_URL]';
const EXAMPLE_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** The notice for a run's results, or null when nothing was skipped for want of PostgreSQL. */
function postgresSkipNotice(results, rootDir, env = process.env) {
  if (env.TEST_DATABASE_URL) return null;
  let tests = 0;
  const files = [];
  for (const file of results.testResults ?? []) {
    const skipped = (file.testResults ?? []).filter((t) => t.status === 'pending' && (t.ancestorTitles ?? []).some((title) => title.includes(POSTGRES_SKIP_MARK)));
    if (skipped.length === 0) continue;
    tests += skipped.length;
    files.push(path.relative(rootDir, file.testFilePath).split(path.sep).join('/'));
  }
  if (tests === 0) return null;
  const dirs = [...new Set(files.map((f) => path.posix.dirname(f)))].sort();
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `PostgreSQL not configured: ${plural(tests, 'test')} in ${plural(files.length, 'suite')} skipped (TEST_DATABASE_URL is not set). Run them with: TEST_DATABASE_URL=${EXAMPLE_URL} npx jest ${dirs.join(' ')}`;
}

class PostgresSkipReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const notice = postgresSkipNotice(results, this.rootDir);
    if (notice) process.stderr.write(`\n${notice}\n`);
  }
}

module.exports = PostgresSkipReporter;
module.exports.postgresSkipNotice = postgresSkipNotice;
module.exports.POSTGRES_SKIP_MARK = POSTGRES_SKIP_MARK;
