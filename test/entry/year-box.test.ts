/**
 * Every place a campaign year is typed reads it alike (issue 8, item 5): the pane's 年度 box,
 * 参数设置's 活动年度 and `tisheng init --year` read full-width digits and a trailing 年, and refuse
 * with a Chinese message what they cannot read ("二〇一一", 1999, 20111), never a silent 2010 or 2000.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultSettings } from "../../src/domain/settings";
import { SETTINGS_SHEET } from "../../src/sheets/contract";
import type { CellValue } from "../../src/sheets/grid";
import { readSettings, settingsRows } from "../../src/sheets/settings-sheet";
import { openXlsxPort } from "../../src/xlsx/xlsx-port";
import { dateLimitsOfferOf } from "../../src/taskpane/create-action";
import { excelWorkbench, standardWorkbook } from "../app/fixture";
import { runCli } from "../cli/run-cli";

/** 参数设置 of a 2010 workbook with 活动年度's 值 replaced by `value` (row 2, column B). */
function settingsWithYear(value: CellValue) {
  const rows = settingsRows(defaultSettings(2010));
  rows[0][1] = value;
  return readSettings({ name: SETTINGS_SHEET.name, rows: [[...SETTINGS_SHEET.columns.map((c) => c.header)], ...rows] });
}

describe("参数设置's 活动年度 reads as the pane's year box does", () => {
  it.each([
    [2011, 2011],
    ["２０１１", 2011],
    ["2011年", 2011],
    ["２０１１年", 2011],
    [" 2011 年", 2011],
  ])("reads %p as %p", (value, year) => {
    const read = settingsWithYear(value);
    expect(read.yearRead).toBe(true);
    expect(read.settings.year).toBe(year);
    expect(read.findings.filter((f) => f.cell === "B2" && f.severity === "error")).toEqual([]);
  });

  it("says how it read a year written as text with 年", () => {
    const notes = settingsWithYear("2011年").findings.filter((f) => f.cell === "B2");
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: "warning", sheet: SETTINGS_SHEET.name });
    expect(notes[0].message).toContain("2011");
  });

  it.each([["二〇一一"], [1999], [20111], ["2011.5"], ["公元2011"]])(
    "refuses %p at 活动年度's cell with a message that says what to write (never a silent 2010)",
    (value) => {
      const read = settingsWithYear(value);
      expect(read.yearRead).toBe(false);
      const errors = read.findings.filter((f) => f.cell === "B2" && f.severity === "error");
      expect(errors).toHaveLength(1);
      expect(errors[0].message).toContain("活动年度");
      expect(errors[0].message).toMatch(/2000.*2100/);
      expect(errors[0].message).toContain("阿拉伯数字");
    }
  );
});

describe("tisheng init --year reads the year as the pane does", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "tisheng-year-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each([["２０１１"], ["2011年"]])("makes a 2011 workbook from --year %p", async (typed) => {
    const out = join(dir, "book.xlsx");
    const run = await runCli("init", out, "--year", typed);
    expect(run).toEqual(expect.objectContaining({ code: 0, stderr: "" }));
    const handle = await openXlsxPort(readFileSync(out));
    const grids = await handle.port.run((s) => s.readSheets([SETTINGS_SHEET.name]));
    expect(readSettings(grids.get(SETTINGS_SHEET.name)).settings.year).toBe(2011);
  });

  it.each([
    ["二〇一一", "阿拉伯数字"],
    ["1999", "超出可用范围"],
    ["20111", "无法识别"],
  ])("refuses --year %p in one Chinese line, exit 2, writing nothing", async (typed, words) => {
    const out = join(dir, "book.xlsx");
    const run = await runCli("init", out, "--year", typed);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--year");
    expect(run.stderr).toContain(words);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(() => readFileSync(out)).toThrow();
  });
});

describe("the pane's view of an unreadable 活动年度", () => {
  it.each([["二〇一一"], [1999]])(
    "state() gives no year (not the default 2010) for %p, so the pane neither shows 2010 nor offers new limits for it",
    async (typed) => {
      const { book } = await standardWorkbook(false);
      // Limits made for 2011, then the year mistyped: a silent 2010 would offer to move them "to 2010".
      book.sheet(SETTINGS_SHEET.name).setValues("B2", [[2011]]);
      await excelWorkbench().updateDateLimits(() => undefined);
      book.sheet(SETTINGS_SHEET.name).setValues("B2", [[typed]]);
      const state = await excelWorkbench().state();
      expect(state.year).toBeNull();
      expect(state.settings?.year).not.toBe(2010);
      expect(dateLimitsOfferOf(state)).toBeNull();
    }
  );
});

describe("补齐缺失工作表 with an unreadable 活动年度", () => {
  it("refuses and writes nothing, instead of making the missing sheet for the default 2010", async () => {
    const { book } = await standardWorkbook(false);
    book.sheet(SETTINGS_SHEET.name).setValues("B2", [["二〇一一"]]);
    book.remove(book.sheet("违规记录"), "test");
    const before = book.sheetNames();
    const outcome = await excelWorkbench().createWorkbook({ year: 2010, demo: false }, () => undefined);
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toContain("活动年度");
    expect(outcome.findings.some((f) => f.sheet === SETTINGS_SHEET.name && f.cell === "B2")).toBe(true);
    expect(book.sheetNames()).toEqual(before);
  });
});
