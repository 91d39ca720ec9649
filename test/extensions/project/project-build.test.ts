/**
 * The project builds the way HubSpot builds it after `hs project upload`: srcDir copied alone, only the
 * component folders installed (from the npm registry), and HubSpot's own UI-extension build
 * (`remoteBuild`, @hubspot/ui-extensions-dev-server 2.1.2) on every UI entrypoint.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkHubSpotProject, type ProjectCheckResult } from '../../../server/project/check-hubspot-project';
import { BUILD_TEST_TIMEOUT_MS, copyProject, INSTALL_CACHE_DIR, repoRoot } from './project-copy';

const build = { installCacheDir: INSTALL_CACHE_DIR };
const buildErrors = (r: ProjectCheckResult) => r.errors.filter((e) => e.startsWith('[build]'));

describe('the real project, built from srcDir alone', () => {
  let result: ProjectCheckResult;
  beforeAll(async () => {
    result = await checkHubSpotProject(repoRoot, { build, allowPlaceholders: true });
  }, BUILD_TEST_TIMEOUT_MS);

  test('installs each component folder, and nothing else', () => {
    // A failed install quotes npm (and says when the registry is out of reach) right here.
    expect(result.errors).toEqual([]);
    expect(result.build!.installs.map((i) => [i.folder, i.ok])).toEqual([
      ['app/cards', true],
      ['app/pages', true],
      ['app/settings', true],
    ]);
  });

  test('builds the card, the settings page and the home page with HubSpot\'s build; type imports from outside srcDir are erased', () => {
    const builds = result.build!.builds;
    expect(builds.map((b) => [b.type, b.uid, b.entrypoint, b.ok]).sort()).toEqual([
      ['CARD', 'regain-lost-deal-card', '/app/cards/LostDealCard.tsx', true],
      ['PAGE', 'regain-home', '/app/pages/Home.tsx', true],
      ['SETTINGS', 'regain-settings', '/app/settings/SettingsPage.tsx', true],
    ]);
    // Real bundles: React components and the helpers from app/shared are in them.
    for (const b of builds) expect(b.bytes).toBeGreaterThan(5_000);
    expect(result.ok).toBe(true);
  });
});

describe('a project that HubSpot could not build', () => {
  test(
    'a runtime import that escapes srcDir, and a helper folder importing a package it has no install of, name the component and quote the build',
    async () => {
      const project = copyProject();
      try {
        // app/shared has no package.json: at HubSpot it has no node_modules, so this import cannot resolve there
        // (in the repository it would, through the root node_modules: only the srcDir-alone build sees it).
        project.write('app/shared/hubspot-runtime.ts', "import { hubspot } from '@hubspot/ui-extensions';\nexport const shared = hubspot;\n");
        project.write('app/cards/LostDealCard.tsx', `${project.read('app/cards/LostDealCard.tsx')}\nimport { shared } from '../shared/hubspot-runtime';\nexport const keep = shared;\n`);
        // A value (not a type) from the backend's folder, outside srcDir.
        project.write('app/pages/Home.tsx', `${project.read('app/pages/Home.tsx')}\nimport { DEFAULT_SETTINGS } from '../../../src/settings';\nexport const keepSettings = DEFAULT_SETTINGS;\n`);
        const r = await checkHubSpotProject(project.root, { build, allowPlaceholders: true });
        expect(r.ok).toBe(false);
        const errors = buildErrors(r);
        expect(errors).toHaveLength(2);
        expect(errors).toContainEqual(expect.stringMatching(/^\[build\] card regain-lost-deal-card \(\/app\/cards\/LostDealCard\.tsx\) does not build from extensions\/ alone: .*"@hubspot\/ui-extensions" is imported by "extensions\/app\/shared\/hubspot-runtime\.ts", but "@hubspot\/ui-extensions" cannot be resolved/));
        expect(errors).toContainEqual(expect.stringMatching(/^\[build\] page regain-home \(\/app\/pages\/Home\.tsx\) does not build from extensions\/ alone: .*\.\.\/\.\.\/\.\.\/src\/settings/));
        // The settings page was not touched and still builds.
        expect(r.build!.builds.find((b) => b.uid === 'regain-settings')!.ok).toBe(true);
      } finally {
        project.remove();
      }
    },
    BUILD_TEST_TIMEOUT_MS,
  );

  test(
    'a file that resolves here but lies outside srcDir (an absolute path) is caught in the bundle\'s manifest',
    async () => {
      const project = copyProject();
      const outside = mkdtempSync(path.join(tmpdir(), 'regain-outside-'));
      try {
        writeFileSync(path.join(outside, 'value.ts'), 'export const OUTSIDE = 42;\n');
        project.write('app/settings/SettingsPage.tsx', `${project.read('app/settings/SettingsPage.tsx')}\nimport { OUTSIDE } from '${path.join(outside, 'value')}';\nexport const keepOutside = OUTSIDE;\n`);
        const r = await checkHubSpotProject(project.root, { build, allowPlaceholders: true });
        expect(buildErrors(r)).toEqual([
          expect.stringMatching(new RegExp(`^\\[build\\] settings regain-settings \\(/app/settings/SettingsPage\\.tsx\\) does not build from extensions/ alone: the bundle includes files from outside srcDir, which HubSpot never receives: ${outside}/value\\.ts$`)),
        ]);
      } finally {
        project.remove();
        rmSync(outside, { recursive: true, force: true });
      }
    },
    BUILD_TEST_TIMEOUT_MS,
  );

  test(
    'a tsconfig.json that extends a file above srcDir fails every UI build',
    async () => {
      const project = copyProject();
      try {
        project.write('tsconfig.json', JSON.stringify({ extends: '../tsconfig.extensions.json' }));
        const r = await checkHubSpotProject(project.root, { build, allowPlaceholders: true });
        const errors = buildErrors(r);
        expect(errors).toHaveLength(3);
        for (const e of errors) expect(e).toMatch(/failed to resolve "extends":"\.\.\/tsconfig\.extensions\.json" in extensions\/tsconfig\.json/);
      } finally {
        project.remove();
      }
    },
    BUILD_TEST_TIMEOUT_MS,
  );

  test(
    'an npm registry out of reach fails at once with a clear message, not a hang',
    async () => {
      const emptyNpmCache = mkdtempSync(path.join(tmpdir(), 'regain-npm-cache-'));
      const started = Date.now();
      try {
        const r = await checkHubSpotProject(repoRoot, {
          allowPlaceholders: true,
          // No install cache, an empty npm cache and a registry nobody listens on (port 9, discard).
          build: { env: { npm_config_registry: 'http://127.0.0.1:9/', npm_config_cache: emptyNpmCache, npm_config_fetch_retries: '0' }, timeoutMs: 60_000 },
        });
        expect(r.ok).toBe(false);
        const install = r.errors.filter((e) => e.startsWith('[build] npm install'));
        expect(install[0]).toMatch(/^\[build\] npm install in extensions\/app\/cards\/: npm install failed \(exit \d+\): .*is it reachable\? `--no-build` skips the build\)$/);
        expect(install.slice(1)).toEqual([expect.stringMatching(/not attempted after the install in app\/cards\/ failed/), expect.stringMatching(/not attempted/)]);
        expect(buildErrors(r).filter((e) => /not built: npm install in app\/\w+\/ failed/.test(e))).toHaveLength(3);
        expect(Date.now() - started).toBeLessThan(60_000);
      } finally {
        rmSync(emptyNpmCache, { recursive: true, force: true });
      }
    },
    BUILD_TEST_TIMEOUT_MS,
  );
});
