/**
 * The boundaries eslint.config.js claims, proven: each rule is fed a snippet that breaks
 * it, at a path of the layer it guards, through ESLint's own API and the project's config.
 * A rule that silently stopped matching (a renamed folder, a mistyped selector) fails here.
 */
import { join } from "node:path";
import { ESLint } from "eslint";

const ROOT = join(__dirname, "..", "..");
// The project's config, handed over as data: ESLint would load the file with a dynamic import, which Jest's VM refuses.

const eslint = new ESLint({
  cwd: ROOT,
  overrideConfigFile: true,
  overrideConfig: require(join(ROOT, "eslint.config.js")) as ESLint.Options["overrideConfig"],
});

/** The rule ids ESLint reports for `code` as if it were the file `path` (formatting aside). */
async function violations(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return result.messages.map((m) => m.ruleId ?? m.message).filter((id) => id !== "prettier/prettier");
}

describe("the architecture's lint rules", () => {
  it.each([
    ["src/domain/x.ts", 'import { CONTRACT_SHEETS } from "../sheets/contract";\nexport const n = CONTRACT_SHEETS.length;\n'],
    ["src/domain/ranking/x.ts", 'import { demoCampaign } from "../../demo";\nexport const d = demoCampaign;\n'],
    ["src/domain/x.ts", 'import { makeWorkbench } from "../app/operations";\nexport const m = makeWorkbench;\n'],
    ["src/sheets/x.ts", 'import { demoCampaign } from "../demo";\nexport const d = demoCampaign;\n'],
    ["src/sheets/read/x.ts", 'import { applyPlan } from "../../excel/apply-plan";\nexport const a = applyPlan;\n'],
    ["src/demo/x.ts", 'import { openXlsxPort } from "../xlsx/xlsx-port";\nexport const o = openXlsxPort;\n'],
    ["src/demo/x.ts", 'import { makeWorkbench } from "../app/operations";\nexport const m = makeWorkbench;\n'],
    ["src/domain/x.ts", 'import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n'],
    ["src/sheets/x.ts", 'import { Workbook } from "exceljs";\nexport const w = Workbook;\n'],
    ["src/commands/x.ts", 'import { useWorkbench } from "../taskpane/use-workbench";\nexport const u = useWorkbench;\n'],
    [
      "src/commands/x.ts",
      'import { CreateWorkbookPanel } from "../taskpane/components/CreateWorkbookPanel";\nexport const c = CreateWorkbookPanel;\n',
    ],
  ])("refuses the import in %s: %s", async (path, code) => {
    expect(await violations(path, code)).toEqual(["no-restricted-imports"]);
  });

  it.each([
    ["src/domain/x.ts", "export const now = new Date();\n"],
    ["src/domain/x.ts", "export const now = Date.now();\n"],
    ["src/sheets/x.ts", "export const today = Date();\n"],
    ["src/sheets/x.ts", "export const t = performance.now();\n"],
    ["src/demo/x.ts", "export const r = Math.random();\n"],
    ["src/domain/x.ts", "export const bytes = crypto.getRandomValues(new Uint8Array(4));\n"],
    ["src/sheets/x.ts", "export const id = crypto.randomUUID();\n"],
  ])("refuses the clock or random read in %s: %s", async (path, code) => {
    const found = await violations(path, code);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((id) => id === "no-restricted-syntax" || id === "no-restricted-properties")).toBe(true);
  });

  it.each([
    ["src/domain/x.ts", 'import { isoDate } from "./settings";\nexport const d = new Date(Date.UTC(2010, 0, 1));\nexport const i = isoDate;\n'],
    ["src/sheets/x.ts", 'import { defaultSettings } from "../domain/settings";\nexport const s = defaultSettings;\n'],
    [
      "src/demo/x.ts",
      'import { CONTRACT_SHEETS } from "../sheets/contract";\nimport { isoDate } from "../domain/settings";\nexport const c = [CONTRACT_SHEETS, isoDate];\n',
    ],
    [
      "src/commands/x.ts",
      'import { excelWorkbench } from "../taskpane/wiring";\nimport { messageOf } from "../taskpane/error-message";\nexport const e = [excelWorkbench, messageOf];\n',
    ],
    ["src/app/x.ts", "export const now = new Date();\n"],
  ])("allows what the layers permit in %s", async (path, code) => {
    expect(await violations(path, code)).toEqual([]);
  });
});
