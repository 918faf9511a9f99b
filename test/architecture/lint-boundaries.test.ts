/**
 * The boundaries eslint.config.js claims, proven: each rule is fed a snippet that breaks
 * it, at a path of the layer it guards, through ESLint's own API and the project's config.
 * A rule that silently stopped matching (a renamed folder, a mistyped selector) fails here.
 */
import { readdirSync } from "node:fs";
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

/** A module of each project folder and a name it exports, to import in a snippet. */
const MODULE_OF: Record<string, { path: string; name: string }> = {
  domain: { path: "domain/settings", name: "isoDate" },
  sheets: { path: "sheets/contract", name: "CONTRACT_SHEETS" },
  demo: { path: "demo", name: "demoCampaign" },
  app: { path: "app/operations", name: "makeWorkbench" },
  excel: { path: "excel/apply-plan", name: "applyPlan" },
  xlsx: { path: "xlsx/xlsx-port", name: "openXlsxPort" },
  worker: { path: "worker/file-host", name: "createFileHost" },
  taskpane: { path: "taskpane/use-workbench", name: "useWorkbench" },
  commands: { path: "commands/ribbon-command", name: "runRibbonCommand" },
  cli: { path: "cli/args", name: "parseArgs" },
};

/** Which folders each layer's lint refuses to let it import (the comment block of eslint.config.js). */
const REFUSED: Record<string, readonly string[]> = {
  domain: ["sheets", "demo", "app", "excel", "xlsx", "worker", "taskpane", "commands", "cli"],
  sheets: ["demo", "app", "excel", "xlsx", "worker", "taskpane", "commands", "cli"],
  demo: ["app", "excel", "xlsx", "worker", "taskpane", "commands", "cli"],
  app: ["excel", "xlsx", "worker", "taskpane", "commands", "cli"],
  excel: ["xlsx", "demo", "app", "worker", "taskpane", "commands", "cli"],
  xlsx: ["excel", "demo", "app", "worker", "taskpane", "commands", "cli"],
  worker: ["excel", "demo", "taskpane", "commands", "cli"],
  commands: ["excel", "xlsx", "worker", "demo", "cli"],
  taskpane: ["commands", "cli", "demo", "excel", "xlsx"],
};
/** What each layer may import besides itself: every other folder that the lint lets through. */
const ALLOWED: Record<string, readonly string[]> = {
  sheets: ["domain"],
  demo: ["domain", "sheets"],
  app: ["domain", "sheets", "demo"],
  excel: ["domain", "sheets"],
  xlsx: ["domain", "sheets"],
  worker: ["domain", "sheets", "app", "xlsx"],
  commands: ["domain", "sheets", "app"],
  taskpane: ["domain", "sheets", "app", "worker"],
};

/** A snippet of `layer` (one folder down) importing `target`'s module. */
function importing(layer: string, target: string): [string, string] {
  const { path, name } = MODULE_OF[target];
  return [`src/${layer}/sub/x.ts`, `import { ${name} } from "../../${path}";\nexport const v = ${name};\n`];
}

describe("the architecture's lint rules", () => {
  it("cover every folder of src/ that holds a layer", () => {
    // A new folder needs a place in the tables above (and in eslint.config.js).
    const folders = readdirSync(join(ROOT, "src"), { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== "help")
      .map((d) => d.name);
    expect(folders.sort()).toEqual(Object.keys(MODULE_OF).sort());
  });

  it.each(Object.entries(REFUSED).flatMap(([layer, targets]) => targets.map((target) => [layer, target])))(
    "refuses %s/ importing %s/",
    async (layer, target) => {
      expect(await violations(...importing(layer, target))).toEqual(["no-restricted-imports"]);
    }
  );

  it.each(Object.entries(ALLOWED).flatMap(([layer, targets]) => targets.map((target) => [layer, target])))(
    "lets %s/ import %s/",
    async (layer, target) => {
      expect(await violations(...importing(layer, target))).toEqual([]);
    }
  );

  it.each([
    ["src/domain/x.ts", 'import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n'],
    ["src/sheets/x.ts", 'import { Workbook } from "exceljs";\nexport const w = Workbook;\n'],
    ["src/demo/x.ts", 'import { useState } from "react";\nexport const u = useState;\n'],
    ["src/app/x.ts", 'import { Workbook } from "exceljs";\nexport const w = Workbook;\n'],
    ["src/app/x.ts", 'import { readFile } from "node:fs/promises";\nexport const r = readFile;\n'],
    ["src/app/x.ts", 'import { PrimaryButton } from "@fluentui/react";\nexport const p = PrimaryButton;\n'],
    ["src/excel/x.ts", 'import { Workbook } from "exceljs";\nexport const w = Workbook;\n'],
    ["src/xlsx/x.ts", 'import { useState } from "react";\nexport const u = useState;\n'],
    ["src/xlsx/x.ts", 'import { writeFileSync } from "fs";\nexport const w = writeFileSync;\n'],
    ["src/worker/x.ts", 'import { useState } from "react";\nexport const u = useState;\n'],
    // Components receive operations as props; only the composition root (taskpane/wiring) puts the adapters together.
    ["src/taskpane/components/x.tsx", 'import { applyPlan } from "../../excel/apply-plan";\nexport const a = applyPlan;\n'],
    ["src/taskpane/x.ts", 'import { Workbook } from "exceljs";\nexport const w = Workbook;\n'],
    ["src/commands/x.ts", 'import { useWorkbench } from "../taskpane/use-workbench";\nexport const u = useWorkbench;\n'],
    [
      "src/commands/x.ts",
      'import { CreateWorkbookPanel } from "../taskpane/components/CreateWorkbookPanel";\nexport const c = CreateWorkbookPanel;\n',
    ],
  ])("refuses the import in %s: %s", async (path, code) => {
    expect(await violations(path, code)).toEqual(["no-restricted-imports"]);
  });

  it.each([
    ["src/app/x.ts", "export const book = Excel.run;\n"],
    ["src/app/x.ts", "export const ready = Office.onReady;\n"],
    ["src/xlsx/x.ts", "export const book = Excel.run;\n"],
    ["src/worker/x.ts", "export const ready = Office.onReady;\n"],
    ["src/domain/x.ts", "export const d = document.title;\n"],
    ["src/sheets/x.ts", "export const t = process.hrtime.bigint();\n"],
    ["src/demo/x.ts", "export const seed = process.env.SEED;\n"],
    ["src/taskpane/components/x.tsx", "export const book = Excel.run;\n"],
  ])("refuses the Office or DOM global in %s: %s", async (path, code) => {
    expect(await violations(path, code)).toEqual(["no-restricted-globals"]);
  });

  const CLOCK_AND_RANDOM = [
    "export const now = new Date();\n",
    "export const now = Date.now();\n",
    "export const today = Date();\n",
    "export const t = performance.now();\n",
    "export const r = Math.random();\n",
    "export const bytes = crypto.getRandomValues(new Uint8Array(4));\n",
    "export const id = crypto.randomUUID();\n",
  ];
  it.each(["domain", "sheets", "demo"].flatMap((layer) => CLOCK_AND_RANDOM.map((code) => [`src/${layer}/x.ts`, code])))(
    "refuses the clock or random read in %s: %s",
    async (path, code) => {
      const found = await violations(path, code);
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((id) => id === "no-restricted-syntax" || id === "no-restricted-properties")).toBe(true);
    }
  );

  it.each([
    ["src/domain/x.ts", 'import { isoDate } from "./settings";\nexport const d = new Date(Date.UTC(2010, 0, 1));\nexport const i = isoDate;\n'],
    [
      "src/commands/x.ts",
      'import { excelWorkbench } from "../taskpane/wiring";\nimport { messageOf } from "../taskpane/error-message";\nexport const e = [excelWorkbench, messageOf];\n',
    ],
    ["src/app/x.ts", "export const now = new Date();\n"],
    // The pane's composition root is the one module of taskpane/ that puts the adapters together.
    [
      "src/taskpane/wiring.ts",
      'import { applyPlan } from "../excel/apply-plan";\nimport { openXlsxPort } from "../xlsx/xlsx-port";\nexport const a = [applyPlan, openXlsxPort];\n',
    ],
    ["src/worker/x.ts", 'import { inflate } from "pako";\nexport const i = inflate;\n'],
  ])("allows what the layers permit in %s", async (path, code) => {
    expect(await violations(path, code)).toEqual([]);
  });
});

describe("the import-cycle rule", () => {
  // src/domain/validation/suggest.ts imports ../text: text importing suggest back closes a cycle.
  it("refuses an import that closes a cycle through the modules on disk, naming the cycle", async () => {
    const [result] = await eslint.lintText('import { suggestAmong } from "./validation/suggest";\nexport const s = suggestAmong;\n', {
      filePath: join(ROOT, "src/domain/text.ts"),
    });
    const cycle = result.messages.filter((m) => m.ruleId === "architecture/no-import-cycle");
    expect(cycle).toHaveLength(1);
    expect(cycle[0].message).toContain("src/domain/text.ts → src/domain/validation/suggest.ts → src/domain/text.ts");
  });

  it("counts a type-only import, a re-export and a dynamic import()", async () => {
    for (const code of [
      'import type { Candidates } from "./validation/suggest";\nexport type C = Candidates;\n',
      'export { suggestAmong } from "./validation/suggest";\n',
      'export const load = () => import("./validation/suggest");\n',
    ]) {
      expect(await violations("src/domain/text.ts", code)).toEqual(["architecture/no-import-cycle"]);
    }
  });

  it("lets a module import one that does not lead back to it", async () => {
    expect(await violations("src/domain/text.ts", 'import type { Unit } from "./types";\nexport type U = Unit;\n')).toEqual([]);
  });
});
