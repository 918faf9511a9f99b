/** Jest: ts-jest over CommonJS; jsdom only for files that ask for it (task pane tests). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.test.json", diagnostics: false }],
  },
  moduleNameMapper: {
    // office-addin-mock reaches an ESM-only strip-bom through office-addin-manifest; it only needs OfficeApp.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
    "\\.(css|png|svg)$": "<rootDir>/test/support/file-stub.js",
  },
  testTimeout: 60000,
  // Once per run: a shared folder for what suites share (test/support/run-cache.ts), and the production
  // build of dist/ started in the background when browser suites will run; long suites go first.
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  globalTeardown: "<rootDir>/test/support/global-teardown.ts",
  testSequencer: "<rootDir>/test/support/sequencer.js",
  // Jest runs in band when it would use one worker (cores − 1 on the 2-core CI machine): every suite
  // then shares one process, and a whole run died there of what the suites together piled up. Two
  // workers keep each suite's memory apart, and a worker that grew large is replaced between suites.
  maxWorkers: 2,
  workerIdleMemoryLimit: "1GB",
};
