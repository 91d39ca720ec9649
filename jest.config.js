/** @type {import('jest').Config} */
const core = {
  displayName: 'core',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/extensions/'],
  transform: {
    // Type checking is done once by `npm run typecheck`; jest only strips types.
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    // PGlite's CommonJS build uses `import()` for Node built-ins, which jest's vm rejects.
    '[\\\\/]@electric-sql[\\\\/]pglite[\\\\/]dist[\\\\/].+\\.cjs$': '<rootDir>/test/jest/pglite-cjs-transformer.js',
  },
  transformIgnorePatterns: ['[\\\\/]node_modules[\\\\/](?!@electric-sql[\\\\/]pglite[\\\\/])'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'cjs', 'json'],
};

/** The HubSpot project (extensions/): cards, settings and home page rendered with @hubspot/ui-extensions/testing. */
const extensions = {
  displayName: 'extensions',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/extensions'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.(tsx?|jsx?|mjs)$': '<rootDir>/test/jest/esbuild-transformer.js' },
  // The HubSpot UI packages and HubSpot's project parser (with its dependencies) ship ES modules: transform
  // node_modules too (esbuild is fast and jest caches the result).
  transformIgnorePatterns: [],
  moduleFileExtensions: ['tsx', 'ts', 'js', 'mjs', 'cjs', 'json'],
};

/**
 * The same card, settings and home page tests again, with every backend error reaching `hubspot.fetch` the
 * way HubSpot's dev proxy hands it over (HTTP 200 + `{status:'error', context:{appServerStatusCode}}`,
 * test/extensions/proxy-mode.ts). The offline project check runs once, above.
 */
const extensionsThroughProxyEnvelope = {
  ...extensions,
  displayName: 'extensions (proxy envelope)',
  setupFiles: ['<rootDir>/test/extensions/proxy-envelope.setup.ts'],
  testPathIgnorePatterns: ['/node_modules/', 'hubspot-project\\.test\\.ts$', '<rootDir>/test/extensions/project/'],
};

module.exports = {
  projects: [core, extensions, extensionsThroughProxyEnvelope],
  // The second reporter says which tests were skipped for want of TEST_DATABASE_URL, and how to run them; the
  // third, that the browser suite was skipped for want of Chromium.
  reporters: ['default', '<rootDir>/test/jest/postgres-skip-reporter.js', '<rootDir>/test/jest/browser-skip-reporter.js'],
};
