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

module.exports = { projects: [core, extensions] };
