/**
 * Jest transformer for PGlite's CommonJS build only (see jest.config.js).
 *
 * Jest runs CommonJS inside a vm where `import()` throws unless node runs with
 * --experimental-vm-modules. PGlite's `dist/*.cjs` loads Node built-ins lazily with
 * `await import("fs/promises")`, `import("node:module")`, ... This rewrites exactly those calls
 * (string literals naming a built-in) to a `require` wrapped in a promise, so PGlite runs under
 * jest unchanged. Nothing else is touched; production code never goes through this file.
 */
const { createHash } = require('node:crypto');
const { isBuiltin } = require('node:module');

const DYNAMIC_IMPORT = /\bimport\((["'])([^"'./][^"']*)\1\)/g;
const HELPER = '__regainJestImportBuiltin';
const VERSION = '1';

module.exports = {
  process(source) {
    const code = source.replace(DYNAMIC_IMPORT, (call, _quote, name) => (isBuiltin(name) ? `${HELPER}(${JSON.stringify(name)})` : call));
    // A function declaration is hoisted, and its `require` is the module wrapper's, not any inner shadow.
    return { code: `${code}\nfunction ${HELPER}(name) { return Promise.resolve().then(() => require(name)); }\n` };
  },
  getCacheKey(source, filename) {
    return createHash('sha256').update(VERSION).update(filename).update(source).digest('hex');
  },
};
