import { defaultSettings } from "../../../src/domain/settings";
import { INSPECTION_SHEET, SCORES_SHEET, SUPERVISION_SHEET, UNITS_SHEET } from "../../../src/sheets/contract";
import { isoToSerial } from "../../../src/sheets/dates";
import type { CellValue } from "../../../src/sheets/grid";
import { parseDateText, splitNames } from "../../../src/sheets/read/coerce";
import { staticListValues } from "../../../src/sheets/read/read-campaign";
import { readSheet } from "../../../src/sheets/read/read-sheet";
import type { SheetSchema } from "../../../src/sheets/schema";

const settings = defaultSettings(2010);
const lists = staticListValues(settings);
const header = (schema: SheetSchema) => schema.columns.map((c) => c.header);
const readRow = <T>(schema: SheetSchema<T>, row: CellValue[]) =>
  readSheet({ name: schema.name, rows: [header(schema), row] }, schema, settings, lists);

describe("reading scores as people type them", () => {
  it.each([
    ["a number", 88.5, 88.5, []],
    ["numeric text, with a warning", "90", 90, ["cell.numericText"]],
    ["full-width digits, with a warning", "９０", 90, ["cell.fullWidth"]],
    ["a grade word, mapped by 参数设置", "基本满意", 60, []],
  ])("accepts %s", (_what, raw, expected, rules) => {
    const result = readRow(SCORES_SHEET, ["Z01", "党代表", "DB-01", raw as CellValue]);
    expect(result.records[0]?.score).toBe(expected);
    expect(result.findings.map((f) => [f.rule, f.cell])).toEqual((rules as string[]).map((r) => [r, "D2"]));
  });

  it.each([
    ["text that is no number", "优秀", "cell.notScore"],
    ["a score above 100", 101, "cell.outOfRange"],
    ["a negative score", -1, "cell.outOfRange"],
    ["an error cell", { error: "#N/A" }, "cell.formulaError"],
    ["an empty cell", null, "cell.required"],
  ])("rejects %s as an error at the cell, reading no record", (_what, raw, rule) => {
    const result = readRow(SCORES_SHEET, ["Z01", "党代表", "DB-01", raw as CellValue]);
    expect(result.records).toEqual([]);
    expect(result.findings).toEqual([expect.objectContaining({ severity: "error", sheet: "评议评分", cell: "D2", rule })]);
  });

  it("trims stray spaces around codes, with a warning", () => {
    const result = readRow(SCORES_SHEET, [" Z01 ", "党代表", "DB-01", 80]);
    expect(result.records[0].unitCode).toBe("Z01");
    expect(result.findings).toEqual([expect.objectContaining({ severity: "warning", cell: "A2", rule: "cell.straySpaces" })]);
  });
});

describe("reading dates, lists and booleans", () => {
  const row = (overrides: Partial<Record<string, CellValue>>): CellValue[] =>
    INSPECTION_SHEET.columns.map((c) =>
      c.header in overrides
        ? (overrides[c.header] ?? null)
        : ({
            单位编码: "Z01",
            问题编号: "P1",
            问题描述: "d",
            问题类别: "服务发展",
            原因剖析: "c",
            整改措施: "m",
            整改时限: isoToSerial("2010-09-30"),
            责任人: "张三",
            整改状态: "整改中",
            完成日期: null,
          }[c.header] ?? null)
    );

  it("reads serials, JavaScript dates and text dates as the same calendar day", () => {
    for (const raw of [isoToSerial("2010-09-30"), new Date(Date.UTC(2010, 8, 30)), "2010年9月30日", "2010/9/30"]) {
      const result = readRow(INSPECTION_SHEET, row({ 整改时限: raw }));
      expect(result.records[0].dueDate).toBe("2010-09-30");
    }
  });

  it("rejects a date outside the campaign year at its cell", () => {
    const result = readRow(INSPECTION_SHEET, row({ 整改时限: isoToSerial("2011-01-05") }));
    expect(result.findings).toEqual([expect.objectContaining({ severity: "error", cell: "G2", rule: "cell.dateOutOfYear" })]);
    expect(result.findings[0].message).toContain("2010");
  });

  it("rejects a value that is not in the dropdown list, naming what is allowed", () => {
    const result = readRow(INSPECTION_SHEET, row({ 问题类别: "工作作风" }));
    expect(result.findings).toEqual([expect.objectContaining({ severity: "error", cell: "D2", rule: "cell.notInList" })]);
    expect(result.findings[0].message).toContain("服务发展");
  });

  it("reads full-width brackets of a list value as intended, with a warning", () => {
    const result = readSheet(
      { name: UNITS_SHEET.name, rows: [header(UNITS_SHEET), ["Z01", "金城镇", "镇（区）", "", "王强"]] },
      UNITS_SHEET,
      settings,
      lists
    );
    expect(result.records[0].category).toBe("镇(区)");
    expect(result.findings).toEqual([expect.objectContaining({ severity: "warning", cell: "C2", rule: "cell.fullWidth" })]);
  });

  it("reads 是/否 as a boolean", () => {
    const base = ["第一季度常规督查", "Z01", isoToSerial("2010-03-01"), "问题"];
    expect(readRow(SUPERVISION_SHEET, [...base, "是"]).records[0].circulated).toBe(true);
    expect(readRow(SUPERVISION_SHEET, [...base, "否"]).records[0].circulated).toBe(false);
    expect(readRow(SUPERVISION_SHEET, [...base, "不知道"]).findings[0]).toEqual(expect.objectContaining({ cell: "E2", rule: "cell.notInList" }));
  });

  it("skips blank rows and reports merged cells in the data area", () => {
    const result = readSheet(
      {
        name: UNITS_SHEET.name,
        rows: [header(UNITS_SHEET), [], ["Z01", "金城镇", "镇(区)", "", "王强"]],
        merges: [{ top: 3, left: 2, bottom: 4, right: 2 }],
      },
      UNITS_SHEET,
      settings,
      lists
    );
    expect(result.records).toHaveLength(1);
    expect(result.findings).toEqual([expect.objectContaining({ severity: "error", cell: "B3", rule: "area.merged" })]);
  });
});

describe("text helpers", () => {
  it("parses dates only when they exist in the calendar", () => {
    expect(parseDateText("2010-2-29")).toBeNull();
    expect(parseDateText("2012-2-29")).toBe("2012-02-29");
    expect(parseDateText("２０１０年３月５日")).toBe("2010-03-05");
    expect(parseDateText("三月五日")).toBeNull();
  });

  it("splits lists of names on every separator people use", () => {
    expect(splitNames("市财政局、市人社局，市监察局,市法制办；市信访局; 市编办")).toEqual([
      "市财政局",
      "市人社局",
      "市监察局",
      "市法制办",
      "市信访局",
      "市编办",
    ]);
  });
});
