/**
 * 四、第二阶段 names "28项重点工作" but gives neither the list nor its leads and deadlines: the
 * office's 重点工作 sheet sets how many tasks there are. A master whose sheet lists 30 or 25
 * tasks goes through 校验, 工作看板, 督查通报 and 分发填报模板 exactly as one with 28 does,
 * every task of the sheet counted and none of a 28-task list assumed.
 */
import { createHash } from "node:crypto";
import type { Worksheet } from "exceljs";
import { createOperation } from "../../src/app/create-operation";
import { dashboardOperation } from "../../src/app/dashboard-operation";
import { distributeOperation } from "../../src/app/distribute-operation";
import { reportOperation } from "../../src/app/report-operation";
import { validateOperation } from "../../src/app/validate-operation";
import type { WorkbookPlan } from "../../src/sheets/plan";
import { newXlsxPort, type XlsxHandle } from "../../src/xlsx/xlsx-port";

const quiet = () => undefined;
const NOW = new Date(2010, 10, 30, 12, 0);
const AS_OF = "2010-11-30";
const sha256 = async (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** The 1-based column of `header` on row 1 of `ws`. */
function col(ws: Worksheet, header: string): number {
  const values = ws.getRow(1).values as unknown[];
  const index = values.indexOf(header);
  if (index < 1) throw new Error(`${ws.name} has no column ${header}`);
  return index;
}

/** The worksheet rows (1-based, after the header) whose `header` cell holds `value`. */
function rowsWhere(ws: Worksheet, header: string, value: unknown): number[] {
  const c = col(ws, header);
  const rows: number[] = [];
  for (let r = 2; r <= ws.rowCount; r++) if (ws.getCell(r, c).value === value) rows.push(r);
  return rows;
}

/** Appends a copy of row `from` below the last row, with `seq` in its 序号 cell. */
function appendCopy(ws: Worksheet, from: number, seq: number): void {
  const values = [...(ws.getRow(from).values as unknown[])];
  values[col(ws, "序号")] = seq;
  ws.addRow(values.slice(1));
}

/** Removes worksheet rows `rows`, bottom first so the others keep their numbers. */
function removeRows(ws: Worksheet, rows: number[]): void {
  for (const r of [...rows].sort((a, b) => b - a)) ws.spliceRows(r, 1);
}

/** The demo master (2010, with a 活动编号) whose 重点工作 lists `count` tasks, numbered 1 to `count`. */
async function masterWith(count: number): Promise<XlsxHandle> {
  const handle = await newXlsxPort();
  const created = await handle.port.run((s) => createOperation(s, { year: 2010, demo: true, campaignId: "e".repeat(32) }, NOW, quiet));
  if (!created.ok) throw new Error(created.message);
  const tasks = handle.workbook.getWorksheet("重点工作")!;
  const progress = handle.workbook.getWorksheet("工作进度")!;
  expect(rowsWhere(tasks, "序号", 28)).toHaveLength(1); // the default list this test grows or shrinks
  for (let seq = 29; seq <= count; seq++) {
    // Task `seq` copies task 1 (same lead and deadline), and every report on task 1 is copied onto it.
    appendCopy(tasks, rowsWhere(tasks, "序号", 1)[0], seq);
    for (const r of rowsWhere(progress, "序号", 1)) appendCopy(progress, r, seq);
  }
  for (let seq = 28; seq > count; seq--) {
    removeRows(tasks, rowsWhere(tasks, "序号", seq));
    removeRows(progress, rowsWhere(progress, "序号", seq));
  }
  return handle;
}

const seqs = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe.each([30, 25])("a master whose 重点工作 lists %i tasks", (count) => {
  let handle: XlsxHandle;
  beforeAll(async () => {
    handle = await masterWith(count);
  });

  it("passes 校验 with no finding on 重点工作 or 工作进度's 序号", async () => {
    const outcome = await handle.port.run((s) => validateOperation(s, NOW, quiet));
    const onTasks = outcome.findings.filter((f) => f.sheet === "重点工作" || (f.sheet === "工作进度" && f.rule.startsWith("progress.")));
    expect(onTasks.filter((f) => f.severity === "error" || f.rule === "tasks.missingSeq")).toEqual([]);
    expect(outcome.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("puts every task of the sheet on 工作看板, counted as the sheet's number", async () => {
    const run = await handle.port.run((s) => dashboardOperation(s, AS_OF));
    expect(run.outcome.message).toMatch(/^已生成/);
    expect(run.figures!.tasks.map((t) => t.seq)).toEqual(seqs(count));
    const board = handle.workbook.getWorksheet("工作看板")!;
    const texts: string[] = [];
    board.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === "string" && texts.push(cell.value))));
    expect(texts.join("\n")).toContain(`${count} 项重点工作中`);
    expect(texts.join("\n")).not.toContain("28 项重点工作");
  });

  it("judges every task of the sheet in the 督查通报", async () => {
    const run = await handle.port.run((s) => reportOperation(s, AS_OF));
    expect(run.outcome.ok).toBe(true);
    expect(run.report!.tasks.map((t) => t.task.seq)).toEqual(seqs(count));
    const counted = Object.values(run.report!.statusCounts).reduce((a, b) => a + b, 0);
    expect(counted).toBe(count);
    if (count > 28) {
      // Task 29 carries task 1's reports: it is judged on them exactly as task 1 is.
      const [first, added] = [1, 29].map((seq) => run.report!.tasks.find((t) => t.task.seq === seq)!);
      expect(added.latest).not.toBeNull();
      expect({ status: added.status, latest: added.latest?.percent }).toEqual({ status: first.status, latest: first.latest?.percent });
    }
  });

  it("hands each unit the tasks it leads or joins, of the sheet's list only", async () => {
    const plans: WorkbookPlan[] = [];
    const outcome = await handle.port.run((s) =>
      distributeOperation(s, { now: NOW, sha256, record: false, buildTemplate: async (plan) => void plans.push(plan) })
    );
    expect(outcome.ok).toBe(true);
    const listed = new Set(
      plans.flatMap((plan) => {
        const sheet = plan.sheets.find((p) => p.name === "工作进度");
        if (!sheet) return [];
        const c = sheet.rows[0].indexOf("序号");
        return sheet.rows.slice(1).map((r) => r[c]);
      })
    );
    // Every task has a lead in the roster, so every 序号 of the sheet reaches some template, and no other.
    expect([...listed].sort((a, b) => Number(a) - Number(b))).toEqual(seqs(count));
  });
});
