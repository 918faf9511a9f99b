/**
 * No text becomes a formula inside Excel: text a unit typed that Excel would parse as a formula
 * (= + - @, a leading tab or CR) arrives in the master as the same text after 汇总, and the
 * office's own such texts on rows the batch rewrites stay text too.
 */
import type { ProgressFn } from "../../src/app/workbench";
import { createOfficePort } from "../../src/excel";
import type { CollectRecords } from "../../src/domain/collect";
import type { FakeWorkbook } from "../support/fake-excel";
import { fullUnits, masterOf, returnedFile, unitRecords } from "./collect-fixture";
import { columnOf, excelWorkbench, standardWorkbook } from "./fixture";

const quiet: ProgressFn = () => undefined;

const FORMULA_LIKE = [
  '=HYPERLINK("http://example.invalid","点此查看")',
  '=WEBSERVICE("http://example.invalid")',
  "+1+2",
  "-A1",
  "@SUM(A1)",
  "\t=1+1",
];

/** The unit's rows with 进展情况 and 方案名称 holding text that looks like a formula. */
function formulaTexts(records: CollectRecords): CollectRecords {
  return {
    plans: records.plans.map((r, i) => ({ ...r, title: FORMULA_LIKE[i % FORMULA_LIKE.length] })),
    progress: records.progress.map((r, i) => ({ ...r, notes: FORMULA_LIKE[(i + 1) % FORMULA_LIKE.length] })),
    inspections: records.inspections,
  };
}

/** Every formula in the workbook, as "sheet!row,col: formula". */
function formulas(book: FakeWorkbook): string[] {
  const found: string[] = [];
  for (const name of book.sheetNames()) {
    book.sheet(name).forEachStored({ row: 0, col: 0, rows: 1_048_576, cols: 16_384 }, (cell, r, c) => {
      if (cell.formula !== undefined) found.push(`${name}!${r},${c}: ${cell.formula}`);
    });
  }
  return found;
}

describe("汇总回收文件 inside Excel with text that looks like a formula", () => {
  it("writes the unit's texts and the office's own as text, never as formulas", async () => {
    const { book } = await standardWorkbook(true);
    const master = await masterOf(createOfficePort());
    const [a, b] = fullUnits(master.data);
    // The office's own text on another unit's row (typed as '=SUM(1,2), so Excel holds the text).
    const progress = book.sheet("工作进度");
    const unitCol = columnOf(progress, "填报单位编码");
    const notesCol = columnOf(progress, "进展情况");
    const officeRow = progress.grid().findIndex((row) => row[unitCol] === b);
    expect(officeRow).toBeGreaterThan(0);
    progress.ensure(officeRow, notesCol).value = "=SUM(1,2)";
    expect(formulas(book)).toEqual([]);

    const file = await returnedFile("A.xlsx", master.campaignId, a, formulaTexts(unitRecords(master.data, a)));
    const outcome = await excelWorkbench().collect([file], { write: true }, quiet);
    expect(outcome.ok).toBe(true);
    expect(outcome.summary!.written).toBe(true);

    expect(formulas(book)).toEqual([]);
    const notes = progress
      .grid()
      .filter((row) => row[unitCol] === a)
      .map((row) => row[notesCol]);
    expect(new Set(notes)).toEqual(new Set(formulaTexts(unitRecords(master.data, a)).progress.map((r) => r.notes)));
    expect(progress.grid().find((row) => row[unitCol] === b && row[notesCol] === "=SUM(1,2)")).toBeDefined();
    const plans = book.sheet("方案报送");
    const titles = plans.grid().map((row) => row[columnOf(plans, "方案名称")]);
    expect(titles).toEqual(expect.arrayContaining(formulaTexts(unitRecords(master.data, a)).plans.map((r) => r.title)));
  });
});
