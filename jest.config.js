/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // The record kinds before any suite's imports: modules build SQL from their declarations as they load.
  setupFiles: ['reflect-metadata', '<rootDir>/api/src/db/entities.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/support/one-statement-at-a-time.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  testTimeout: 60000,
  // Every suite closes the servers, pools and browsers it opens; sockets that Chromium and HTTP
  // keep-alive leave half-closed for a moment must not keep CI waiting after the last result.
  forceExit: true,
};
