/**
 * Set-up for the operation tests: the Workbench over the real Office.js port, with the
 * strict fake installed as Excel, and small tools to edit and compare fake sheets as a
 * user (or a test's independent reasoning) would see them.
 */
import { makeWorkbench } from "../../src/app/operations";
import type { Workbench } from "../../src/app/workbench";
import { createOfficePort, selectCell, type OfficePortOptions } from "../../src/excel";
import { lazyCollectFiles } from "../../src/xlsx/collect-files-lazy";
import {
  FakeOfficeError,
  FakeWorkbook,
  installFakeExcel,
  type FakeExcelHandle,
  type FakeExcelOptions,
  type FakeSheet,
  type FakeValue,
} from "../support/fake-excel";

/** The run time of every operation: noon, local time, 1 November 2010 (inside the demo's campaign year). */
export const RUN_AT = new Date(2010, 10, 1, 12, 0);

let current: FakeExcelHandle | undefined;

afterEach(() => {
  current?.uninstall();
  current = undefined;
});

/** Installs the fake over `book` for this test (uninstalled after it). */
export function useFake(book: FakeWorkbook, options: Omit<FakeExcelOptions, "workbook"> = {}): FakeExcelHandle {
  current?.uninstall();
  current = installFakeExcel({ workbook: book, ...options });
  return current;
}

/** The Workbench the pane receives inside Excel, over the fake. */
export function excelWorkbench(options: OfficePortOptions = {}): Workbench {
  return makeWorkbench(createOfficePort(options), "excel", selectCell, () => RUN_AT, lazyCollectFiles);
}

const quiet = () => undefined;

/** A workbook made by 创建标准工作簿 (with the demo data unless `demo` is false); counters reset afterwards. */
export async function standardWorkbook(
  demo = true,
  fakeOptions: Omit<FakeExcelOptions, "workbook"> = {}
): Promise<{ book: FakeWorkbook; fake: FakeExcelHandle }> {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  const fake = useFake(book, fakeOptions);
  const outcome = await excelWorkbench().createWorkbook({ year: 2010, demo }, quiet);
  if (!outcome.ok) throw new Error(outcome.message);
  fake.resetCounters();
  return { book, fake };
}

/** Runs an operation without progress reporting. */
export const run = {
  create: (bench: Workbench, demo = true) => bench.createWorkbook({ year: 2010, demo }, quiet),
  rank: (bench: Workbench) => bench.rank(quiet),
  validate: (bench: Workbench) => bench.validate(quiet),
};

/** Everything a user could see of a sheet: cells with their formats, validations, conditional formats, protection, layout. */
export function snapshot(sheet: FakeSheet): string {
  const cells: unknown[] = [];
  sheet.forEachStored({ row: 0, col: 0, rows: 1_048_576, cols: 16_384 }, (cell, r, c) => cells.push([r, c, cell]));
  return JSON.stringify({
    name: sheet.name,
    visibility: sheet.visibility,
    protection: sheet.protection,
    frozenRows: sheet.frozenRows,
    widths: [...sheet.columnWidths],
    validations: sheet.validations,
    conditionalFormats: sheet.conditionalFormats,
    merges: sheet.merges,
    cells,
  });
}

/** Snapshots of the named sheets, by name. */
export function snapshots(book: FakeWorkbook, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, snapshot(book.sheet(n))]));
}

/** 0-based column of `header` in row 1 of `sheet` (throws when absent, so a test never edits the wrong column). */
export function columnOf(sheet: FakeSheet, header: string): number {
  const col = (sheet.grid()[0] ?? []).indexOf(header);
  if (col < 0) throw new Error(`${sheet.name} has no column ${header}`);
  return col;
}

/** "D5" for a 0-based column and a 1-based row. */
export function a1(col: number, row: number): string {
  return `${String.fromCharCode(65 + col)}${row}`;
}

/** Keeps row 1 and the data rows whose `header` value passes `keep`, as a user deleting rows would. */
export function keepRows(sheet: FakeSheet, header: string, keep: (value: FakeValue) => boolean): void {
  const col = columnOf(sheet, header);
  const [head, ...rows] = sheet.grid();
  const kept = rows.filter((r) => keep(r[col] ?? null));
  sheet.dropCells({ row: 0, col: 0, rows: 1_048_576, cols: 16_384 });
  sheet.setValues("A1", [head, ...kept]);
}

/** The failure Excel raises for `code`, as the fake raises it. */
export function officeFailure(code: string): FakeOfficeError {
  return new FakeOfficeError(code, `Simulated ${code}`);
}
