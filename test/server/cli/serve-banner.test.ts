/**
 * `regain serve`'s banner in sandbox mode: the local preview's URL first, then the backend and the database it
 * really uses; the preview answers at that URL.
 */
import { freePort, startServe } from '../lifecycle/serve-process';

jest.setTimeout(120_000);

it('puts the preview URL first and names the database, and the preview answers there', async () => {
  const port = await freePort();
  const regain = await startServe({ PORT: String(port) });
  try {
    const lines = regain.output().split('\n').filter((l) => l.trim() && !l.startsWith('{'));
    expect(lines[0]).toBe(`Open the local HubSpot preview: http://127.0.0.1:${port}/preview   (deals, the Regain card, settings and dashboard)`);
    expect(lines).toContain('Database: embedded PGlite, in memory: gone when it stops (set DATA_DIR or DATABASE_URL to keep it)');
    const page = await fetch(`http://127.0.0.1:${port}/preview`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Regain - local HubSpot preview');
  } finally {
    regain.child.kill('SIGTERM');
    await regain.exited;
  }
});
