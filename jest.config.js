/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    // Type checking is done once by `npm run typecheck`; jest only strips types.
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    // PGlite's CommonJS build uses `import()` for Node built-ins, which jest's vm rejects.
    '[\\\\/]@electric-sql[\\\\/]pglite[\\\\/]dist[\\\\/].+\\.cjs$': '<rootDir>/test/jest/pglite-cjs-transformer.js',
  },
  transformIgnorePatterns: ['[\\\\/]node_modules[\\\\/](?!@electric-sql[\\\\/]pglite[\\\\/])'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'cjs', 'json'],
};
