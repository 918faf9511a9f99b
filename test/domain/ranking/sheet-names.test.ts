/** The domain repeats the sheet names it cites (it may not import the contract); they must stay equal. */
import { RANKING_SHEETS } from "../../../src/domain/ranking";
import { ADJUSTMENTS_SHEET, GROUPS_SHEET, OUTPUT_SHEETS, SCORES_SHEET, UNITS_SHEET, VIOLATIONS_SHEET } from "../../../src/sheets/contract";

describe("sheet names cited by the ranking", () => {
  it("equal the workbook contract's names", () => {
    expect(RANKING_SHEETS).toEqual({
      units: UNITS_SHEET.name,
      groups: GROUPS_SHEET.name,
      scores: SCORES_SHEET.name,
      adjustments: ADJUSTMENTS_SHEET.name,
      violations: VIOLATIONS_SHEET.name,
      ranking: OUTPUT_SHEETS.ranking,
    });
  });

  it("name the fields the engine locates as the contract's columns do", () => {
    const fields = (columns: readonly { field: string }[]) => columns.map((c) => c.field);
    expect(fields(UNITS_SHEET.columns)).toEqual(expect.arrayContaining(["code", "category", "leader"]));
    expect(fields(GROUPS_SHEET.columns)).toEqual(expect.arrayContaining(["name", "weight"]));
    expect(fields(SCORES_SHEET.columns)).toEqual(expect.arrayContaining(["unitCode", "group", "evaluatorId"]));
    expect(fields(ADJUSTMENTS_SHEET.columns)).toContain("unitCode");
    expect(fields(VIOLATIONS_SHEET.columns)).toContain("unitCode");
  });
});
