/// <reference lib="dom" />
/**
 * The local preview driven as a rep would: a closed-lost deal's record page, the Regain card in its tab (the
 * real extension in a worker, through the signing proxy), correcting the segment, confirming, the plan
 * preview, creating the plan, its tasks on the timeline exactly once, stopping it and the open reminders going.
 */
import path from 'node:path';
import { describeWithBrowser, openPreview, SCREENSHOTS, surface, waitFor, waitForText, type PreviewSession } from './browser-harness';

jest.setTimeout(180_000);

describeWithBrowser('local preview: a rep wins back a lost customer', () => {
  let s: PreviewSession;
  beforeAll(async () => {
    s = await openPreview();
  }, 120_000);
  afterAll(async () => s?.close(), 60_000);

  it('goes from a closed-lost deal to a written plan and back', async () => {
    const { page } = s;
    await page.goto(s.url('/preview'));
    await waitForText(page.getByTestId('preview-label'), /local preview/i);
    // The index opens on closed-lost deals; every row is one.
    const rows = page.locator('[data-testid^="deal-row-"]');
    await rows.first().waitFor();
    expect(await page.locator('[data-testid^="deal-row-"]:not([data-outcome="closed_lost"])').count()).toBe(0);
    await page.getByTestId('filter-open').click();
    await page.locator('[data-testid^="deal-row-"][data-outcome="open"]').first().waitFor();
    expect(await page.locator('[data-testid^="deal-row-"]:not([data-outcome="open"])').count()).toBe(0);
    await page.getByTestId('filter-closed_lost').click();
    await page.locator('[data-testid^="deal-row-"][data-outcome="closed_lost"]').first().waitFor();
    await page.locator('[data-testid^="deal-row-"] a').first().click();
    await page.waitForURL(/\/preview\/deals\/\d+/);
    const dealId = /deals\/(\d+)/.exec(page.url())![1]!;

    const card = surface(page, 'card');
    await card.getByTestId('segment-suggested').waitFor();
    expect(await card.getByTestId('evidence-list').locator('li').count()).toBeGreaterThan(0);
    const select = card.getByTestId('segment-select');
    const suggested = await select.inputValue();
    const other = await select.locator('option').evaluateAll((opts, current) => (opts as HTMLOptionElement[]).map((o) => o.value).find((v) => v && v !== current && v !== 'undetermined'), suggested);
    await select.selectOption(other!);
    await card.getByTestId('confirm-analysis').click();
    await waitForText(card.getByTestId('analysis-status'), /confirm/i);
    expect(await card.getByTestId('segment-select').inputValue()).toBe(other);

    // The plan preview for the corrected segment, then the plan written by the job.
    await card.getByTestId('plan-preview').waitFor();
    const planned = Number(/(\d+) tasks?/.exec((await card.getByTestId('plan-task-count').textContent()) ?? '')![1]);
    expect(planned).toBeGreaterThan(0);
    await card.getByTestId('create-plan').click();
    await card.getByTestId('plan-progress').waitFor();
    await page.getByTestId('tab-activities').click();
    const tasks = page.locator('[data-testid="activity-task"]');
    await waitFor('tasks on the timeline', () => tasks.count(), (n) => n >= planned, 60_000);
    await page.waitForTimeout(3000);
    expect(await tasks.count()).toBe(planned);
    const inHubSpot = s.regain.sandbox!.listObjects(s.portalId, 'tasks').filter((t) => !t.archived && t.associations.deals?.some((d) => d.id === dealId));
    expect(inHubSpot).toHaveLength(planned);
    // Ten days later (the sandbox clock, which the backend follows) the first tasks are overdue.
    expect(await page.locator('[data-testid="activity-task"][data-overdue="true"]').count()).toBe(0);
    await page.getByTestId('advance-days').fill('10');
    await page.getByTestId('advance-clock').click();
    const overdue = await waitFor('tasks coming due', () => page.locator('[data-testid="activity-task"][data-overdue="true"]').count(), (n) => n > 0);
    expect(overdue).toBeLessThan(planned);
    await page.getByTestId('tab-regain').click();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'card.png'), fullPage: true });

    // Stopping the plan cancels its open future reminders: those tasks leave the timeline, the overdue ones stay.
    await card.getByTestId('stop-plan').click();
    await card.getByTestId('confirm-stopped').click();
    await page.getByTestId('host-alert').first().waitFor();
    await page.getByTestId('tab-activities').click();
    await waitFor('tasks left on the timeline', () => tasks.count(), (n) => n === overdue);
    expect(await page.locator('[data-testid="activity-task"][data-overdue="false"]').count()).toBe(0);
  });
});

