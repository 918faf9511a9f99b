// Lint: Microsoft's office-addins rules (sync and load discipline), typescript-eslint,
// prettier formatting, a naming convention, and the architecture's boundaries (proven by
// test/architecture/lint-boundaries.test.ts, which feeds each rule a violating snippet):
// - domain/ is pure campaign logic: it imports nothing of the project outside domain/;
// - sheets/ (the workbook contract) may import domain/, never the reverse;
// - demo/ (sample and benchmark data) may import domain/ and sheets/, nothing else;
// - none of the three imports an adapter, React, Office or the file system, or reads a
//   clock or a random source (the caller passes the clock in; the demo seeds its own generator);
// - commands/ import no taskpane internals (only its composition root and error wording);
// - no import cycles anywhere (test/architecture/import-cycles.test.ts: eslint-plugin-import is not installed).
const officeAddins = require("eslint-plugin-office-addins");
const tseslint = require("typescript-eslint");
// Reuse the plugin instances of Microsoft's config: ESLint refuses two instances under one name.
const basePlugins = officeAddins.configs.recommended.find((c) => c.plugins && c.plugins["@typescript-eslint"]).plugins;

/** no-restricted-imports options for a pure layer that must not import the `banned` project folders. */
function pureImports(layer, banned) {
  return {
    patterns: [
      {
        group: banned.map((dir) => `**/${dir}/**`).concat(banned.map((dir) => `**/${dir}`)),
        message: `${layer}/ may not import ${banned.join(", ")}: see the layers in eslint.config.js.`,
      },
      {
        group: ["react", "react-dom", "react/*", "@fluentui/*", "exceljs", "office-addin-*", "@microsoft/office-js"],
        message: `${layer}/ knows nothing of React, Office or exceljs.`,
      },
    ],
    paths: ["fs", "node:fs", "fs/promises", "node:fs/promises", "path", "node:path"].map((name) => ({
      name,
      message: `${layer}/ does no I/O.`,
    })),
  };
}

const SHELLS = ["excel", "xlsx", "taskpane", "commands", "cli", "app"];

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
    files: ["src/domain/**", "src/sheets/**", "src/demo/**"],
    rules: { "no-restricted-globals": pureGlobals, "no-restricted-syntax": ["error", ...clockAndRandom] },
  },
  { files: ["src/domain/**"], rules: { "no-restricted-imports": ["error", pureImports("domain", ["sheets", "demo", ...SHELLS])] } },
  { files: ["src/sheets/**"], rules: { "no-restricted-imports": ["error", pureImports("sheets", ["demo", ...SHELLS])] } },
  { files: ["src/demo/**"], rules: { "no-restricted-imports": ["error", pureImports("demo", SHELLS)] } },
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
        { patterns: [{ group: ["**/excel", "**/excel/**", "**/xlsx", "**/xlsx/**", "exceljs"], message: "components receive operations as props" }] },
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
