import { defaultSettings } from "../../src/domain/settings";
import type { CellValue } from "../../src/sheets/grid";
import { readSettings, settingsRows, settingValidations } from "../../src/sheets/settings-sheet";

const sheet = (rows: CellValue[][]) => ({ name: "参数设置", rows: [["参数", "值", "说明"], ...rows] });
const edited = (key: string, value: CellValue) => sheet(settingsRows(defaultSettings(2010)).map((r) => (r[0] === key ? [key, value, r[2]] : r)));

describe("参数设置", () => {
  it("reads back what it writes, for any year", () => {
    for (const year of [2010, 2024]) {
      const settings = { ...defaultSettings(year), rankingMethod: "dense" as const, trimThreshold: 7 };
      expect(readSettings(sheet(settingsRows(settings)))).toEqual({ settings, findings: [], yearRead: true });
    }
  });

  it.each([
    ["an unreadable 活动年度", edited("活动年度", "二〇一一")],
    ["an out-of-range 活动年度", edited("活动年度", 1999)],
    ["no 活动年度", sheet(settingsRows(defaultSettings(2011)).filter((r) => r[0] !== "活动年度"))],
  ])("says when %s left the default year standing in", (_what, grid) => {
    expect(readSettings(grid).yearRead).toBe(false);
  });

  it("moves every default date with the campaign year", () => {
    const { settings } = readSettings(sheet([["活动年度", 2024]]));
    expect(settings.planDue).toBe("2024-03-05");
    expect(settings.mobilizationEnd).toBe("2024-02-29");
  });

  it.each([
    ["排名方法", "随便排", "B8"],
    ["去极值阈值", 2, "B9"],
    ["分数精度", "两位", "B10"],
    ["方案报送截止日期", "2011-03-05", "B4"],
    ["活动年度", "二〇一〇", "B2"],
  ])("reports a malformed %s at its 值 cell", (key, value, cell) => {
    const { findings } = readSettings(edited(key, value));
    expect(findings).toEqual([expect.objectContaining({ severity: "error", sheet: "参数设置", cell, rule: "setting.malformed" })]);
    expect(findings[0].message).toContain(key);
  });

  it("warns about unknown and missing settings and uses the defaults", () => {
    const { settings, findings } = readSettings(
      sheet([
        ["活动年度", 2010],
        ["神秘参数", 1],
      ])
    );
    expect(settings).toEqual(defaultSettings(2010));
    expect(findings.filter((f) => f.rule === "setting.unknown")).toEqual([expect.objectContaining({ cell: "A3", severity: "warning" })]);
    expect(findings.filter((f) => f.rule === "setting.missing").length).toBeGreaterThan(5);
  });
});

describe("参数设置 in plain Excel", () => {
  it("refuses a ranking method that is only a property name (regression: 'constructor' passed)", () => {
    for (const word of ["constructor", "toString", "__proto__"]) {
      const { findings, settings } = readSettings(edited("排名方法", word));
      expect(findings).toEqual([expect.objectContaining({ severity: "error", cell: "B8", rule: "setting.malformed" })]);
      expect(settings.rankingMethod).toBe("competition");
    }
  });

  it("offers 排名方法 as a dropdown and limits the numbers, one validation per 值 cell", () => {
    const validations = settingValidations(defaultSettings(2010));
    const at = (cell: string) => validations.find((v) => v.range === cell)?.rule;
    expect(at("B8")).toEqual({ type: "list", source: "='选项'!$J$2:$J$3" });
    expect(at("B2")).toEqual({ type: "whole", min: 2000, max: 2100 });
    expect(at("B9")).toEqual({ type: "whole", min: 0, max: 1000 });
    expect(at("B3")?.type).toBe("date");
  });
});
