/**
 * Regression: the reader dropped a whole row when one cell failed, and nothing downstream
 * knew the row had existed, so every reference to that unit or group read as unknown. The
 * reader now keeps what it could read of such a row apart (`rejected`), and readCampaign
 * names the units and groups of 单位名册 and 评议主体 that are known but unreadable.
 */
import { defaultSettings } from "../../../src/domain/settings";
import { GROUPS_SHEET, INSPECTION_SHEET, SCORES_SHEET, UNITS_SHEET } from "../../../src/sheets/contract";
import type { CellValue, SheetGrid } from "../../../src/sheets/grid";
import { rankingInputOf, readCampaign, staticListValues } from "../../../src/sheets/read/read-campaign";
import { readSheet } from "../../../src/sheets/read/read-sheet";
import type { SheetSchema } from "../../../src/sheets/schema";

const settings = defaultSettings(2010);
const lists = staticListValues(settings);

/** A grid of `schema` with rows given by header. */
function gridOf(schema: SheetSchema, rows: Record<string, CellValue>[]): SheetGrid {
  const headers = schema.columns.map((c) => c.header);
  return { name: schema.name, rows: [headers, ...rows.map((r) => headers.map((h) => r[h] ?? null))] };
}

const unit = (code: CellValue, name: string, category: CellValue) => ({ 单位编码: code, 单位名称: name, 单位类别: category, 主要负责人: "某人" });

describe("rows the reader cannot read whole", () => {
  it("are left out of the records but kept apart, with every field that could be read and their row", () => {
    const grid = gridOf(UNITS_SHEET, [unit("Z01", "甲镇", "镇区"), unit("Z02", "乙镇", "镇(区)")]);
    const read = readSheet(grid, UNITS_SHEET, settings, lists);
    expect(read.records.map((r) => r.code)).toEqual(["Z02"]);
    expect(read.rejected).toEqual([{ code: "Z01", name: "甲镇", parentCode: "", leader: "某人", origin: { sheet: "单位名册", row: 2 } }]);
    expect(read.findings.map((f) => [f.rule, f.cell])).toEqual([["cell.notInList", "C2"]]);
  });

  it("are none when every row reads", () => {
    const read = readSheet(gridOf(UNITS_SHEET, [unit("Z02", "乙镇", "镇(区)")]), UNITS_SHEET, settings, lists);
    expect(read.rejected).toEqual([]);
  });

  it("reach the campaign as the units and groups that exist but cannot be used", () => {
    const grids = new Map([
      [UNITS_SHEET.name, gridOf(UNITS_SHEET, [unit("Z01", "甲镇", "镇区"), unit(null, "丙镇", "镇(区)"), unit("Z02", "乙镇", "镇(区)")])],
      [
        GROUPS_SHEET.name,
        gridOf(GROUPS_SHEET, [
          { 评议主体: "党代表", 权重: -0.2 },
          { 评议主体: "人大代表", 权重: 0.25 },
        ]),
      ],
    ]);
    const read = readCampaign(grids, [UNITS_SHEET.name, GROUPS_SHEET.name]);
    expect(read.data.units.map((u) => u.code)).toEqual(["Z02"]);
    // 丙镇's code is blank: its name is known, its code is not.
    expect(read.unreadable).toEqual({
      unitCodes: new Set(["Z01"]),
      unitNames: new Set(["甲镇", "丙镇"]),
      groupNames: new Set(["党代表"]),
    });
    expect(rankingInputOf(read).unreadable).toBe(read.unreadable);
  });

  it("reach the campaign for every sheet, with the fields that could be read, so validation can still judge them", () => {
    const inspection = { 单位编码: "Z01", 问题编号: "Q1", 问题描述: "窗口服务态度生硬", 问题类别: "服务发展", 整改时限: 40452, 整改状态: "已整改" };
    const score = { 单位编码: "Z99", 评议主体: "党代表", 评议人编号: "DB-01", 得分: "九十" };
    const grids = new Map([
      [INSPECTION_SHEET.name, gridOf(INSPECTION_SHEET, [inspection])],
      [SCORES_SHEET.name, gridOf(SCORES_SHEET, [score])],
    ]);
    const read = readCampaign(grids, [INSPECTION_SHEET.name, SCORES_SHEET.name]);
    expect(read.data.inspections).toEqual([]);
    expect(read.rejected.inspections).toEqual([
      expect.objectContaining({ unitCode: "Z01", problemId: "Q1", status: "已整改", doneDate: null, origin: { sheet: "自查自纠", row: 2 } }),
    ]);
    // The cells it could not read are absent, not guessed: 原因剖析, 整改措施 and 责任人 were empty.
    expect(read.rejected.inspections?.[0]).not.toHaveProperty("cause");
    expect(read.rejected.scores).toEqual([{ unitCode: "Z99", group: "党代表", evaluatorId: "DB-01", origin: { sheet: "评议评分", row: 2 } }]);
  });

  it("leave nothing unreadable in a workbook that lacks the sheets", () => {
    const read = readCampaign(new Map(), [UNITS_SHEET.name]);
    expect(read.unreadable).toEqual({ unitCodes: new Set(), unitNames: new Set(), groupNames: new Set() });
  });
});

describe("the ranking's input from a read workbook", () => {
  it("carries the records, settings and cell finder the reader produced", () => {
    const grids = new Map([[UNITS_SHEET.name, gridOf(UNITS_SHEET, [unit("Z02", "乙镇", "镇(区)")])]]);
    const read = readCampaign(grids, [UNITS_SHEET.name]);
    const input = rankingInputOf(read);
    expect(input.units).toBe(read.data.units);
    expect(input.settings).toBe(read.settings);
    expect(input.locate(read.data.units[0].origin, "category")).toBe("C2");
  });
});
