/** Merging exceljs's per-cell validations back into ranges (src/xlsx/validation-ranges). */
import type { DataValidation } from "exceljs";
import { compactModel, shiftFormula } from "../../src/xlsx/validation-ranges";

const custom = (formula: string): DataValidation => ({ type: "custom", allowBlank: true, formulae: [formula] });
const list: DataValidation = { type: "list", allowBlank: true, formulae: ["'选项'!$A$2:$A$4"] };

/** A model as exceljs reads "col top:col bottom": every cell sharing one object. */
function readAs(v: DataValidation, col: string, top: number, bottom: number): Record<string, DataValidation> {
  return Object.fromEntries(Array.from({ length: bottom - top + 1 }, (_, i) => [`${col}${top + i}`, v]));
}

describe("compactModel", () => {
  it("gives back one range per range read, in row order (not D10:D2001 beside D2:D2001)", () => {
    const score = custom('OR(ISNUMBER(D2),D2="满意")');
    expect(compactModel({ ...readAs(list, "A", 2, 2001), ...readAs(score, "D", 2, 2001) })).toEqual({ "A2:A2001": list, "D2:D2001": score });
  });

  it("keeps ranges exceljs was given this session as they are", () => {
    expect(compactModel({ "C2:C2001": list, B5: list })).toEqual({ "C2:C2001": list, B5: list });
  });

  it("splits around a cell that lost its rule, moving a custom formula to each piece's top-left cell", () => {
    const score = custom('OR(AND(ISNUMBER(D2),D2>=0),D2="D2满意",$D$1=1)');
    const model: Record<string, DataValidation | undefined> = readAs(score, "D", 2, 20);
    delete model.D10;
    expect(compactModel(model)).toEqual({
      "D2:D9": score,
      "D11:D20": custom('OR(AND(ISNUMBER(D11),D11>=0),D11="D2满意",$D$1=1)'),
    });
  });

  it("moves a custom formula by column for the columns right of a multi-column range's first", () => {
    const rule = custom("ISNUMBER(B2)");
    expect(compactModel({ ...readAs(rule, "B", 2, 3), ...readAs(rule, "C", 2, 3) })).toEqual({ "B2:B3": rule, "C2:C3": custom("ISNUMBER(C2)") });
  });
});

describe("shiftFormula", () => {
  it.each([
    ["D2>=0", 3, 0, "D5>=0"],
    ["SUM(A1:B2)", 1, 1, "SUM(B2:C3)"],
    ["$A1+A$1+$A$1", 2, 2, "$A3+C$1+$A$1"],
    ['D2="AB12"', 1, 0, 'D3="AB12"'],
    ["LOG10(D2)", 1, 0, "LOG10(D3)"],
  ])("moves %p by %p rows and %p columns to %p", (formula, rows, cols, expected) => {
    expect(shiftFormula(formula, rows, cols)).toBe(expected);
  });
});
