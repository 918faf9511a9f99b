import { defaultSettings } from "../../../src/domain/settings";
import { SCORES_SHEET, UNITS_SHEET } from "../../../src/sheets/contract";
import type { CellValue } from "../../../src/sheets/grid";
import { staticListValues } from "../../../src/sheets/read/read-campaign";
import { readSheet } from "../../../src/sheets/read/read-sheet";

const settings = defaultSettings(2010);
const lists = staticListValues(settings);
const readUnits = (rows: CellValue[][]) => readSheet({ name: UNITS_SHEET.name, rows }, UNITS_SHEET, settings, lists);
const readScores = (rows: CellValue[][]) => readSheet({ name: SCORES_SHEET.name, rows }, SCORES_SHEET, settings, lists);

describe("headers are found by name", () => {
  it("reads a sheet whose columns were moved and extra columns inserted", () => {
    const result = readUnits([
      ["备注", "主要负责人", "单位类别", "单位名称", "联系电话", "上级单位编码", "单位编码"],
      ["自加列", "王强", "镇(区)", "金城镇", "8888", "", "Z01"],
    ]);
    expect(result.findings).toEqual([]);
    expect(result.records).toEqual([
      { code: "Z01", name: "金城镇", category: "镇(区)", parentCode: "", leader: "王强", origin: { sheet: "单位名册", row: 2 } },
    ]);
  });

  it("tolerates stray and full-width spaces and full-width brackets in headers", () => {
    const result = readScores([
      [" 单位编码 ", "评议\u3000主体", "评议人编号", "得 分"],
      ["Z01", "党代表", "DB-01", 90],
    ]);
    expect(result.findings).toEqual([]);
    expect(result.records[0].score).toBe(90);
  });

  it("reports a missing header at the first free cell of row 1 and reads no records", () => {
    const result = readScores([
      ["单位编码", "评议主体", "得分"],
      ["Z01", "党代表", 90],
    ]);
    expect(result.complete).toBe(false);
    expect(result.records).toEqual([]);
    expect(result.findings).toEqual([expect.objectContaining({ severity: "error", sheet: "评议评分", cell: "D1", rule: "header.missing" })]);
    expect(result.findings[0].message).toContain("评议人编号");
  });

  it("uses the first of two columns with the same header and warns at the second", () => {
    const result = readScores([
      ["单位编码", "评议主体", "评议人编号", "得分", "得分"],
      ["Z01", "党代表", "DB-01", 90, 10],
    ]);
    expect(result.records[0].score).toBe(90);
    expect(result.findings).toEqual([expect.objectContaining({ severity: "warning", cell: "E1", rule: "header.duplicate" })]);
  });
});
