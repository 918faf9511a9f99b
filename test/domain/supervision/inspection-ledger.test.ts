/** The 自查自纠 ledger as of a date: per unit and per 单位类别, 销号率, and overdue open problems as findings. */
import { inspectionLedger } from "../../../src/domain/supervision";
import { locate, problem, UNITS } from "./planted";

const asOf = "2010-10-15";
const items = [
  problem("T01", "P01", "2010-08-31", "已整改", "2010-08-20"),
  problem("T01", "P02", "2010-09-30", "整改中"), // overdue
  problem("T01", "P03", "2010-10-15", "未整改"), // due today: not yet overdue
  problem("D01", "P01", "2010-09-30", "已整改", "2010-10-20"), // closed after the date: open and overdue on it
  problem("D01", "P02", "2010-12-31", "已整改", "2010-09-01"),
  problem("D02", "P01", "2010-10-14", "整改中"), // overdue by one day
  problem("X99", "P01", "2010-12-31", "整改中"),
];
const ledger = inspectionLedger(items, UNITS, asOf, locate);

describe("自查自纠 ledger", () => {
  it("counts problems found and closed per unit, in roster order, with the 销号率", () => {
    expect(ledger.byUnit.map((u) => [u.unitCode, u.found, u.closed, u.rate, u.overdue])).toEqual([
      ["D01", 2, 1, 50, 1],
      ["D02", 1, 0, 0, 1],
      ["T01", 3, 1, 33.3, 1],
      ["X99", 1, 0, 0, 0],
    ]);
    expect(ledger.byUnit[3].category).toBe("（未在单位名册中）");
  });

  it("adds the units up per 单位类别, in the campaign's order of categories, and in total", () => {
    expect(ledger.byCategory).toEqual([
      { category: "镇(区)", units: 1, found: 3, closed: 1, rate: 33.3, overdue: 1 },
      { category: "市级机关部门", units: 2, found: 3, closed: 1, rate: 33.3, overdue: 2 },
      { category: "（未在单位名册中）", units: 1, found: 1, closed: 0, rate: 0, overdue: 0 },
    ]);
    expect(ledger.total).toEqual({ found: 7, closed: 2, rate: 28.6, overdue: 3 });
  });

  it("lists each open problem past its 整改时限 as a warning at that cell, and none due today", () => {
    expect(ledger.overdueItems.map((i) => `${i.unitCode}/${i.problemId}`)).toEqual(["T01/P02", "D01/P01", "D02/P01"]);
    expect(ledger.findings.map((f) => [f.severity, f.sheet, f.cell, f.rule])).toEqual(
      ledger.overdueItems.map((i) => ["warning", "自查自纠", `G${i.origin?.row}`, "supervision.rectificationOverdue"])
    );
    expect(ledger.findings[2].message).toContain("已超期 1 天");
    expect(ledger.findings[0].message).toContain("2010-09-30");
  });

  it("judges the same ledger differently on another date: closed later, due later", () => {
    expect(inspectionLedger(items, UNITS, "2010-09-01", locate).total).toEqual({ found: 7, closed: 2, rate: 28.6, overdue: 0 });
    expect(inspectionLedger(items, UNITS, "2010-12-31", locate).total).toEqual({ found: 7, closed: 3, rate: 42.9, overdue: 3 });
  });

  it("has no rate when nothing was found", () => {
    expect(inspectionLedger([], UNITS, asOf, locate)).toMatchObject({ byUnit: [], byCategory: [], total: { found: 0, rate: null } });
  });
});
