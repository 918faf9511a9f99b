/** `tisheng report`: the JSON contract held to the status rules, the notice in --out, exit codes 0, 1 and 2. */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openXlsxPort } from "../../src/xlsx/xlsx-port";
import { runCli } from "./run-cli";

let dir: string;
let book: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tisheng-report-"));
  book = join(dir, "demo.xlsx");
  expect((await runCli("init", book, "--demo")).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const dayOf = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

interface TaskJson {
  seq: number;
  leadCode: string;
  others: { unitCode: string }[];
  project: string;
  lead: string;
  deadline: string;
  expected: number;
  actual: number | null;
  lastReport: string | null;
  status: string;
}

/** The status rules of the brief, checked on the output (settings of the demo: 92 days, 10 points). */
function expectStatusRules(t: TaskJson, asOf: string): void {
  switch (t.status) {
    case "已完成":
      return expect(t.actual).toBe(100);
    case "逾期":
      expect(asOf > t.deadline).toBe(true);
      return expect(t.actual ?? 0).toBeLessThan(100);
    case "未报送":
      return expect(t.lastReport === null || dayOf(asOf) - dayOf(t.lastReport) > 92).toBe(true);
    case "滞后":
      return expect(t.expected - (t.actual ?? 0)).toBeGreaterThan(10);
    case "正常":
      expect(t.lastReport).not.toBeNull();
      return expect(t.expected - (t.actual ?? 0)).toBeLessThanOrEqual(10);
    default:
      throw new Error(`unknown status ${t.status}`);
  }
}

async function editedCopy(name: string, edit: (wb: Awaited<ReturnType<typeof openXlsxPort>>["workbook"]) => void): Promise<string> {
  const handle = await openXlsxPort(readFileSync(book));
  edit(handle.workbook);
  const path = join(dir, name);
  writeFileSync(path, await handle.save());
  return path;
}

describe("tisheng report", () => {
  it("prints the JSON contract as of a date for a batch, every task judged by the status rules", async () => {
    const before = sha(book);
    const run = await runCli("report", book, "--json", "--as-of", "2010-11-30", "--batch", "第三季度常规督查");
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(["ok", "asOf", "tasks", "inspections", "plans", "supervision", "issues"]));
    expect(json).toMatchObject({ ok: true, asOf: "2010-11-30", batch: "第三季度常规督查" });
    expect(json.tasks).toHaveLength(28);
    for (const t of json.tasks as TaskJson[]) {
      expect(t).toEqual(
        expect.objectContaining({
          seq: expect.any(Number),
          project: expect.any(String),
          lead: expect.any(String),
          deadline: expect.any(String),
          expected: expect.any(Number),
          status: expect.any(String),
        })
      );
      expect(t.expected).toBeGreaterThanOrEqual(0);
      expect(t.expected).toBeLessThanOrEqual(100);
      if (t.lastReport !== null) expect(t.lastReport <= "2010-11-30").toBe(true);
      expectStatusRules(t, "2010-11-30");
      // Cooperating units' reports are shown beside the lead's, never counted as it.
      for (const other of t.others) expect(other.unitCode).not.toBe(t.leadCode);
    }
    expect(json.tasks.some((t: { others: unknown[] }) => t.others.length > 0)).toBe(true);
    const { byUnit, byCategory } = json.inspections;
    for (const u of byUnit) expect(Object.keys(u)).toEqual(expect.arrayContaining(["unitCode", "found", "closed", "rate", "overdue"]));
    const sum = (rows: { found: number }[]) => rows.reduce((s, r) => s + r.found, 0);
    expect(sum(byCategory)).toBe(sum(byUnit));
    const p = json.plans;
    expect(p.onTime + p.late + p.missing).toBe(p.due);
    expect(json.supervision.length).toBeGreaterThan(0);
    for (const s of json.supervision) {
      expect(s).toEqual({
        batch: "第三季度常规督查",
        unitCode: expect.any(String),
        date: expect.any(String),
        finding: expect.any(String),
        notified: expect.any(Boolean),
      });
      expect(s.date <= "2010-11-30").toBe(true);
    }
    const overdue = byUnit.reduce((s: number, u: { overdue: number }) => s + u.overdue, 0);
    expect(json.issues.filter((i: { rule: string }) => i.rule === "supervision.rectificationOverdue")).toHaveLength(overdue);
    expect(sha(book)).toBe(before);
  });

  it("defaults to today's date (the clock's) and the batch inspected last by then", async () => {
    const json = JSON.parse((await runCli("report", book, "--json")).stdout);
    expect(json.asOf).toBe("2010-12-20");
    const latest = [...json.supervision].sort((a, b) => (a.date < b.date ? 1 : -1))[0];
    expect(json.batch).toBe(latest.batch);
  });

  it("judges a task against its 完成时限 on the as-of date: a planted task due that day at 95% is 正常, the day after 逾期", async () => {
    const planted = await editedCopy("planted.xlsx", (wb) => {
      const tasks = wb.getWorksheet("重点工作")!;
      const header = tasks.getRow(1).values as unknown[];
      tasks.getRow(2).getCell(header.indexOf("完成时限")).value = new Date(Date.UTC(2010, 8, 30));
      const progress = wb.getWorksheet("工作进度")!;
      const cols = progress.getRow(1).values as unknown[];
      const lead = String(tasks.getRow(2).getCell(header.indexOf("牵头单位")).value);
      const roster = wb.getWorksheet("单位名册")!;
      const names = roster.getRow(1).values as unknown[];
      let code = "";
      roster.eachRow((row) => {
        if (String(row.getCell(names.indexOf("单位名称")).value) === lead) code = String(row.getCell(names.indexOf("单位编码")).value);
      });
      const row = progress.getRow(progress.rowCount + 1);
      row.getCell(cols.indexOf("序号")).value = 1;
      row.getCell(cols.indexOf("填报单位编码")).value = code;
      row.getCell(cols.indexOf("填报日期")).value = new Date(Date.UTC(2010, 8, 29));
      row.getCell(cols.indexOf("进度(%)")).value = 95;
      row.getCell(cols.indexOf("状态")).value = "推进中";
      row.getCell(cols.indexOf("进展情况")).value = "仅剩验收环节";
    });
    const onTheDay = JSON.parse((await runCli("report", planted, "--json", "--as-of", "2010-09-30")).stdout);
    expect(onTheDay.tasks[0]).toMatchObject({ seq: 1, deadline: "2010-09-30", expected: 100, actual: 95, lastReport: "2010-09-29", status: "正常" });
    const dayAfter = JSON.parse((await runCli("report", planted, "--json", "--as-of", "2010-10-01")).stdout);
    expect(dayAfter.tasks[0]).toMatchObject({ seq: 1, actual: 95, status: "逾期" });
  });

  it("writes a copy with the batch's notice and 工作看板 with --out, never the input, and prints readable tables", async () => {
    const before = sha(book);
    const out = join(dir, "notice.xlsx");
    const run = await runCli("report", book, "--as-of", "2010-07-10", "--batch", "上半年集中督查", "--out", out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("【重点工作】");
    expect(run.stdout).toContain("序号  状态");
    expect(run.stdout).toContain("结果已写入");
    expect(sha(book)).toBe(before);
    const wb = (await openXlsxPort(readFileSync(out))).workbook;
    const notice = wb.getWorksheet("督查通报-上半年集中督查");
    expect(notice?.getCell("A1").value).toBe("关于2010年“能力作风建设提升年”活动上半年集中督查情况的通报");
    expect(run.stdout).toContain("督查通报-上半年集中督查、工作看板");
    const board = wb.getWorksheet("工作看板");
    expect(board?.getCell("A1").value).toEqual(expect.stringContaining("工作看板"));
    // Its charts are data bars in a file.
    const formats = (board as unknown as { conditionalFormattings: { rules: { type: string }[] }[] }).conditionalFormattings;
    expect(formats.flatMap((f) => f.rules.map((r) => r.type))).toContain("dataBar");
    expect(wb.getWorksheet("工作进度")).toBeDefined();
  });

  it("exits 1 with the issue at its cell and writes nothing when a task's lead is not in 单位名册", async () => {
    const bad = await editedCopy("bad-lead.xlsx", (wb) => {
      const tasks = wb.getWorksheet("重点工作")!;
      const col = (tasks.getRow(1).values as unknown[]).indexOf("牵头单位");
      tasks.getRow(4).getCell(col).value = "市纪委";
    });
    const out = join(dir, "never.xlsx");
    const run = await runCli("report", bad, "--json", "--out", out);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ ok: false, tasks: [], supervision: [] });
    expect(json.issues).toContainEqual(expect.objectContaining({ severity: "error", sheet: "重点工作", rule: "supervision.leadUnmatched" }));
    expect(() => readFileSync(out)).toThrow();
  });

  it.each([
    [["--as-of", "2010-02-30"], "--as-of"],
    [["--as-of", "20101130"], "--as-of"],
    [["--batch", "第五季度常规督查"], "督查批次"],
    [["--unknown"], "未知选项"],
  ])("exits 2 for usage errors: %j", async (args, words) => {
    const run = await runCli("report", book, ...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(words);
    expect(run.stdout).toBe("");
  });

  it("exits 2 for a missing file, a missing sheet and --out equal to the input", async () => {
    expect((await runCli("report", join(dir, "nope.xlsx"))).code).toBe(2);
    const missing = await editedCopy("no-supervision.xlsx", (wb) => wb.removeWorksheet(wb.getWorksheet("督查记录")!.id));
    const run = await runCli("report", missing);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("督查记录");
    expect((await runCli("report", book, "--out", book)).code).toBe(2);
  });

  it("is listed in the help", async () => {
    expect((await runCli("help")).stdout).toContain("tisheng report <book.xlsx>");
  });
});
