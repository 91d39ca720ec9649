/**
 * `regain check-project`: never "ready for hs project upload" while a profile still holds a placeholder
 * (accountId 0, a URL on a reserved example host); the local profile's are warnings, production's errors.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isReservedHost } from '../../../server/project/profile-values';
import { runCli } from '../../server/cli/run-cli';
import { BUILD_TEST_TIMEOUT_MS, copyProject, INSTALL_CACHE_DIR, repoRoot, type ProjectCopy } from './project-copy';

const READY = /ready for `hs project upload/;

/** What an operator fills in: the account ids, the backend's public origin, the support contact. */
function fillIn(project: ProjectCopy, which: 'local' | 'both'): void {
  project.editJson('hsprofile.local.json', (j) => (j.accountId = 12345678));
  if (which === 'local') return;
  project.editJson('hsprofile.production.json', (j) => {
    j.accountId = 87654321;
    j.variables.REGAIN_API_BASE_URL = 'https://regain.acme-apps.com';
    j.variables.REGAIN_OAUTH_REDIRECT_URL = 'https://regain.acme-apps.com/oauth/callback';
  });
  project.editJson('app/app-hsmeta.json', (j) => {
    j.config.support = { supportEmail: 'help@acme-apps.com', documentationUrl: 'https://acme-apps.com/regain/docs', supportUrl: 'https://acme-apps.com/support' };
  });
}

describe('regain check-project and placeholders', () => {
  test('the repository as it is: lists every placeholder, production ones as errors, and never says ready', async () => {
    const r = await runCli(['check-project', '--dir', repoRoot, '--no-build']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/profile production: application regain-app, card regain-lost-deal-card/);
    expect(r.stdout).toMatch(/^build: skipped \(--no-build\)$/m);
    expect(r.stdout).not.toMatch(READY);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^warning: \[local\] accountId is still a placeholder \(0\)/));
    expect(lines).toContainEqual(expect.stringMatching(/^error: \[production\] accountId is still a placeholder \(0\)/));
    expect(lines).toContainEqual(expect.stringMatching(/^error: \[production\] REGAIN_API_BASE_URL is still a placeholder \(https:\/\/api\.regain\.example\)/));
    expect(lines).toContainEqual(expect.stringMatching(/^error: \[production\] REGAIN_OAUTH_REDIRECT_URL is still a placeholder \(https:\/\/api\.regain\.example\/oauth\/callback\)/));
    expect(lines).toContainEqual(expect.stringMatching(/^warning: \[production\] regain-app config\.support\.supportEmail is still a placeholder \(support@regain\.example\)/));
    // The local profile's dev origin is proxied to the local backend by app/local.json: not a placeholder.
    expect(r.stderr).not.toMatch(/\[local\] REGAIN_API_BASE_URL/);
    expect(lines.filter((l) => l.startsWith('error:'))).toHaveLength(3);
    expect(r.stdout).toMatch(/^3 problem\(s\)$/m);
  });

  test('--allow-placeholders (the repository template in CI) passes, still lists them, and does not say ready', async () => {
    const r = await runCli(['check-project', '--dir', repoRoot, '--no-build', '--allow-placeholders', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ ok: true, errors: [], readyProfiles: [], build: null });
    expect(json.placeholders.map((p: { profile: string; field: string; severity: string }) => `${p.profile} ${p.field} ${p.severity}`)).toEqual([
      'local accountId warning',
      'production accountId error',
      'production REGAIN_API_BASE_URL error',
      'production REGAIN_OAUTH_REDIRECT_URL error',
      'production regain-app config.support.supportEmail warning',
      'production regain-app config.support.documentationUrl warning',
      'production regain-app config.support.supportUrl warning',
    ]);
  });

  test(
    'with only the local account id set: builds, ready for the local profile only',
    async () => {
      const project = copyProject();
      try {
        fillIn(project, 'local');
        const r = await runCli(['check-project', '--dir', project.root, '--allow-placeholders', '--install-cache', INSTALL_CACHE_DIR]);
        expect(r.stderr).not.toMatch(/^error:/m);
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(/^build: card regain-lost-deal-card \/app\/cards\/LostDealCard\.tsx: ok \(/m);
        expect(r.stdout).toMatch(/not ready for `hs project upload` with profile production until the placeholders above are set; ready for `hs project upload --profile local`$/m);
      } finally {
        project.remove();
      }
    },
    BUILD_TEST_TIMEOUT_MS,
  );

  test(
    'every value filled in: builds and says ready for hs project upload',
    async () => {
      const project = copyProject();
      try {
        fillIn(project, 'both');
        const r = await runCli(['check-project', '--dir', project.root, '--install-cache', INSTALL_CACHE_DIR]);
        expect(r.stderr).toBe('');
        expect(r.stdout).toMatch(/^ok: the project is ready for `hs project upload`$/m);
        expect(r.code).toBe(0);
      } finally {
        project.remove();
      }
    },
    BUILD_TEST_TIMEOUT_MS,
  );

  test('a redirect URL on another origin than the backend, and a dev origin local.json does not proxy', async () => {
    const project = copyProject();
    try {
      fillIn(project, 'both');
      project.editJson('hsprofile.production.json', (j) => (j.variables.REGAIN_OAUTH_REDIRECT_URL = 'https://other.acme-apps.com/oauth/callback'));
      project.write('app/local.json', JSON.stringify({ proxy: {} }));
      const r = await runCli(['check-project', '--dir', project.root, '--no-build']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/error: \[production\] REGAIN_OAUTH_REDIRECT_URL https:\/\/other\.acme-apps\.com\/oauth\/callback must be https:\/\/regain\.acme-apps\.com\/oauth\/callback/);
      // Without the proxy, HubSpot itself would have to reach the dev origin.
      expect(r.stderr).toMatch(/warning: \[local\] REGAIN_API_BASE_URL is still a placeholder \(https:\/\/regain-dev\.example\)/);
    } finally {
      project.remove();
    }
  });

  test('no project, and bad options', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'regain-none-'));
    try {
      const bad = await runCli(['check-project', '--dir', empty, '--json']);
      expect(bad.code).toBe(1);
      expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, errors: [expect.stringMatching(/hsproject\.json not found/)] });
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
    const unknown = await runCli(['check-project', '--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option --bogus/);
    expect((await runCli(['check-project', '--no-build=yes'])).stderr).toMatch(/--no-build takes no value/);
    expect((await runCli(['check-project', '--install-cache'])).stderr).toMatch(/--install-cache needs a value/);
  });
});

test('reserved example hosts (RFC 2606 / 6761) are placeholders; real hosts and localhost are not', () => {
  for (const host of ['api.regain.example', 'regain.example', 'example.com', 'www.example.org', 'x.test', 'y.invalid']) expect(isReservedHost(host)).toBe(true);
  for (const host of ['regain.acme-apps.com', 'notexample.com', 'example.company', 'localhost', 'app.hubspot.com']) expect(isReservedHost(host)).toBe(false);
});
