/**
 * Regression: dates in messages read as Excel serials or JSON timestamps. A missing
 * 方案报送截止日期 was reported as “已按默认值 40242 处理”, and a date setting outside the
 * campaign year quoted the cell as 40237 (Office.js) or "2009-03-05T00:00:00.000Z" (exceljs).
 * Every date a message quotes now reads yyyy-mm-dd.
 */
import { defaultSettings } from "../../src/domain/settings";
import { isoToSerial } from "../../src/sheets/dates";
import type { CellValue } from "../../src/sheets/grid";
import { cellText } from "../../src/sheets/read/coerce";
import { readSettings, settingsRows } from "../../src/sheets/settings-sheet";

const sheet = (rows: CellValue[][]) => ({ name: "参数设置", rows: [["参数", "值", "说明"], ...rows] });
const without = (key: string) => sheet(settingsRows(defaultSettings(2010)).filter((r) => r[0] !== key));
const edited = (key: string, value: CellValue) => sheet(settingsRows(defaultSettings(2010)).map((r) => (r[0] === key ? [key, value, r[2]] : r)));
/** A serial, an ISO timestamp, or a JavaScript date string: what a message must never show. */
const RAW_DATE = /\b\d{5}\b|T\d{2}:\d{2}|GMT|"20\d\d-/;

describe("dates in the messages of 参数设置", () => {
  it("a missing date setting names its default as yyyy-mm-dd", () => {
    const { findings } = readSettings(without("方案报送截止日期"));
    const missing = findings.find((f) => f.rule === "setting.missing");
    expect(missing?.message).toContain("2010-03-05");
    expect(missing?.message).not.toMatch(RAW_DATE);
  });

  it.each([
    ["a serial, as Office.js hands it over", isoToSerial("2009-03-05")],
    ["a JavaScript date, as exceljs hands it over", new Date(Date.UTC(2009, 2, 5))],
  ])("a date setting outside the campaign year, given as %s, is quoted as yyyy-mm-dd", (_what, value) => {
    const { findings } = readSettings(edited("方案报送截止日期", value));
    expect(findings).toEqual([expect.objectContaining({ rule: "setting.malformed", cell: "B4" })]);
    expect(findings[0].message).toContain("2009-03-05");
    expect(findings[0].message).not.toMatch(RAW_DATE);
  });
});

describe("cellText", () => {
  it.each<[string, CellValue, "date" | "number", string]>([
    ["a serial in a date column", 40242, "date", "2010-03-05"],
    ["a date", new Date(Date.UTC(2010, 2, 5)), "number", "2010-03-05"],
    ["a number in a number column", 40242, "number", "40242"],
    ["an error value", { error: "#N/A" }, "date", "#N/A"],
    ["a serial no date has", -3, "date", "-3"],
  ])("shows %s as a reader would write it", (_what, raw, type, shown) => {
    expect(cellText(raw, { type })).toBe(shown);
  });
});
