/**
 * Builds the preview's browser bundles with esbuild (a devDependency: the preview runs only from a checkout in
 * sandbox mode): the host page, and one web worker per extension surface. Each worker bundles the real
 * entrypoint named by the extension's `*-hsmeta.json` (`config.entrypoint`, relative to `srcDir`) behind a
 * small runtime that plays HubSpot's extension worker (client/worker-runtime.ts). Built once, on first use.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The extension surfaces the preview hosts, by the hsmeta file that declares each. */
export const SURFACES = {
  card: 'app/cards/lost-deal-card-hsmeta.json',
  settings: 'app/settings/settings-hsmeta.json',
  home: 'app/pages/home-hsmeta.json',
} as const;
export type Surface = keyof typeof SURFACES;

/** The built assets: file name to JavaScript or CSS text. */
export type PreviewAssets = Map<string, { type: string; body: string }>;

let pending: Promise<PreviewAssets> | null = null;

/** The bundles, built on the first call and shared after (a failed build is retried on the next call). */
export function previewAssets(): Promise<PreviewAssets> {
  pending ??= buildPreviewAssets().catch((err: unknown) => {
    pending = null;
    throw err;
  });
  return pending;
}

async function buildPreviewAssets(): Promise<PreviewAssets> {
  const root = projectRoot();
  const client = path.join(root, 'sandbox', 'preview', 'client');
  // Required here, not imported at the top: esbuild is a devDependency and only the preview needs it.
  const esbuild = require('esbuild') as typeof import('esbuild');
  const common = {
    bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2020', jsx: 'automatic', minify: false,
    logLevel: 'silent', define: { 'process.env.NODE_ENV': '"development"' }, absWorkingDir: root,
  } as const;
  const assets: PreviewAssets = new Map();
  const host = await esbuild.build({ ...common, entryPoints: [path.join(client, 'host-main.tsx')] });
  assets.set('host.js', { type: 'text/javascript', body: host.outputFiles[0]!.text });
  for (const surface of Object.keys(SURFACES) as Surface[]) {
    const entry = extensionEntrypoint(root, surface);
    const worker = await esbuild.build({
      ...common,
      stdin: {
        // The runtime first (it sets the worker globals @hubspot/ui-extensions reads at import), then the entrypoint.
        contents: `import ${JSON.stringify(path.join(client, 'worker-runtime.tsx'))};\nimport ${JSON.stringify(entry)};\n`,
        resolveDir: root, loader: 'ts', sourcefile: `worker-${surface}.ts`,
      },
    });
    assets.set(`worker-${surface}.js`, { type: 'text/javascript', body: worker.outputFiles[0]!.text });
  }
  assets.set('preview.css', { type: 'text/css', body: readFileSync(path.join(client, 'preview.css'), 'utf8') });
  return assets;
}

/** The absolute path of a surface's entrypoint, read from its hsmeta file (`/app/...` is relative to extensions/). */
export function extensionEntrypoint(root: string, surface: Surface): string {
  const meta = JSON.parse(readFileSync(path.join(root, 'extensions', SURFACES[surface]), 'utf8')) as { config?: { entrypoint?: unknown } };
  const entry = meta.config?.entrypoint;
  if (typeof entry !== 'string') throw new Error(`${SURFACES[surface]} names no config.entrypoint`);
  return path.join(root, 'extensions', entry.replace(/^\/+/, ''));
}

/** The project folder (its package.json is named "regain"), from source or from dist/. */
export function projectRoot(start: string = __dirname): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'regain') return dir;
    if (path.dirname(dir) === dir) throw new Error('cannot find the regain project folder');
  }
}
