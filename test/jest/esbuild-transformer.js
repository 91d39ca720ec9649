/**
 * Jest transformer for the HubSpot project's tests (see jest.config.js, project "extensions").
 *
 * The extension code (TSX) and the HubSpot packages it renders with (`@hubspot/ui-extensions`,
 * `tinyspy`) are ES modules; jest runs CommonJS. esbuild turns both into CommonJS with React's
 * automatic JSX runtime, the way HubSpot's own build bundles a card. Tests only: HubSpot builds the
 * extension itself on `hs project upload`.
 */
const { createHash } = require('node:crypto');
const { transformSync, version } = require('esbuild');

function loaderFor(filename) {
  if (filename.endsWith('.tsx')) return 'tsx';
  if (filename.endsWith('.ts') || filename.endsWith('.mts') || filename.endsWith('.cts')) return 'ts';
  if (filename.endsWith('.jsx')) return 'jsx';
  return 'js';
}

module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, {
      loader: loaderFor(filename),
      format: 'cjs',
      target: 'node20',
      jsx: 'automatic',
      // jest's CommonJS vm cannot run `import()`: turn it into a lazy require (of a module this transformer also converts).
      supported: { 'dynamic-import': false },
      sourcemap: 'external',
      sourcefile: filename,
    });
    return { code, map };
  },
  getCacheKey(source, filename) {
    return createHash('sha256').update(version).update('2').update(filename).update(source).digest('hex');
  },
};
