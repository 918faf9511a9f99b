/* global __dirname */
import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { PROJECTS } from "../../src/domain/campaign";
import { defaultKeyTasks, LEAD_DEPARTMENTS } from "../../src/domain/catalogue/key-tasks";
import { PROGRESS_SHEET, TASKS_SHEET } from "../../src/sheets/contract";
import { instructionRows } from "../../src/sheets/instructions";
import { gaps } from "../../src/domain/validation/unit-checks";
import { columnOf } from "../../src/sheets/schema";
import { columnValidation } from "../../src/sheets/validations";
import { appendCopy, col, demo, findingsOf, findRow, get, grid, SETTINGS, type Grids } from "./validation/workbook-grids";

/** Section 三 of 坛委发〔2010〕10号, copied verbatim from the campaign document. */
const SECTION_3 = readFileSync(join(__dirname, "..", "fixtures", "section3.txt"), "utf8");

/** The paragraphs of section 三 by clause: heading line and body, keyed "(一)".."(五)". */
function clauses(): Map<string, { heading: string; body: string }> {
  const lines = SECTION_3.split(/\r?\n/).filter((l) => l.trim() !== "");
  const out = new Map<string, { heading: string; body: string }>();
  lines.forEach((line, i) => {
    const m = /^(\([一二三四五]\))/.exec(line);
    if (m) out.set(m[1], { heading: line, body: lines[i + 1] ?? "" });
  });
  return out;
}

const SOURCE = /^三(\([一二三四五]\))：“(.+)”$/;

describe("defaultKeyTasks", () => {
  const tasks = defaultKeyTasks({ year: 2010 });

  it("lists exactly 28 tasks numbered 1 to 28, each number once", () => {
    expect(tasks).toHaveLength(28);
    expect(tasks.map((t) => t.seq)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
  });

  it("covers all five projects of section 三 and uses no other", () => {
    const used = new Set(tasks.map((t) => t.project));
    expect([...used].sort()).toEqual([...PROJECTS].sort());
  });

  it("gives every task content, a lead unit and cooperating units other than the lead", () => {
    for (const task of tasks) {
      expect(task.content.trim().length).toBeGreaterThan(5);
      expect(task.lead).toMatch(/^市.+/);
      expect(task.cooperating).not.toContain(task.lead);
      expect(new Set(task.cooperating).size).toBe(task.cooperating.length);
    }
  });

  it("cites a clause of section 三 whose own words contain the quote and whose heading names the task's project", () => {
    const byClause = clauses();
    expect(byClause.size).toBe(5);
    for (const task of tasks) {
      const m = SOURCE.exec(task.source);
      expect(m).not.toBeNull();
      const clause = byClause.get(m![1]);
      expect(clause).toBeDefined();
      expect(clause!.body).toContain(m![2]);
      expect(clause!.heading).toContain(task.project);
    }
  });

  it("keeps the tasks of one project together, in the order of the clauses", () => {
    const order = tasks.map((t) => PROJECTS.indexOf(t.project as (typeof PROJECTS)[number]));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("sets most deadlines at year end and some at a stage date earlier in the year", () => {
    const yearEnd = tasks.filter((t) => t.deadline === "2010-12-31").length;
    expect(yearEnd).toBeGreaterThan(14);
    expect(tasks.some((t) => t.deadline === "2010-06-30")).toBe(true);
    expect(tasks.some((t) => t.deadline === "2010-09-30")).toBe(true);
  });

  it.each([2010, 2024])("places every deadline inside the campaign year %i", (year) => {
    for (const task of defaultKeyTasks({ year })) {
      expect(task.deadline.startsWith(`${year}-`)).toBe(true);
      expect(task.deadline >= `${year}-01-01` && task.deadline <= `${year}-12-31`).toBe(true);
    }
  });

  it("moves every deadline, and only the year of it, when the campaign year changes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), (year) => {
        const moved = defaultKeyTasks({ year });
        moved.forEach((task, i) => {
          expect(task.deadline).toBe(`${year}${tasks[i].deadline.slice(4)}`);
          const d = new Date(`${task.deadline}T00:00:00Z`);
          expect(d.toISOString().slice(0, 10)).toBe(task.deadline);
          expect({ ...task, deadline: "" }).toEqual({ ...tasks[i], deadline: "" });
        });
      })
    );
  });

  it("returns a fresh list each call, so editing one catalogue never changes another", () => {
    const first = defaultKeyTasks({ year: 2010 });
    first[0].cooperating.push("市某局");
    first[1].lead = "改过的";
    const second = defaultKeyTasks({ year: 2010 });
    expect(second[0].cooperating).not.toContain("市某局");
    expect(second[1].lead).not.toBe("改过的");
  });
});

describe("LEAD_DEPARTMENTS", () => {
  const tasks = defaultKeyTasks({ year: 2010 });

  it("names every lead and cooperating unit of the catalogue, each once, and nothing else", () => {
    const used = new Set(tasks.flatMap((t) => [t.lead, ...t.cooperating]));
    expect(new Set(LEAD_DEPARTMENTS).size).toBe(LEAD_DEPARTMENTS.length);
    expect([...LEAD_DEPARTMENTS].sort()).toEqual([...used].sort());
  });

  it("includes the campaign office, which leads the key-section evaluation", () => {
    expect(LEAD_DEPARTMENTS).toContain("市优化办");
    expect(tasks.find((t) => t.content.includes("100家重点科室"))?.lead).toBe("市优化办");
  });
});

/**
 * 四、第二阶段 names "28项重点工作" but neither the list nor each task's 牵头/配合 units and
 * 完成时限: the sheet 重点工作 sets them, and the number of tasks is the sheet's.
 */
describe("the key tasks are the office's list: their count, leads and deadlines come from the sheet", () => {
  const seqRows = (g: Grids, seq: number) =>
    grid(g, "工作进度").rows.flatMap((r, i) => (i > 0 && r[col(g, "工作进度", "序号")] === seq ? [i + 1] : []));
  /** Drops the task with 序号 `seq` and every progress report on it (rows removed, not blanked). */
  const dropTask = (g: Grids, seq: number) => {
    const tasks = grid(g, "重点工作").rows;
    tasks.splice(findRow(g, "重点工作", (c) => c("序号") === seq) - 1, 1);
    const reports = new Set(seqRows(g, seq));
    grid(g, "工作进度").rows = grid(g, "工作进度").rows.filter((_, i) => !reports.has(i + 1));
  };

  it("accepts a 29th and 30th task, and progress reported on them, without any finding", () => {
    const g = demo();
    const before = findingsOf(g);
    const task29 = appendCopy(g, "重点工作", 2, { 序号: 29 });
    appendCopy(g, "重点工作", 3, { 序号: 30 });
    const report = appendCopy(g, "工作进度", seqRows(g, 1)[0], { 序号: 29 });
    const added = findingsOf(g).filter((f) => !before.some((b) => b.sheet === f.sheet && b.cell === f.cell && b.rule === f.rule));
    expect(added).toEqual([]);
    expect(get(g, "重点工作", "序号", task29)).toBe(29);
    expect(get(g, "工作进度", "序号", report)).toBe(29);
  });

  it("takes a list of 27 tasks as complete: no 序号 is missing past the sheet's last", () => {
    const g = demo();
    dropTask(g, 28);
    expect(findingsOf(g).filter((f) => f.sheet === "重点工作")).toEqual([]);
  });

  it("still reports a gap in the numbering, without citing 28 as the count", () => {
    const g = demo();
    dropTask(g, 5);
    const missing = findingsOf(g).filter((f) => f.rule === "tasks.missingSeq");
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toContain("序号为 5 的工作");
    expect(missing[0].message).not.toContain("28");
  });

  it("reports a far-off 序号 as one range of missing numbers, without walking up to it", () => {
    const g = demo();
    appendCopy(g, "重点工作", 2, { 序号: 2_000_000_000 });
    const missing = findingsOf(g).filter((f) => f.rule === "tasks.missingSeq");
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toContain("29–1999999999");
  });

  it("lists short gaps number by number and long ones as ranges", () => {
    expect(gaps([1, 3, 7, 8, 12, 3])).toEqual({ text: "2、4–6、9–11", count: 7 });
    expect(gaps([1, 2, 3])).toEqual({ text: "", count: 0 });
    expect(gaps([4])).toEqual({ text: "1–3", count: 3 });
  });

  it("sets no upper limit on 序号 in 重点工作 or 工作进度", () => {
    expect(columnOf(TASKS_SHEET, "seq").max).toBeUndefined();
    expect(columnOf(PROGRESS_SHEET, "taskSeq").max).toBeUndefined();
    const range = columnValidation(columnOf(TASKS_SHEET, "seq"), "A2:A2001", SETTINGS);
    expect(range?.error).toBe("「序号」应为不小于 1 的整数。");
  });

  it("says on the sheet that 牵头单位, 配合单位 and 完成时限 are defaults for the office to set", () => {
    expect(TASKS_SHEET.purpose).toContain("文件未规定牵头单位、配合单位和完成时限");
    expect(TASKS_SHEET.purpose).toContain("由市优化办");
    for (const field of ["lead", "cooperating", "deadline"] as const) {
      expect(columnOf(TASKS_SHEET, field).hint).toMatch(/^默认值，文件未规定：请市优化办/);
    }
  });

  it("says so in 填表说明, which names the 校验 button and no command-line command", () => {
    const text = instructionRows(SETTINGS)
      .rows.flat()
      .filter((c): c is string => typeof c === "string")
      .join("\n");
    expect(text).toContain("牵头单位、配合单位、完成时限是默认值，请市优化办按正式的责任分解方案修改");
    expect(text).toContain("项数以「重点工作」表为准");
    expect(text).toContain("在其“考核”中点击“校验”");
    expect(text).not.toMatch(/tisheng|--json|\.xlsx/);
  });
});
