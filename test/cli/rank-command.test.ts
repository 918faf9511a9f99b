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

  it("exits 1 with the issue at its cell and no ranking when a score is bad; --out still writes 校验结果", async () => {
    const bad = await editedCopy("bad-score.xlsx", (wb) => {
      wb.getWorksheet("评议评分")!.getCell("D7").value = "优秀";
    });
    const out = join(dir, "blocked.xlsx");
    const run = await runCli("rank", bad, "--json", "--out", out);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expectContract(json);
    expect(json).toEqual(expect.objectContaining({ ok: false, rankings: [], accountability: [] }));
    expect(json.issues).toContainEqual(expect.objectContaining({ severity: "error", sheet: "评议评分", cell: "D7", rule: "cell.notScore" }));
    const written = (await openXlsxPort(readFileSync(out))).workbook;
    expect(written.getWorksheet("校验结果")).toBeDefined();
    // The input never had results: a blocked run does not invent sheets to mark 已失效.
    expect(written.getWorksheet("排名结果")).toBeUndefined();
  });

  it("marks the old 排名结果 and 问责名单 已失效 in the --out copy of a blocked run (regression: they travelled as if current)", async () => {
    const ranked = join(dir, "ranked.xlsx");
    expect((await runCli("rank", book, "--out", ranked)).code).toBe(0);
    const handle = await openXlsxPort(readFileSync(ranked));
    expect(String(handle.workbook.getWorksheet("排名结果")!.getCell("A1").value)).not.toContain("已失效");
    handle.workbook.getWorksheet("评议评分")!.getCell("D7").value = "九十";
    const edited = join(dir, "ranked-edited.xlsx");
    writeFileSync(edited, await handle.save());
    const out = join(dir, "ranked-blocked.xlsx");

    const run = await runCli("rank", edited, "--out", out);

    expect(run.code).toBe(1);
    expect(run.stdout).toContain("原排名结果和问责名单已标为已失效");
    expect(run.stdout).toContain(out);
    const written = (await openXlsxPort(readFileSync(out))).workbook;
    for (const name of ["排名结果", "问责名单"]) {
      const sheet = written.getWorksheet(name)!;
      expect(String(sheet.getCell("A1").value)).toMatch(/^已失效（2010-12-20 \d\d:00）：.*因数据错误未能完成/);
      const codes: string[] = [];
      sheet.eachRow((row) => row.eachCell((c) => typeof c.value === "string" && /^[ZBSK]\d{2,3}$/.test(c.value) && codes.push(c.value)));
      expect(codes).toEqual([]);
    }
    expect(
      written
        .getWorksheet("校验结果")!
        .getRows(1, 200)!
        .some((r) => r.getCell(2).text === "评议评分" && r.getCell(3).text === "D7")
    ).toBe(true);
  });

  it("without --out a blocked run says the input's old results are out of date but untouched, never that it marked them", async () => {
    const ranked = join(dir, "ranked-no-out.xlsx");
    expect((await runCli("rank", book, "--out", ranked)).code).toBe(0);
    const handle = await openXlsxPort(readFileSync(ranked));
    handle.workbook.getWorksheet("评议评分")!.getCell("D7").value = "九十";
    const edited = join(dir, "ranked-edited-no-out.xlsx");
    writeFileSync(edited, await handle.save());
    const before = sha(edited);

    const run = await runCli("rank", edited);

    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain("已标为已失效");
    expect(run.stdout).not.toContain("点击");
    expect(run.stdout).toContain("发现 1 个错误（见上），未进行排名");
    expect(run.stdout).toContain("输入文件未改动");
    expect(run.stdout).toContain("--out");
    expect(sha(edited)).toBe(before);
  });

  it("exits 1 with a plain finding when 评议评分 holds no score yet, not a ranking of 0 units", async () => {
    const blank = join(dir, "blank.xlsx");
    expect((await runCli("init", blank)).code).toBe(0);
    const run = await runCli("rank", blank);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("还没有任何评分");
    expect(run.stdout).not.toContain("已对 0 个单位");
    const json = JSON.parse((await runCli("rank", blank, "--json")).stdout);
    expect(json.ok).toBe(false);
    expect(json.issues).toContainEqual(expect.objectContaining({ severity: "error", sheet: "评议评分", rule: "ranking.nothingToRank" }));
  });

  it("exits 2 with one Chinese line for a workbook that is not a 提升年 workbook, writing nothing", async () => {
    const { Workbook } = await import("exceljs");
    const wb = new Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "姓名";
    const foreign = join(dir, "foreign.xlsx");
    writeFileSync(foreign, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const out = join(dir, "foreign-out.xlsx");
    for (const argv of [
      ["rank", foreign, "--out", out],
      ["validate", foreign],
    ]) {
      const run = await runCli(...argv);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toContain("不是提升年工作簿");
    }
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
    expect(run.stderr).toContain("与输入文件是同一个文件");
  });
});
