/** Cycles of 上级单位 (issue 18): each found once, from the unit highest on the sheet, whatever its length. */
import type { Unit } from "../../../src/domain/types";
import { parentCycles } from "../../../src/domain/validation/roster-checks";

const unit = (code: string, parentCode = ""): Unit => ({ code, name: code, category: "市级机关部门", parentCode, leader: "" });
const codes = (units: readonly Unit[]) => parentCycles(units).map((cycle) => cycle.map((u) => u.code));

describe("parentCycles", () => {
  it("finds none in a proper tree, and leaves a unit that is its own parent to its own rule", () => {
    expect(codes([unit("B01"), unit("K01", "B01"), unit("K02", "B01"), unit("B02", "B02")])).toEqual([]);
  });

  it("finds a cycle of two and of three once each, starting at the unit highest on the sheet", () => {
    const units = [unit("A", "C"), unit("X", "Y"), unit("B", "A"), unit("Y", "X"), unit("C", "B"), unit("K", "A")];
    expect(codes(units)).toEqual([
      ["A", "C", "B"],
      ["X", "Y"],
    ]);
  });

  it("a unit hanging below a cycle is not part of it", () => {
    expect(codes([unit("K", "A"), unit("A", "B"), unit("B", "A")])).toEqual([["A", "B"]]);
  });
});
