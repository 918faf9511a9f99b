/**
 * 校验 inside Excel: one read sync and one write sync, 校验结果 written, and the highlight
 * round trip — marks exactly on the findings' cells, gone once the data is fixed, and
 * the user's own formatting untouched throughout.
 */
import type { Finding } from "../../src/domain/findings";
import { VALIDATE_INPUT_SHEETS } from "../../src/app/validate-operation";
import { allMarkedCells, fakeSerial, markedCells, type FakeCell, type FakeWorkbook } from "../support/fake-excel";
import { columnOf, excelWorkbench, run, snapshot, standardWorkbook } from "./fixture";

/** Cells a finding should mark: errors and warnings that point at a cell of an input sheet. */
function expectedMarks(findings: readonly Finding[]): string[] {
  const marks = findings.filter((f) => f.severity !== "info" && f.cell && VALIDATE_INPUT_SHEETS.includes(f.sheet)).map((f) => `${f.sheet}!${f.cell}`);
  return [...new Set(marks)].sort();
}

/** Every format property of every stored cell of the input sheets (values left out: the test edits some). */
function formats(book: FakeWorkbook): string {
  const out: unknown[] = [];
  for (const name of VALIDATE_INPUT_SHEETS) {
    book.sheet(name).forEachStored({ row: 0, col: 0, rows: 1_048_576, cols: 16_384 }, (cell: FakeCell, r, c) => {
      const format = Object.entries(cell).filter(([key]) => key !== "value" && key !== "formula");
      if (format.length > 0) out.push([name, r, c, format]);
    });
  }
  return JSON.stringify(out);
}

/** Appends rows to 评议评分 by header name. */
function addScores(book: FakeWorkbook, rows: { unit: string; group: string; evaluator: string; score: number }[]): void {
  const sheet = book.sheet("评议评分");
  const grid = sheet.grid();
  const cols = ["单位编码", "评议主体", "评议人编号", "得分"].map((h) => columnOf(sheet, h));
  rows.forEach((r, i) => {
    const line: (string | number | null)[] = grid[0].map(() => null);
    [r.unit, r.group, r.evaluator, r.score].forEach((v, k) => (line[cols[k]] = v));
    sheet.setValues(`A${grid.length + 1 + i}`, [line]);
  });
}

/** Fixes the data behind one finding of the demo workbook, as the office would. */
function fix(book: FakeWorkbook, f: Finding): void {
  const unitAt = (cell: string) => String(book.sheet("单位名册").value(cell));
  const groups = book
    .sheet("评议主体")
    .grid()
    .slice(1)
    .map((r) => String(r[columnOf(book.sheet("评议主体"), "评议主体")]));
  switch (f.rule) {
    case "progress.futureDate":
      return void book.sheet(f.sheet).setValues(f.cell, [[fakeSerial(2010, 10, 15)]]);
    case "inspection.doneDateFuture":
      return void book.sheet(f.sheet).setValues(f.cell, [[fakeSerial(2010, 10, 20)]]);
    case "plans.late":
      return void book.sheet(f.sheet).setValues(f.cell, [[fakeSerial(2010, 3, 1)]]);
    case "plans.missing": {
      // Past its due date a plan never sent is a warning, as a late one is: the unit sends it on time.
      const plans = book.sheet("方案报送");
      const line: (string | number | null)[] = plans.grid()[0].map(() => null);
      line[columnOf(plans, "单位编码")] = unitAt(f.cell);
      line[columnOf(plans, "报送日期")] = fakeSerial(2010, 3, 1);
      line[columnOf(plans, "方案名称")] = "实施方案";
      return void plans.setValues(`A${plans.grid().length + 1}`, [line]);
    }
    case "ranking.groupMissing":
    case "ranking.unscored":
      // A full panel of six per group: one or two evaluators would be a thinly scored unit (ballot.thin).
      return addScores(
        book,
        groups.flatMap((group, i) =>
          [0, 1, 2, 3, 4, 5].map((k) => ({ unit: unitAt(f.cell), group, evaluator: `补评${f.cell}-${i}-${k}`, score: 84 + (k % 3) }))
        )
      );
    default:
      throw new Error(`The test does not know how to fix ${f.rule} at ${f.sheet}!${f.cell}`);
  }
}

describe("校验 inside Excel", () => {
  it("validates the whole demo workbook in one read sync and one write sync, writing 校验结果", async () => {
    const { book, fake } = await standardWorkbook();
    const outcome = await run.validate(excelWorkbench());
    expect(fake.runCount()).toBe(1);
    expect(fake.syncCount()).toBe(2);
    expect(outcome.findings.length).toBeGreaterThan(0);
    const result = book.sheet("校验结果").grid();
    for (const f of outcome.findings) expect(result).toContainEqual(expect.arrayContaining([f.sheet, f.cell || "（整表）", f.message]));
  });

  it("marks exactly the findings' cells, clears every mark once the data is fixed, and never touches the user's formatting", async () => {
    const { book } = await standardWorkbook();
    // The user's own fills: on a protected sheet (set while it was unprotected) and, through the API, on an unprotected one.
    book.sheet("工作进度").ensure(7, 2).fill = "#FFFF00"; // C8: a cell the demo's data gets flagged at
    book.sheet("工作进度").ensure(9, 5).fill = "#00B0F0";
    await Excel.run(async (context) => {
      const roster = context.workbook.worksheets.getItem("单位名册");
      roster.getRange("A8").format.fill.color = "#92D050";
      roster.getRange("B20:C21").format.fill.color = "#FFC000";
      await context.sync();
    });
    const userFormats = formats(book);
    const userFills = [book.sheet("工作进度").cell("C8")?.fill, book.sheet("单位名册").cell("A8")?.fill];

    const first = await run.validate(excelWorkbench());
    expect(first.findings.some((f) => f.severity !== "info")).toBe(true);
    expect(allMarkedCells(book)).toEqual(expectedMarks(first.findings));
    expect(markedCells(book, "工作进度")).toContain("C8");
    expect(markedCells(book, "单位名册")).toContain("A8");
    // The list of marks lives on a sheet the user never sees.
    expect(book.sheet("校验标记").visibility).toBe("VeryHidden");

    for (const f of first.findings.filter((x) => x.severity !== "info")) fix(book, f);
    const second = await run.validate(excelWorkbench());

    expect(second.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(allMarkedCells(book)).toEqual([]);
    expect(formats(book)).toEqual(userFormats);
    expect([book.sheet("工作进度").cell("C8")?.fill, book.sheet("单位名册").cell("A8")?.fill]).toEqual(userFills);
    // One rule per input sheet however many runs: the marks come and go through the list alone.
    for (const name of VALIDATE_INPUT_SHEETS) expect(book.sheet(name).conditionalFormats).toHaveLength(1);
  });

  it("moves the marks with the findings from run to run: a new bad cell is marked, a fixed one no longer", async () => {
    const { book } = await standardWorkbook();
    await run.validate(excelWorkbench());
    const progress = book.sheet("工作进度");
    progress.setValues("C8", [[fakeSerial(2010, 10, 15)]]);
    const percent = columnOf(progress, "进度(%)");
    const bad = `${String.fromCharCode(65 + percent)}12`;
    progress.setValues(bad, [[150]]);
    const outcome = await run.validate(excelWorkbench());
    expect(outcome.findings).toContainEqual(expect.objectContaining({ sheet: "工作进度", cell: bad, severity: "error" }));
    expect(markedCells(book, "工作进度")).toContain(bad);
    expect(markedCells(book, "工作进度")).not.toContain("C8");
    expect(allMarkedCells(book)).toEqual(expectedMarks(outcome.findings));
  });

  it("leaves a protected sheet that lacks the rule unmarked and unchanged, and gives an unprotected one the rule once", async () => {
    const { book, fake } = await standardWorkbook();
    // As in a workbook made by another tool: no rules on two sheets, one of them protected.
    book.sheet("工作进度").conditionalFormats = [];
    book.sheet("单位名册").conditionalFormats = [];
    const progressBefore = snapshot(book.sheet("工作进度"));

    const outcome = await run.validate(excelWorkbench());
    await run.validate(excelWorkbench());

    expect(fake.syncCount()).toBe(4);
    expect(snapshot(book.sheet("工作进度"))).toEqual(progressBefore);
    expect(markedCells(book, "工作进度")).toEqual([]);
    expect(book.sheet("单位名册").conditionalFormats).toHaveLength(1);
    const expected = expectedMarks(outcome.findings).filter((m) => !m.startsWith("工作进度!"));
    expect(allMarkedCells(book)).toEqual(expected);
    expect(expected.some((m) => m.startsWith("单位名册!"))).toBe(true);
  });
});
