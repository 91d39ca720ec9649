/// <reference lib="dom" />
/**
 * The local preview driven as an admin would: the settings page (the real extension, in its own frame) changes
 * the active-waiting cadence and the next plan uses it; a backfill from the settings page, then the win-back
 * dashboard (app home, its own frame) with its charts drawn. Saves the settings and dashboard screenshots.
 */
import path from 'node:path';
import { describeWithBrowser, openPreview, SCREENSHOTS, surface, waitFor, waitForText, type PreviewSession } from './browser-harness';

jest.setTimeout(240_000);
const DAY_MS = 86_400_000;

describeWithBrowser('local preview: an admin sets Regain up', () => {
  let s: PreviewSession;
  beforeAll(async () => {
    s = await openPreview();
  }, 120_000);
  afterAll(async () => s?.close(), 60_000);

  it('changes the active-waiting cadence, and the next plan follows it', async () => {
    const { page } = s;
    // Reminders count from the day the plan is made: 100 and 200 days later (the defaults are 30-730 by segment).
    const cadence = [100, 200];
    await page.goto(s.url('/preview/settings'));
    const settings = surface(page, 'settings');
    const cadences = settings.locator('[data-testid^="settings-cadence-"]');
    await cadences.first().waitFor();
    for (let i = 0; i < (await cadences.count()); i++) await cadences.nth(i).fill(cadence.join(', '));
    await settings.getByTestId('settings-save').click();
    await waitForText(page.getByTestId('host-alert').last(), /Settings saved/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'settings.png'), fullPage: true });

    // An open deal lost now, with a reason that names a cheaper competitor: its plan has the new reminders.
    const open = s.regain.sandbox!.truth(s.portalId).find((t) => t.status === 'open')!;
    await page.goto(s.url(`/preview/deals/${open.dealId}`));
    await page.getByTestId('lost-reason').fill('They switched to a competitor that offered a much lower price for the same service.');
    await page.getByTestId('mark-lost').click();
    await waitForText(page.getByTestId('deal-stage'), /./);
    await waitFor('the deal to be closed lost', () => page.getByTestId('deal-stage').getAttribute('data-outcome'), (o) => o === 'closed_lost');
    const webhooks = s.regain.sandbox!.webhooks.events().filter((e) => String(e.objectId) === open.dealId && e.propertyName === 'dealstage');
    expect(webhooks.length).toBeGreaterThan(0);

    const card = surface(page, 'card');
    await card.getByTestId('plan-preview').waitFor({ timeout: 60_000 });
    const reminders = card.locator('[data-testid="active-waiting"] [data-testid^="reminder-"]');
    await reminders.first().waitFor();
    const today = s.regain.sandbox!.clock.now();
    const days = (await reminders.allTextContents()).map((t) => /^(\d{4}-\d{2}-\d{2})/.exec(t.trim())?.[1]);
    for (const n of cadence) expect(days).toContain(new Date(today + n * DAY_MS).toISOString().slice(0, 10));
  });

  it('shows the win-back dashboard with its charts after a backfill', async () => {
    const { page } = s;
    await page.goto(s.url('/preview/settings'));
    const settings = surface(page, 'settings');
    await settings.getByTestId('backfill-start').click();
    await waitForText(settings.getByTestId('backfill-status'), /finished|complete|done/i, 120_000);

    await page.goto(s.url('/preview/home'));
    const home = surface(page, 'home');
    const bars = home.locator('[data-testid="home-lost-by-segment"][data-chart="bar"]');
    await bars.waitFor({ timeout: 60_000 });
    expect(Number(await bars.getAttribute('data-points'))).toBeGreaterThan(0);
    // Chart.js drew on the canvas: some pixel is not transparent.
    const painted = await bars.locator('canvas').evaluate((c) => {
      const canvas = c as HTMLCanvasElement;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      return data.some((v, i) => i % 4 === 3 && v > 0);
    });
    expect(painted).toBe(true);
    expect(await home.locator('.pv-placeholder').count()).toBe(0);
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard.png'), fullPage: true });
  });
});
