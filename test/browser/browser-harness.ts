/**
 * The browser suite's harness: Debian's Chromium driven by playwright-core (headless, no sandbox, a fresh
 * profile), and Regain started in sandbox mode with the local preview. Without a browser the suite skips with
 * one message; with REGAIN_REQUIRE_BROWSER=1 (.ci/run) a missing browser fails it instead.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { chromium, type BrowserContext, type FrameLocator, type Page } from 'playwright-core';
import { startRegain, type RunningRegain } from '../../server/main';

// REGAIN_CHROMIUM names another binary; REGAIN_CHROMIUM=none plays a machine without a browser.
const CANDIDATES = process.env.REGAIN_CHROMIUM === 'none' ? [] : [process.env.REGAIN_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));

/** The Chromium binary to drive, or null when this machine has none. */
export function findChromium(): string | null {
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

const chromiumPath = findChromium();
if (!chromiumPath && process.env.REGAIN_REQUIRE_BROWSER === '1') {
  throw new Error(`REGAIN_REQUIRE_BROWSER=1 but no Chromium at ${CANDIDATES.join(', ') || '(REGAIN_CHROMIUM=none)'} (apt-get install -y chromium)`);
}

/** Appended to the title of a browser suite skipped for want of Chromium (same text in test/jest/browser-skip-reporter.js). */
export const BROWSER_SKIP_MARK = '[skipped: no Chromium]';

/** `describe` when a browser is found; otherwise `describe.skip`, marked so the reporter says it once for the run. */
export const describeWithBrowser = (title: string, fn: () => void) => (chromiumPath ? describe(title, fn) : describe.skip(`${title} ${BROWSER_SKIP_MARK}`, fn));

/**
 * Where the tests save their screenshots: test-artifacts/screenshots (ignored by git), or the README's
 * docs/screenshots with REGAIN_UPDATE_SCREENSHOTS=1, so an ordinary test run leaves the work tree clean.
 */
export const SCREENSHOTS = process.env.REGAIN_UPDATE_SCREENSHOTS === '1'
  ? path.join(__dirname, '..', '..', 'docs', 'screenshots')
  : path.join(__dirname, '..', '..', 'test-artifacts', 'screenshots');

export interface PreviewSession {
  regain: RunningRegain;
  context: BrowserContext;
  page: Page;
  portalId: number;
  /** A preview URL on the backend for a path such as `/preview/settings`. */
  url(pathname: string): string;
  close(): Promise<void>;
}

/** Starts Regain in sandbox mode (demo seed, Regain installed) and a headless Chromium on a fresh profile. */
export async function openPreview(): Promise<PreviewSession> {
  const regain = await startRegain({ PORT: '0', LOG_LEVEL: 'silent' }, { logger: pino({ level: 'silent' }), pollingIntervalSeconds: 0.5 });
  const portalId = regain.sandbox!.portals()[0]!.portalId;
  for (const p of regain.sandbox!.portals()) await regain.installSandboxPortal(p.portalId);
  const profile = mkdtempSync(path.join(tmpdir(), 'regain-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath!,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1360, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(30_000);
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  return {
    regain, context, page, portalId,
    url: (pathname) => `${regain.url}${pathname}${pathname.includes('?') ? '&' : '?'}portal=${portalId}`,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
      await regain.close();
      if (errors.length) throw new Error(`the page threw: ${errors.join('; ')}`);
    },
  };
}

/** The frame an extension surface runs in. */
export const surface = (page: Page, name: 'card' | 'settings' | 'home'): FrameLocator => page.frameLocator(`[data-testid="frame-${name}"]`);

/** Polls `read` until `accept` holds (then returns the value) or fails after `timeoutMs` with the last value seen. */
export async function waitFor<T>(what: string, read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await read();
    if (accept(last)) return last;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(last)} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Waits until the element's text matches. */
export async function waitForText(locator: { textContent(): Promise<string | null>; waitFor(): Promise<void> }, pattern: RegExp, timeoutMs = 30_000): Promise<string> {
  await locator.waitFor();
  return waitFor(`text matching ${pattern}`, async () => (await locator.textContent()) ?? '', (t) => pattern.test(t), timeoutMs);
}
