// Lint: Microsoft's office-addins rules (sync and load discipline), typescript-eslint,
// prettier formatting, a naming convention, and the architecture's boundaries:
// domain/ and sheets/ are pure, so they import no adapter, React, Office or file system.
const officeAddins = require("eslint-plugin-office-addins");
const tseslint = require("typescript-eslint");
// Reuse the plugin instances of Microsoft's config: ESLint refuses two instances under one name.
const basePlugins = officeAddins.configs.recommended.find((c) => c.plugins && c.plugins["@typescript-eslint"]).plugins;

const adapterImports = {
  patterns: [
    {
      group: ["**/excel/**", "**/xlsx/**", "**/taskpane/**", "**/commands/**", "**/cli/**", "**/app/**"],
      message: "domain/ and sheets/ are pure: no adapters, UI or shells.",
    },
    {
      group: ["react", "react-dom", "react/*", "@fluentui/*", "exceljs", "office-addin-*", "@microsoft/office-js"],
      message: "domain/ and sheets/ know nothing of React, Office or exceljs.",
    },
  ],
  paths: ["fs", "node:fs", "fs/promises", "node:fs/promises", "path", "node:path"].map((name) => ({
    name,
    message: "domain/ and sheets/ do no I/O.",
  })),
};

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
    files: ["src/domain/**", "src/sheets/**"],
    rules: {
      "no-restricted-imports": ["error", adapterImports],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "no Office in the pure core" },
        { name: "Excel", message: "no Excel in the pure core" },
        { name: "document", message: "no DOM in the pure core" },
        { name: "window", message: "no DOM in the pure core" },
      ],
      "no-restricted-properties": ["error", { object: "Date", property: "now", message: "pass the clock in" }],
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
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/excel", "**/excel/**", "**/xlsx", "**/xlsx/**", "exceljs"], message: "components receive operations as props" }] }],
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
