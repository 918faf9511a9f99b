import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openXlsxPort } from "../../src/xlsx/xlsx-port";
import { runCli } from "./run-cli";

let dir: string;
let book: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tisheng-rank-"));
  book = join(dir, "demo.xlsx");
  expect((await runCli("init", book, "--demo")).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

/** Edits a copy of the demo workbook with exceljs and returns its path. */
async function editedCopy(name: string, edit: (wb: Awaited<ReturnType<typeof openXlsxPort>>["workbook"]) => void): Promise<string> {
  const handle = await openXlsxPort(readFileSync(book));
  edit(handle.workbook);
  const path = join(dir, name);
  writeFileSync(path, await handle.save());
  return path;
}

function expectContract(json: Record<string, unknown>): void {
  expect(Object.keys(json)).toEqual(expect.arrayContaining(["ok", "rankings", "unranked", "accountability", "issues"]));
  expect(typeof json.ok).toBe("boolean");
  for (const r of json.rankings as Record<string, unknown>[]) {
    expect(r).toEqual({
      category: expect.any(String),
      unitCode: expect.any(String),
      unitName: expect.any(String),
      score: expect.any(Number),
      rank: expect.any(Number),
    });
    expect(Number.isInteger(r.rank)).toBe(true);
  }
  for (const u of json.unranked as Record<string, unknown>[]) expect(u).toEqual({ unitCode: expect.any(String), reason: expect.any(String) });
  for (const a of json.accountability as Record<string, unknown>[]) {
    expect(a).toEqual({
      type: expect.any(String),
      unitCode: expect.any(String),
      person: expect.any(String),
      basis: expect.any(String),
      evidence: expect.any(String),
      needsReview: expect.any(Boolean),
    });
    expect(["考评问责", "违规问责", "监管问责"]).toContain(a.type);
    expect(a.person).not.toBe("");
  }
  for (const i of json.issues as Record<string, unknown>[]) {
    expect(i).toEqual({
      severity: expect.any(String),
      sheet: expect.any(String),
      cell: expect.any(String),
      rule: expect.any(String),
      message: expect.any(String),
    });
    expect(["error", "warning", "info"]).toContain(i.severity);
  }
}

describe("tisheng rank", () => {
  it("prints the JSON contract for the demo workbook and leaves the input untouched", async () => {
    const before = sha(book);
    const run = await runCli("rank", book, "--json");
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expectContract(json);
    expect(json.ok).toBe(true);
    expect(json.rankings.length).toBe(150);
    expect(json.unranked).toEqual([{ unitCode: expect.any(String), reason: "未参评" }]);
    expect(json.accountability.map((a: { type: string }) => a.type)).toEqual(expect.arrayContaining(["考评问责", "违规问责", "监管问责"]));
    expect(sha(book)).toBe(before);
  });

  it("ranks each category from 1 with scores at the sheet's precision", async () => {
    const json = JSON.parse((await runCli("rank", book, "--json")).stdout);
    const categories = new Set<string>(json.rankings.map((r: { category: string }) => r.category));
    expect([...categories]).toEqual(["镇(区)", "市级机关部门", "市直单位", "重点科室"]);
    for (const category of categories) {
      const rows = json.rankings.filter((r: { category: string }) => r.category === category);
      expect(rows[0].rank).toBe(1);
      for (let i = 1; i < rows.length; i++) expect(rows[i].score).toBeLessThanOrEqual(rows[i - 1].score);
      for (const r of rows) expect(Math.round(r.score * 100) / 100).toBe(r.score);
    }
  });

  it("writes a copy with 排名结果 and 问责名单 with --out, never the input", async () => {
    const before = sha(book);
    const out = join(dir, "result.xlsx");
    const run = await runCli("rank", book, "--out", out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("【问责名单】");
    expect(sha(book)).toBe(before);
    const names = (await openXlsxPort(readFileSync(out))).workbook.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["排名结果", "问责名单", "评议评分"]));
    const input = (await openXlsxPort(readFileSync(book))).workbook.worksheets.map((w) => w.name);
    expect(input).not.toContain("排名结果");
  });

  it("exits 1 with the issue at its cell and no ranking when a score is bad", async () => {
    const bad = await editedCopy("bad-score.xlsx", (wb) => {
      wb.getWorksheet("评议评分")!.getCell("D7").value = "优秀";
    });
    const out = join(dir, "never.xlsx");
    const run = await runCli("rank", bad, "--json", "--out", out);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expectContract(json);
    expect(json).toEqual(expect.objectContaining({ ok: false, rankings: [], accountability: [] }));
    expect(json.issues).toContainEqual(expect.objectContaining({ severity: "error", sheet: "评议评分", cell: "D7", rule: "cell.notScore" }));
    expect(() => readFileSync(out)).toThrow();
  });

  it("exits 2 naming a missing contract sheet", async () => {
    const missing = await editedCopy("no-scores.xlsx", (wb) => wb.removeWorksheet(wb.getWorksheet("评议评分")!.id));
    const run = await runCli("rank", missing, "--json");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("评议评分");
    expect(run.stdout).toBe("");
  });

  it("refuses --out equal to the input", async () => {
    const run = await runCli("rank", book, "--out", book);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--out");
  });
});
