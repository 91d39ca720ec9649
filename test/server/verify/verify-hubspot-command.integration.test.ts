/**
 * `regain verify-hubspot` through the CLI entry point with a production configuration pointed at the
 * sandbox (HUBSPOT_API_BASE_URL) and a PostgreSQL database holding the install: exit 0 when nothing
 * differs, 1 on a difference, 2 with one line on bad input, configuration or connection problems.
 */
import { startSandbox, type Sandbox } from '../../../sandbox';
import { REGAIN_SCOPES } from '../../../server/app-deps';
import { provisionRegainProperties } from '../../../server/hubspot/regain-properties';
import { openRegainWorkspace } from '../../../server/main';
import { runCli } from '../cli/run-cli';
import { createTempDatabase, describeWithPostgres, TEST_DATABASE_URL, type TempDatabase } from '../db/helpers/temp-postgres';
import { hubspotPort } from '../../../server/hubspot/port/sdk-port';

const CLIENT_ID = 'regain-verify-client';
const SECRET = 'verify-client-secret-0123456789';
const KEYS = ['HUBSPOT_CLIENT_ID', 'HUBSPOT_CLIENT_SECRET', 'HUBSPOT_API_BASE_URL', 'PUBLIC_BASE_URL', 'DATABASE_URL', 'DATA_DIR', 'ENCRYPTION_KEY', 'LOG_LEVEL'];
const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));
const setEnv = (vars: Record<string, string | undefined>) => {
  for (const k of KEYS) delete process.env[k];
  for (const [k, v] of Object.entries(vars)) if (v !== undefined) process.env[k] = v;
};
afterAll(() => setEnv(saved));

describe('regain verify-hubspot: bad input', () => {
  beforeEach(() => setEnv({}));
  it.each([
    [['verify-hubspot'], /--portal <id> is required/],
    [['verify-hubspot', '--portal', '12ab'], /--portal must be a numeric/],
    [['verify-hubspot', '--portal', '1', '--bogus'], /unknown option --bogus/],
    [['verify-hubspot', '--portal', '1'], /production settings: set HUBSPOT_CLIENT_ID/],
  ])('%j exits 2 with one line', async (argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });
});

describeWithPostgres('regain verify-hubspot against the sandbox', () => {
  let sandbox: Sandbox;
  let db: TempDatabase;
  let portalId: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 'demo', rateLimit: { max: 5000 }, app: { clientId: CLIENT_ID, clientSecret: SECRET, scopes: REGAIN_SCOPES.required } });
    db = await createTempDatabase(TEST_DATABASE_URL!);
    env = {
      HUBSPOT_CLIENT_ID: CLIENT_ID, HUBSPOT_CLIENT_SECRET: SECRET, HUBSPOT_API_BASE_URL: sandbox.url, PUBLIC_BASE_URL: 'https://regain.test',
      DATABASE_URL: db.url, ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'), LOG_LEVEL: 'silent',
    };
    portalId = String(sandbox.portals()[0]!.portalId);
    // The install as the OAuth callback stores it, and the properties the provisioning job creates.
    const ws = await openRegainWorkspace(env);
    const tokens = sandbox.installApp(Number(portalId), { scopes: REGAIN_SCOPES.required });
    const now = new Date();
    await ws.stores.installations.save({
      portalId, accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt: new Date(now.getTime() + tokens.expiresIn * 1000),
      scopes: REGAIN_SCOPES.required, status: 'active', hubDomain: null, installedAt: now, updatedAt: now,
    });
    await provisionRegainProperties(hubspotPort(ws.clientFor(portalId)));
    await ws.close();
  });
  afterAll(async () => {
    await sandbox?.close();
    await db?.drop();
  });
  beforeEach(() => setEnv(env));
  afterEach(() => sandbox.setVariants({ stagesWithoutProbability: false }));

  it('exits 0 and prints the table when every assumption holds', async () => {
    const r = await runCli(['verify-hubspot', '--portal', portalId]);
    expect(r.stdout).toMatch(/^status\s+area\s+assumption\s+HubSpot answered/);
    expect(r.stdout).toMatch(new RegExp(`portal ${portalId}: \\d+ ok, 0 different, \\d+ skipped`));
    expect(r.stderr).toMatch(/deleted test deal \d+/);
    expect(r.code).toBe(0);
  }, 30_000);

  it('exits 1 on a difference; --json gives the rows', async () => {
    sandbox.setVariants({ stagesWithoutProbability: true });
    const r = await runCli(['verify-hubspot', '--portal', portalId, '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { counts: { different: number }; rows: Array<{ area: string; status: string }> };
    expect(out.counts.different).toBeGreaterThanOrEqual(1);
    expect(out.rows.find((x) => x.area === 'pipelines')?.status).toBe('different');
  }, 30_000);

  it('exits 2 with one line for a portal Regain is not installed in', async () => {
    const r = await runCli(['verify-hubspot', '--portal', '999']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^regain verify-hubspot: Regain is not installed in portal 999/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 with one line when HubSpot cannot be reached', async () => {
    setEnv({ ...env, HUBSPOT_API_BASE_URL: 'http://127.0.0.1:9' });
    const r = await runCli(['verify-hubspot', '--portal', portalId]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^regain verify-hubspot: HubSpot could not be reached/)]);
    expect(r.stdout).toBe('');
  }, 30_000);
});
