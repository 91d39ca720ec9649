/**
 * The HubSpot project, as HubSpot's own parser reads it (`@hubspot/project-parsing-lib` `translate`,
 * schema validation skipped: the schemas need an account), plus Regain's cross-checks against the
 * backend (scopes, URLs, workflow-action fields). The UI build from srcDir alone and the placeholders
 * are in test/extensions/project/.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REGAIN_SCOPES } from '../../server/app-deps';
import { checkHubSpotProject, checkImportsStayInside, checkPackageImportsInstalled } from '../../server/project/check-hubspot-project';

const root = path.resolve(__dirname, '..', '..');

describe('the HubSpot project', () => {
  let result: Awaited<ReturnType<typeof checkHubSpotProject>>;
  beforeAll(async () => {
    result = await checkHubSpotProject(root, { build: false, allowPlaceholders: true });
  });

  test('translates with no errors under every profile', () => {
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.platformVersion).toBe('2025.2');
    expect(result.srcDir).toBe('extensions');
    expect(result.profiles.map((p) => p.profile)).toEqual(['local', 'production']);
  });

  test('has the app, the deal card, settings, home page, webhooks and the workflow action', () => {
    for (const profile of result.profiles) {
      const byType = (type: string) => profile.components.filter((c) => c.type === type);
      expect(byType('APPLICATION')).toHaveLength(1);
      expect(byType('APPLICATION')[0]!.config).toMatchObject({ distribution: 'marketplace', auth: { type: 'oauth' } });
      expect(byType('CARD').map((c) => c.config)).toEqual([expect.objectContaining({ location: 'crm.record.tab', objectTypes: ['deals'], entrypoint: '/app/cards/LostDealCard.tsx' })]);
      expect(byType('SETTINGS')).toHaveLength(1);
      expect(profile.components.filter((c) => c.type === 'PAGE').map((c) => c.config.location)).toEqual(['home']);
      expect(byType('WEBHOOKS')).toHaveLength(1);
      expect(byType('WORKFLOW_ACTION')).toHaveLength(1);
    }
  });

  test('local and production differ only by profile variables', () => {
    const [local, production] = result.profiles;
    const app = (p: typeof local) => p!.components.find((c) => c.type === 'APPLICATION')!.config as { permittedUrls: { fetch: string[] }; auth: { redirectUrls: string[]; requiredScopes: string[] } };
    expect(app(production).permittedUrls.fetch).toEqual(['https://api.regain.example']);
    expect(app(production).auth.redirectUrls).toEqual(['https://api.regain.example/oauth/callback']);
    expect(app(local).auth.redirectUrls).toEqual(['http://localhost:3000/oauth/callback']);
    expect(app(local).auth.requiredScopes).toEqual(REGAIN_SCOPES.required);
    const webhooks = production!.components.find((c) => c.type === 'WEBHOOKS')!.config as { settings: { targetUrl: string } };
    expect(webhooks.settings.targetUrl).toBe('https://api.regain.example/webhooks/hubspot');
    // local.json sends the local profile's fetch origin to the local backend.
    const proxy = JSON.parse(readFileSync(path.join(root, 'extensions', 'app', 'local.json'), 'utf8')).proxy as Record<string, string>;
    expect(proxy[app(local).permittedUrls.fetch[0]!]).toBe('http://localhost:3000');
  });

  describe('catches drift from the backend', () => {
    let copy: string;
    beforeEach(() => {
      copy = mkdtempSync(path.join(tmpdir(), 'regain-project-'));
      cpSync(path.join(root, 'hsproject.json'), path.join(copy, 'hsproject.json'));
      cpSync(path.join(root, 'extensions'), path.join(copy, 'extensions'), { recursive: true, filter: (src) => !src.includes('node_modules') });
    });
    afterEach(() => rmSync(copy, { recursive: true, force: true }));

    const edit = (file: string, change: (json: any) => void) => {
      const full = path.join(copy, 'extensions', file);
      const json = JSON.parse(readFileSync(full, 'utf8'));
      change(json);
      writeFileSync(full, JSON.stringify(json));
    };

    test('a scope the backend does not use', async () => {
      edit('app/app-hsmeta.json', (j) => j.config.auth.requiredScopes.push('crm.objects.quotes.read'));
      const r = await checkHubSpotProject(copy, { build: false, allowPlaceholders: true });
      expect(r.ok).toBe(false);
      expect(r.errors.join('\n')).toMatch(/extra \[crm\.objects\.quotes\.read\]/);
    });

    test('a workflow output the backend does not return, and a webhook URL on the wrong route', async () => {
      edit('app/workflow-actions/analyse-lost-deal-hsmeta.json', (j) => j.config.outputFields.pop());
      edit('app/webhooks/webhooks-hsmeta.json', (j) => (j.config.settings.targetUrl = '${REGAIN_API_BASE_URL}/hooks'));
      const r = await checkHubSpotProject(copy, { build: false, allowPlaceholders: true });
      expect(r.errors.some((e) => /outputFields .* must be the backend's outputs/.test(e))).toBe(true);
      expect(r.errors.some((e) => /webhooks targetUrl .* must end in \/webhooks\/hubspot/.test(e))).toBe(true);
    });

    test('a missing profile variable and a component in the wrong folder', async () => {
      edit('hsprofile.production.json', (j) => delete j.variables.REGAIN_OAUTH_REDIRECT_URL);
      cpSync(path.join(copy, 'extensions/app/cards/lost-deal-card-hsmeta.json'), path.join(copy, 'extensions/app/webhooks/card-hsmeta.json'));
      const r = await checkHubSpotProject(copy, { build: false, allowPlaceholders: true });
      expect(r.errors.some((e) => e.startsWith('[production]') && /REGAIN_OAUTH_REDIRECT_URL/.test(e))).toBe(true);
      expect(r.errors.some((e) => e.startsWith('[local]'))).toBe(true);
    });
  });
});

describe('imports from outside srcDir', () => {
  test('only type imports may reach outside srcDir (HubSpot builds srcDir alone)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'regain-imports-'));
    const src = path.join(dir, 'extensions');
    const card = path.join(src, 'app', 'cards', 'Card.tsx');
    cpSync(path.join(root, 'extensions', 'app', 'shared'), path.join(src, 'app', 'shared'), { recursive: true });
    mkdirSync(path.dirname(card), { recursive: true });
    writeFileSync(card, "import type { A } from '../../../src/api/card-api';\nimport { helper } from '../shared/labels';\nimport { DEFAULTS } from '../../../src/settings';\n");
    try {
      const problems = checkImportsStayInside(src, [card]);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/imports \.\.\/\.\.\/\.\.\/src\/settings from outside extensions\//);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('packages imported at run time', () => {
  test('only from a folder whose package.json lists them (HubSpot installs only the component folders)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'regain-packages-'));
    const src = path.join(dir, 'extensions');
    const shared = path.join(src, 'app', 'shared', 'helper.ts');
    const card = path.join(src, 'app', 'cards', 'Card.tsx');
    mkdirSync(path.dirname(shared), { recursive: true });
    mkdirSync(path.dirname(card), { recursive: true });
    writeFileSync(path.join(src, 'app', 'cards', 'package.json'), JSON.stringify({ dependencies: { '@hubspot/ui-extensions': '0.17.0', react: '18.3.1' } }));
    writeFileSync(shared, "import type { Hubspot } from '@hubspot/ui-extensions';\nimport { hubspot } from '@hubspot/ui-extensions';\nexport const h = hubspot;\n");
    writeFileSync(card, "import { Text } from '@hubspot/ui-extensions/crm';\nimport React from 'react';\nimport { jsx } from 'react/jsx-runtime';\nimport { z } from 'zod';\nimport { h } from '../shared/helper';\n");
    try {
      const problems = checkPackageImportsInstalled(src, [shared, card]);
      expect(problems).toEqual([
        expect.stringMatching(/^app\/shared\/helper\.ts imports @hubspot\/ui-extensions at run time, but no folder from it up to srcDir has a package\.json/),
        expect.stringMatching(/^app\/cards\/Card\.tsx imports zod, which app\/cards\/package\.json does not list in dependencies/),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
