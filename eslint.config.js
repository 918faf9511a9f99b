// Lint: Microsoft's office-addins rules (sync and load discipline), typescript-eslint,
// prettier formatting, a naming convention, and the architecture's boundaries (proven by
// test/architecture/lint-boundaries.test.ts, which feeds each rule a violating snippet):
// - domain/ is pure campaign logic: it imports nothing of the project outside domain/;
// - sheets/ (the workbook contract) may import domain/, never the reverse;
// - demo/ (sample and benchmark data) may import domain/ and sheets/, nothing else;
// - none of the three imports an adapter, React, Office or the file system, or reads a
//   clock or a random source (the caller passes the clock in; the demo seeds its own generator);
// - app/ (the operations) may import domain/, sheets/ and demo/, never an adapter or a shell
//   (each shell hands it a port and its file tools), and uses no Office, React or file system;
// - the adapters excel/ and xlsx/ import domain/ and sheets/ only, never each other, app/ or a shell,
//   and read no files (they work on the open workbook or on bytes);
// - worker/ (file mode's worker) imports app/, xlsx/, domain/ and sheets/, nothing of the pane or Office;
// - commands/ import no taskpane internals (only its composition root and error wording) and
//   reach the adapters only through it; taskpane/ imports no ribbon command, CLI or demo;
// - no import cycles anywhere in src/ (scripts/eslint/no-import-cycle.js, since eslint-plugin-import is not
//   installed; the only cycle check: test/architecture/import-layers.test.ts checks the layers on the whole graph).
const officeAddins = require("eslint-plugin-office-addins");
const tseslint = require("typescript-eslint");
const noImportCycle = require("./scripts/eslint/no-import-cycle");
// Reuse the plugin instances of Microsoft's config: ESLint refuses two instances under one name.
const basePlugins = officeAddins.configs.recommended.find((c) => c.plugins && c.plugins["@typescript-eslint"]).plugins;

const REACT = ["react", "react-dom", "react/*", "@fluentui/*"];
const OFFICE = ["office-addin-*", "@microsoft/office-js"];
const FILE_SYSTEM = ["fs", "node:fs", "fs/promises", "node:fs/promises", "path", "node:path"];

/**
 * no-restricted-imports options for `layer`: none of the `banned` project folders, none of the
 * `packages` (React, Office, exceljs: whichever the layer must not know), and no file system (the
 * command line alone reads and writes files).
 */
function layerImports(layer, banned, packages) {
  return {
    patterns: [
      {
        group: banned.map((dir) => `**/${dir}/**`).concat(banned.map((dir) => `**/${dir}`)),
        message: `${layer}/ may not import ${banned.join(", ")}: see the layers in eslint.config.js.`,
      },
      { group: packages, message: `${layer}/ may not import ${packages.join(", ")}: see the layers in eslint.config.js.` },
    ],
    paths: FILE_SYSTEM.map((name) => ({ name, message: `${layer}/ does no file I/O.` })),
  };
}

/** no-restricted-imports options for a pure layer that must not import the `banned` project folders. */
function pureImports(layer, banned) {
  return layerImports(layer, banned, [...REACT, "exceljs", ...OFFICE]);
}

const SHELLS = ["excel", "xlsx", "taskpane", "commands", "cli", "app", "worker"];

/** Clock and random reads: the pure layers get the time passed in and seed their own generator. */
const clockAndRandom = [
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "no clock in the pure core: pass the time in" },
  { selector: "CallExpression[callee.name='Date']", message: "Date() reads the clock: pass the time in" },
  { selector: "MemberExpression[object.name='Date'][property.name='now']", message: "no clock in the pure core: pass the time in" },
  { selector: "MemberExpression[object.name='performance'][property.name='now']", message: "no clock in the pure core" },
  {
    selector: "MemberExpression[object.name='Math'][property.name='random']",
    message: "no unseeded randomness in the pure core (the demo seeds its own)",
  },
  { selector: "MemberExpression[property.name='getRandomValues']", message: "no unseeded randomness in the pure core" },
  { selector: "MemberExpression[property.name='randomUUID']", message: "no unseeded randomness in the pure core" },
];

const pureGlobals = [
  "error",
  { name: "Office", message: "no Office in the pure core" },
  { name: "Excel", message: "no Excel in the pure core" },
  { name: "document", message: "no DOM in the pure core" },
  { name: "window", message: "no DOM in the pure core" },
  { name: "process", message: "no process in the pure core: its clock (hrtime) and environment are the caller's to pass in" },
];

module.exports = [
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**", "demo/**", "test-output/**", "assets/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    // The plugin's own config covers .ts but not .tsx: register the plugins for both.
    plugins: basePlugins,
    rules: {
      "prettier/prettier": ["error", { endOfLine: "auto" }],
      "@typescript-eslint/no-unused-vars": "error",
      // TypeScript checks names; the core rule does not know jest's or the DOM's globals.
      "no-undef": "off",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "@typescript-eslint/consistent-type-imports": ["error", { prefer: "type-imports", fixStyle: "inline-type-imports" }],
      "@typescript-eslint/naming-convention": [
        "error",
        { selector: "typeLike", format: ["PascalCase"] },
        { selector: "variable", format: ["camelCase", "UPPER_CASE", "PascalCase"], leadingUnderscore: "allow" },
        { selector: "function", format: ["camelCase", "PascalCase"] },
        { selector: "parameter", format: ["camelCase"], leadingUnderscore: "allow" },
      ],
    },
  },
  {
    // Microsoft's Office.js rules guess at "context" and "load" by name; they are false alarms on
    // exceljs and plain objects, so they are held to full strength where Office.js is actually used.
    files: ["src/**/*.{ts,tsx}", "test/**/*.{ts,tsx}"],
    ignores: ["src/excel/**", "src/commands/**"],
    rules: {
      "office-addins/call-sync-after-load": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/no-context-sync-in-loop": "off",
      "office-addins/no-empty-load": "off",
      "office-addins/no-navigational-load": "off",
      "office-addins/test-for-null-using-isNullObject": "off",
    },
  },
  {
    files: ["src/excel/**", "src/commands/**"],
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-empty-load": "error",
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { architecture: { rules: { "no-import-cycle": noImportCycle } } },
    rules: { "architecture/no-import-cycle": "error" },
  },
  {
    files: ["src/domain/**", "src/sheets/**", "src/demo/**"],
    rules: { "no-restricted-globals": pureGlobals, "no-restricted-syntax": ["error", ...clockAndRandom] },
  },
  { files: ["src/domain/**"], rules: { "no-restricted-imports": ["error", pureImports("domain", ["sheets", "demo", ...SHELLS])] } },
  { files: ["src/sheets/**"], rules: { "no-restricted-imports": ["error", pureImports("sheets", ["demo", ...SHELLS])] } },
  { files: ["src/demo/**"], rules: { "no-restricted-imports": ["error", pureImports("demo", SHELLS)] } },
  {
    // The operations run over any adapter's port (the pane's, the worker's, the command line's).
    files: ["src/app/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        layerImports("app", ["excel", "xlsx", "taskpane", "commands", "cli", "worker"], [...REACT, "exceljs", ...OFFICE]),
      ],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "app/ works through a port" },
        { name: "Excel", message: "app/ works through a port" },
      ],
    },
  },
  {
    files: ["src/excel/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        layerImports("excel", ["xlsx", "demo", "app", "taskpane", "commands", "cli", "worker"], [...REACT, "exceljs"]),
      ],
    },
  },
  {
    // The file adapter works on bytes; the command line and the worker read and write the files.
    files: ["src/xlsx/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        layerImports("xlsx", ["excel", "demo", "app", "taskpane", "commands", "cli", "worker"], [...REACT, ...OFFICE]),
      ],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "xlsx/ is the file adapter" },
        { name: "Excel", message: "xlsx/ is the file adapter" },
      ],
    },
  },
  {
    files: ["src/worker/**"],
    rules: {
      "no-restricted-imports": ["error", layerImports("worker", ["excel", "demo", "taskpane", "commands", "cli"], [...REACT, ...OFFICE])],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "the file worker has no Office" },
        { name: "Excel", message: "the file worker has no Excel" },
      ],
    },
  },
  {
    // Ribbon commands share the pane's composition root and its error wording, nothing else of it.
    files: ["src/commands/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/taskpane/**", "!**/taskpane/wiring", "!**/taskpane/error-message"],
              message: "commands/ import no taskpane internals (only taskpane/wiring and taskpane/error-message).",
            },
            {
              // The pane's composition root builds the adapters; the ribbon reuses it rather than its own.
              group: ["excel", "xlsx", "cli", "worker", "demo"].flatMap((dir) => [`**/${dir}`, `**/${dir}/**`]).concat(["exceljs", ...REACT]),
              message: "commands/ reach the adapters only through taskpane/wiring, and use no React: see the layers in eslint.config.js.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/taskpane/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "components receive operations as props" },
        { name: "Office", message: "components receive operations as props" },
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/excel", "**/excel/**", "**/xlsx", "**/xlsx/**", "exceljs"], message: "components receive operations as props" },
            {
              group: ["commands", "cli", "demo"].flatMap((dir) => [`**/${dir}`, `**/${dir}/**`]),
              message: "taskpane/ may not import commands, cli or demo: see the layers in eslint.config.js.",
            },
          ],
        },
      ],
    },
  },
  {
    // The composition root: the one place of the pane that puts the adapters together.
    files: ["src/taskpane/wiring.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["**/*.js"],
    languageOptions: {
      ecmaVersion: "latest",
      sourceType: "commonjs",
      globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];
