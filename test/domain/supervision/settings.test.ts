/** The three supervision settings of 参数设置: their defaults, the rows written, and reading them back. */
import { defaultSettings } from "../../../src/domain/settings";
import type { CellValue } from "../../../src/sheets/grid";
import { readSettings, settingDateRows, settingsRows } from "../../../src/sheets/settings-sheet";

const sheet = (rows: CellValue[][]) => ({ name: "参数设置", rows: [["参数", "值", "说明"], ...rows] });

describe("活动开始日期, 报送周期(天), 序时容差", () => {
  it("default to 1 January of the campaign year, 92 days and 10 points", () => {
    expect(defaultSettings(2024)).toMatchObject({ campaignStart: "2024-01-01", reportCycleDays: 92, scheduleTolerance: 10 });
  });

  it("are rows of 参数设置, the start a date row", () => {
    const rows = settingsRows(defaultSettings(2010));
    const keys = rows.map((r) => r[0]);
    expect(keys).toEqual(expect.arrayContaining(["活动开始日期", "报送周期(天)", "序时容差"]));
    expect(settingDateRows()).toContain(keys.indexOf("活动开始日期") + 2);
  });

  it("read back what the office types, 报送周期 with full-width brackets too", () => {
    const rows = settingsRows(defaultSettings(2010)).map((r) => {
      if (r[0] === "报送周期(天)") return ["报送周期（天）", 30, r[2]];
      if (r[0] === "序时容差") return [r[0], 5, r[2]];
      return r;
    });
    const { settings, findings } = readSettings(sheet(rows));
    expect(findings).toEqual([]);
    expect(settings).toMatchObject({ campaignStart: "2010-01-01", reportCycleDays: 30, scheduleTolerance: 5 });
  });

  it("move the default start with 活动年度 when the row is left out, and report it missing", () => {
    const { settings, findings } = readSettings(sheet([["活动年度", 2024]]));
    expect(settings.campaignStart).toBe("2024-01-01");
    expect(findings.some((f) => f.rule === "setting.missing" && f.message.includes("活动开始日期"))).toBe(true);
  });

  it("refuse a 序时容差 outside 0–100 at its 值 cell", () => {
    const rows = settingsRows(defaultSettings(2010));
    const at = rows.findIndex((r) => r[0] === "序时容差");
    rows[at] = ["序时容差", 150, null];
    const { settings, findings } = readSettings(sheet(rows));
    expect(findings).toEqual([expect.objectContaining({ severity: "error", cell: `B${at + 2}`, rule: "setting.malformed" })]);
    expect(settings.scheduleTolerance).toBe(10);
  });
});
