/**
 * Jest reporter: one line when the browser suite (test/browser) was skipped because this machine has no
 * Chromium, and how to get it. A suite counts when a describe title carries BROWSER_SKIP_MARK
 * (`describeWithBrowser` in test/browser/browser-harness.ts adds it).
 */
const BROWSER_SKIP_MARK = '[skipped: no Chromium]';

class BrowserSkipReporter {
  onRunComplete(_contexts, results) {
    let tests = 0;
    for (const file of results.testResults ?? []) {
      tests += (file.testResults ?? []).filter((t) => t.status === 'pending' && (t.ancestorTitles ?? []).some((title) => title.includes(BROWSER_SKIP_MARK))).length;
    }
    if (tests === 0) return;
    process.stderr.write(`Browser suite skipped: no Chromium found (${tests} test${tests === 1 ? '' : 's'} in test/browser). Install it with: apt-get install -y chromium (or set REGAIN_CHROMIUM to a Chromium binary), then: npx jest test/browser\n`);
  }
}

module.exports = BrowserSkipReporter;
