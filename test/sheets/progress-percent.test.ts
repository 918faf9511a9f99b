import { defaultSettings } from "../../src/domain/settings";
import { PROGRESS_SHEET } from "../../src/sheets/contract";
import { isoToSerial } from "../../src/sheets/dates";
import type { CellValue } from "../../src/sheets/grid";
import { staticListValues } from "../../src/sheets/read/read-campaign";
import { readSheet } from "../../src/sheets/read/read-sheet";
import { columnValidation, inputRange } from "../../src/sheets/validations";

const settings = defaultSettings(2010);
const read = (percent: CellValue) =>
  readSheet(
    { name: PROGRESS_SHEET.name, rows: [PROGRESS_SHEET.columns.map((c) => c.header), [1, "B01", isoToSerial("2010-05-01"), percent, "推进中", ""]] },
    PROGRESS_SHEET,
    settings,
    staticListValues(settings)
  );

describe("进度(%) as people type it", () => {
  it("reads a whole number of percent", () => {
    expect(read(70).records[0].percent).toBe(70);
  });

  it("refuses 70% typed with Excel's percent format (stored as 0.7) instead of reading it as 0.7% (regression)", () => {
    const result = read(0.7);
    expect(result.records).toEqual([]);
    expect(result.findings).toEqual([expect.objectContaining({ severity: "error", cell: "D2", rule: "cell.notNumber" })]);
    expect(result.findings[0].message).toMatch(/0 到 100.*整数/);
  });

  it("is limited to whole numbers 0–100 by the template's own validation", () => {
    const column = PROGRESS_SHEET.columns.find((c) => c.header === "进度(%)")!;
    expect(columnValidation(column, inputRange(4, 2001), settings)?.rule).toEqual({ type: "whole", min: 0, max: 100 });
  });
});
