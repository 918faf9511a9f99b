/**
 * A year of returns inside Excel (issue: a unit's second file must never erase its first), over
 * the strict Office.js fake and the real templates: demo master → 分发 → units report Q1 (each in
 * its own Excel: exceljs typing into the cells its template leaves open) → 汇总 → the office keys
 * a phone report and corrects a row → 分发 again → Q2 returns (one unit sends last quarter's file
 * again, one edits an old file on a row the office also edited, one clears a problem) → 汇总 →
 * 撤销 → 汇总 again → the office edits a merged row → 撤销 keeps it. After every step the
 * master's rows equal an independent model kept by this test, row for row.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import type { ProgressFn, ReturnedFileInput, Workbench } from "../../src/app/workbench";
import { createOfficePort } from "../../src/excel";
import type { CampaignData } from "../../src/domain/types";
import { isoToSerial } from "../../src/sheets/dates";
import { fillTemplate, readPlain, type Typed } from "../e2e/unit-excel";
import { bare, fullUnits, masterOf } from "./collect-fixture";
import { a1, columnOf, excelWorkbench, standardWorkbook } from "./fixture";

const quiet: ProgressFn = () => undefined;
const KINDS = ["plans", "progress", "inspections"] as const;
type Kind = (typeof KINDS)[number];
type Row = Record<string, unknown>;
const SHEET: Record<Kind, string> = { plans: "方案报送", progress: "工作进度", inspections: "自查自纠" };

let dir: string;
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

/** The independent model: every row of each collected sheet, without origins, in any order. */
type Model = Record<Kind, Row[]>;
const modelOf = (data: CampaignData): Model => ({
  plans: bare(data.plans) as Row[],
  progress: bare(data.progress) as Row[],
  inspections: bare(data.inspections) as Row[],
});
const sorted = (rows: readonly Row[]) => rows.map((r) => JSON.stringify(r, Object.keys(r).sort())).sort();

async function expectMaster(model: Model): Promise<void> {
  const now = modelOf((await masterOf(createOfficePort())).data);
  for (const kind of KINDS) expect(sorted(now[kind])).toEqual(sorted(model[kind]));
}

/** Every template of `units` from 分发填报模板, written to files in `dir/name/`. */
async function distribute(bench: Workbench, units: string[], name: string): Promise<Map<string, string>> {
  const outcome = await bench.distributeTemplates({ units }, quiet);
  expect(outcome.message).toContain("已生成");
  const zip = await JSZip.loadAsync(outcome.summary!.zip);
  const out = new Map<string, string>();
  for (const file of Object.values(zip.files)) {
    const path = join(dir, `${name}-${file.name}`);
    writeFileSync(path, await file.async("uint8array"));
    out.set(file.name.split("_")[0], path);
  }
  return out;
}

/** A filled file as the pane's picker hands it over. */
function picked(path: string, name = path.split("/").pop()!): ReturnedFileInput {
  const bytes = readFileSync(path);
  return { name, data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
}

/** The 1-based row of the first row of `sheet` in a template whose column `col` (0-based) is empty and whose `keyCol` is `keyValue` (or any). */
async function rowWhere(template: string, sheet: string, test: (row: (string | number | boolean | null)[]) => boolean): Promise<number> {
  const plain = (await readPlain(template, [sheet])).get(sheet)!;
  // readPlain drops blank rows; templates pre-fill the code on every offered row, so none is blank.
  const at = plain.rows.findIndex(test);
  if (at < 0) throw new Error(`no such row on ${sheet}`);
  return at + 2;
}

const date = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

it("a year of quarterly returns never loses a row nobody removed, and undo never discards later work", async () => {
  dir = mkdtempSync(join(tmpdir(), "tisheng-year-"));
  const { book } = await standardWorkbook(true);
  const bench = excelWorkbench();
  const start = await masterOf(createOfficePort());
  const model = modelOf(start.data);
  await expectMaster(model);
  const nameOf = (code: string) => start.data.units.find((u) => u.code === code)!.name;
  const leadsTask = (code: string) => start.data.tasks.find((t) => t.lead === code || t.lead === nameOf(code));
  const leads = fullUnits(start.data).filter((code) => leadsTask(code));
  const [A, B, C] = leads;
  const units = [A, B, C];
  const ofUnit = (kind: Kind, unit: string) => model[kind].filter((r) => r.unitCode === unit);

  // ---- Q1: each unit fills the template it was sent.
  const q1 = await distribute(bench, units, "q1");
  const taskOfA = leadsTask(A)!.seq;
  const rowA = await rowWhere(q1.get(A)!, SHEET.progress, (r) => r[0] === taskOfA && r[3] === null);
  const fileA = await fillTemplate(q1.get(A)!, join(dir, `${A}_q1.xlsx`), [
    [SHEET.progress, `D${rowA}`, date("2010-03-31")],
    [SHEET.progress, `E${rowA}`, 30],
    [SHEET.progress, `F${rowA}`, "推进中"],
    [SHEET.progress, `G${rowA}`, "一季度：方案已制定"],
  ]);
  model.progress.push({ taskSeq: taskOfA, unitCode: A, date: "2010-03-31", percent: 30, status: "推进中", notes: "一季度：方案已制定" });

  const rowB = await rowWhere(q1.get(B)!, SHEET.inspections, (r) => r[1] === null);
  const problem = (row: number, id: string, text: string): Typed[] => [
    [SHEET.inspections, `B${row}`, id],
    [SHEET.inspections, `C${row}`, text],
    [SHEET.inspections, `D${row}`, "联系群众"],
    [SHEET.inspections, `E${row}`, "制度不落实"],
    [SHEET.inspections, `F${row}`, "建立首问负责制"],
    [SHEET.inspections, `G${row}`, date("2010-10-31")],
    [SHEET.inspections, `H${row}`, "周春生"],
    [SHEET.inspections, `I${row}`, "整改中"],
  ];
  const fileB = await fillTemplate(q1.get(B)!, join(dir, `${B}_q1.xlsx`), problem(rowB, "Q1-1", "窗口午间无人值守"));
  const newProblem = (unitCode: string, problemId: string, description: string): Row => ({
    unitCode,
    problemId,
    description,
    category: "联系群众",
    cause: "制度不落实",
    measures: "建立首问负责制",
    dueDate: "2010-10-31",
    owner: "周春生",
    status: "整改中",
    doneDate: null,
  });
  model.inspections.push(newProblem(B, "Q1-1", "窗口午间无人值守"));

  const fileC = await fillTemplate(q1.get(C)!, join(dir, `${C}_q1.xlsx`), [[SHEET.plans, "C2", "实施方案（修订稿）"]]);
  model.plans = model.plans.map((r) => (r.unitCode === C ? { ...r, title: "实施方案（修订稿）" } : r));

  const q1Batch = await bench.collect([picked(fileA), picked(fileB), picked(fileC)], { write: true }, quiet);
  expect(q1Batch.ok).toBe(true);
  expect(q1Batch.summary!.files.map((f) => f.status)).toEqual(["merged", "merged", "merged"]);
  await expectMaster(model);

  // ---- The office keys A's phone report and corrects B's first problem in the master.
  const progress = book.sheet(SHEET.progress);
  const phone = [taskOfA, A, isoToSerial("2010-05-10"), 45, "推进中", "电话报送：进度过半"];
  const header = progress.grid()[0];
  const order = ["序号", "填报单位编码", "填报日期", "进度(%)", "状态", "进展情况"];
  progress.setValues(`A${progress.grid().length + 1}`, [header.map((h) => phone[order.indexOf(String(h))] ?? null)]);
  model.progress.push({ taskSeq: taskOfA, unitCode: A, date: "2010-05-10", percent: 45, status: "推进中", notes: "电话报送：进度过半" });
  const inspections = book.sheet(SHEET.inspections);
  const codeCol = columnOf(inspections, "单位编码");
  const firstOfB = inspections.grid().findIndex((r, i) => i > 0 && r[codeCol] === B);
  const original = ofUnit("inspections", B)[0];
  inspections.setValues(a1(columnOf(inspections, "问题描述"), firstOfB + 1), [["本办更正：问题描述"]]);
  model.inspections = model.inspections.map((r) => (r === original ? { ...r, description: "本办更正：问题描述" } : r));
  await expectMaster(model);

  // ---- Q2: templates handed out again carry every current row, the office's included.
  const q2 = await distribute(bench, units, "q2");
  const carriedA = (await readPlain(q2.get(A)!, [SHEET.progress])).get(SHEET.progress)!.rows;
  expect(carriedA.some((r) => r[6] === "电话报送：进度过半")).toBe(true);
  // A sends last quarter's file again: nothing comes back, nothing goes.
  // B edits its old Q1 file again: the problem the office corrected (a conflict) and one more problem.
  const problemIdOfOriginal = String(original.problemId);
  const rowOriginal = await rowWhere(q1.get(B)!, SHEET.inspections, (r) => r[1] === problemIdOfOriginal);
  const fileB2 = await fillTemplate(fileB, join(dir, `${B}_q1_补.xlsx`), [
    [SHEET.inspections, `C${rowOriginal}`, "单位修改：问题描述"],
    ...problem(rowB + 1, "Q2-1", "办事指南更新不及时"),
  ]);
  // C clears one of its problems in its new template.
  const clearedId = String(ofUnit("inspections", C)[0].problemId);
  const rowCleared = await rowWhere(q2.get(C)!, SHEET.inspections, (r) => r[1] === clearedId);
  const fileC2 = await fillTemplate(q2.get(C)!, join(dir, `${C}_q2.xlsx`), [], (wb) => {
    const ws = wb.getWorksheet(SHEET.inspections)!;
    for (let c = 2; c <= 10; c++) ws.getCell(rowCleared, c).value = null;
  });
  const beforeQ2 = structuredClone(model);
  model.inspections.push(newProblem(B, "Q2-1", "办事指南更新不及时"));
  model.inspections = model.inspections.filter((r) => !(r.unitCode === C && r.problemId === clearedId));

  const q2Files = [picked(fileA, `${A}_q1 (1).xlsx`), picked(fileB2), picked(fileC2)];
  const preview = await bench.collect(q2Files, { write: false }, quiet);
  expect(preview.summary!.files.map((f) => f.status)).toEqual(["unchanged", "merged", "merged"]);
  expect(preview.summary!.conflicts).toEqual([
    expect.objectContaining({
      unitCode: B,
      sheet: SHEET.inspections,
      master: expect.stringContaining("本办更正"),
      returned: expect.stringContaining("单位修改"),
    }),
  ]);
  expect(preview.findings.some((f) => f.severity === "warning" && f.message.includes(`问题编号 ${clearedId}`))).toBe(true);
  const q2Batch = await bench.collect(q2Files, { write: true }, quiet);
  expect(q2Batch.ok).toBe(true);
  await expectMaster(model);

  // ---- 撤销上次汇总: Q2 undone, Q1 and the office's rows stay.
  const undone = await bench.undoCollect(quiet);
  expect(undone.ok).toBe(true);
  expect(undone.summary!.kept).toEqual([]);
  await expectMaster(beforeQ2);

  // ---- The same Q2 files collected again end as before the undo.
  const redo = await bench.collect(q2Files, { write: true }, quiet);
  expect(redo.ok).toBe(true);
  await expectMaster(model);

  // ---- The office corrects the problem B added in Q2; undo keeps that row, lists it, reverts the rest.
  const q2Row = inspections.grid().findIndex((r) => r[columnOf(inspections, "问题编号")] === "Q2-1");
  inspections.setValues(a1(columnOf(inspections, "责任人"), q2Row + 1), [["本办指定：李明"]]);
  const keptRow = { ...newProblem(B, "Q2-1", "办事指南更新不及时"), owner: "本办指定：李明" };
  const again = await bench.undoCollect(quiet);
  expect(again.ok).toBe(true);
  expect(again.summary!.kept).toEqual([expect.objectContaining({ unitCode: B, sheet: SHEET.inspections, key: "问题编号 Q2-1" })]);
  expect(again.message).toContain("保留了现在的内容");
  await expectMaster({ ...beforeQ2, inspections: [...beforeQ2.inspections, keptRow] });
}, 240_000);
