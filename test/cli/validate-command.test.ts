import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openXlsxPort } from "../../src/xlsx/xlsx-port";
import { runCli } from "./run-cli";

let dir: string;
let demo: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tisheng-validate-"));
  demo = join(dir, "demo.xlsx");
  expect((await runCli("init", demo, "--demo")).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the demo with cells written by another program: Excel's dropdowns and limits never saw them. */
async function pasted(name: string, cells: [string, string, unknown][]): Promise<string> {
  const handle = await openXlsxPort(readFileSync(demo));
  for (const [sheet, cell, value] of cells) handle.workbook.getWorksheet(sheet)!.getCell(cell).value = value as string;
  const path = join(dir, name);
  writeFileSync(path, await handle.save());
  return path;
}

describe("tisheng validate", () => {
  it("finds no errors in a blank standard workbook", async () => {
    const blank = join(dir, "blank.xlsx");
    expect((await runCli("init", blank)).code).toBe(0);
    const run = await runCli("validate", blank, "--json");
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.ok).toBe(true);
    expect(json.issues.filter((i: { severity: string }) => i.severity === "error")).toEqual([]);
  });

  it("passes the demo workbook with its intended warnings, the ranking's own included", async () => {
    const run = await runCli("validate", demo, "--json");
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(["ok", "issues"]);
    const rules = json.issues.map((i: { rule: string }) => i.rule);
    expect(rules).toEqual(expect.arrayContaining(["plans.late", "ranking.groupMissing", "ranking.unscored"]));
    const rank = JSON.parse((await runCli("rank", demo, "--json")).stdout);
    const key = (i: { rule: string; sheet: string; cell: string }) => `${i.rule}@${i.sheet}!${i.cell}`;
    expect(json.issues.map(key)).toEqual(expect.arrayContaining(rank.issues.map(key)));
  });

  it("catches pasted bad data at its cells and exits 1", async () => {
    const bad = await pasted("pasted.xlsx", [
      ["工作进度", "E2", "完成了"],
      ["自查自纠", "G3", "2009-13-45"],
      ["评议评分", "D9", "１２０"],
      ["违规记录", "E2", "很严重"],
    ]);
    const run = await runCli("validate", bad, "--json");
    expect(run.code).toBe(1);
    const issues = JSON.parse(run.stdout).issues.map((i: { sheet: string; cell: string; rule: string; severity: string }) => [
      i.sheet,
      i.cell,
      i.rule,
      i.severity,
    ]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ["工作进度", "E2", "cell.notInList", "error"],
        ["自查自纠", "G3", "cell.notDate", "error"],
        ["评议评分", "D9", "cell.outOfRange", "error"],
        ["违规记录", "E2", "cell.notInList", "error"],
      ])
    );
  });

  it("prints findings readably without --json", async () => {
    const bad = await pasted("pasted-text.xlsx", [["工作进度", "D2", "一半"]]);
    const run = await runCli("validate", bad);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("[错误] 工作进度!D2");
  });

  it("exits 2 for a file that is not a workbook", async () => {
    const notBook = join(dir, "notes.xlsx");
    writeFileSync(notBook, "not a zip");
    const run = await runCli("validate", notBook);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("不是有效的 .xlsx");
  });
});
