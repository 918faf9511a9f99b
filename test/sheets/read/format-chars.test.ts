/**
 * Regression: unit codes that look alike were two units. A code pasted with an invisible
 * format character (U+200B zero-width space, a bidi mark such as U+200F or U+202E, U+FEFF)
 * read as a value of its own, so “Z01” and “Z01\u200B” were two units of one name. Such a
 * cell is now an error where it is, never silently a second value. Numbers are decimal only.
 */
import { defaultSettings } from "../../../src/domain/settings";
import { PLANS_SHEET, SCORES_SHEET, UNITS_SHEET } from "../../../src/sheets/contract";
import type { CellValue } from "../../../src/sheets/grid";
import { readCampaign, staticListValues } from "../../../src/sheets/read/read-campaign";
import { readSheet } from "../../../src/sheets/read/read-sheet";

const settings = defaultSettings(2010);
const lists = staticListValues(settings);
const headers = (columns: readonly { header: string }[]) => columns.map((c) => c.header);
const readUnits = (...rows: CellValue[][]) =>
  readSheet({ name: UNITS_SHEET.name, rows: [headers(UNITS_SHEET.columns), ...rows] }, UNITS_SHEET, settings, lists);
const readScore = (score: CellValue) =>
  readSheet({ name: SCORES_SHEET.name, rows: [headers(SCORES_SHEET.columns), ["Z01", "党代表", "DB-01", score]] }, SCORES_SHEET, settings, lists);

describe("format characters in code and name cells", () => {
  it.each([
    ["a zero-width space", "Z01\u200B"],
    ["a zero-width joiner", "Z\u200D01"],
    ["a right-to-left mark", "\u200FZ01"],
    ["a right-to-left override", "Z01\u202E"],
    ["a word joiner", "Z0\u20601"],
    ["a byte order mark, which trimming alone would have dropped silently", "Z01\uFEFF"],
  ])("a unit code with %s is an error at its cell, and no unit", (_what, code) => {
    const read = readUnits(["Z01", "金城镇", "镇(区)", "", "王强"], [code, "金城镇", "镇(区)", "", "王强"]);
    expect(read.records.map((u) => u.code)).toEqual(["Z01"]);
    expect(read.findings.map((f) => [f.severity, f.rule, f.cell])).toEqual([["error", "cell.formatChars", "A3"]]);
    expect(read.findings[0].message).toContain("“Z01”");
    expect(read.findings[0].message).toMatch(/U\+(200B|200D|200F|202E|2060|FEFF)/);
  });

  it("a unit name, a 上级单位编码 and a 评议主体 are checked alike", () => {
    const read = readUnits(["Z02", "金城\u200B镇", "镇(区)", "Z01\u200C", "王强"]);
    expect(read.findings.map((f) => [f.rule, f.cell])).toEqual([
      ["cell.formatChars", "B2"],
      ["cell.formatChars", "D2"],
    ]);
    const scores = readSheet(
      { name: SCORES_SHEET.name, rows: [headers(SCORES_SHEET.columns), ["Z01", "党代表\u200E", "DB\u200B-01", 90]] },
      SCORES_SHEET,
      settings,
      lists
    );
    expect(scores.findings.map((f) => [f.rule, f.cell])).toEqual([
      ["cell.formatChars", "B2"],
      ["cell.formatChars", "C2"],
    ]);
  });

  it("a cell that holds only a format character looks blank but is reported", () => {
    const read = readUnits(["Z01", "金城镇", "镇(区)", "\u200B", "王强"]);
    expect(read.findings.map((f) => [f.rule, f.cell])).toEqual([["cell.formatChars", "D2"]]);
    expect(read.findings[0].message).toContain("看似空白");
  });

  it("across the workbook: the look-alike code is one finding, and the roster keeps one unit", () => {
    const grids = new Map([
      [
        UNITS_SHEET.name,
        {
          name: UNITS_SHEET.name,
          rows: [headers(UNITS_SHEET.columns), ["Z01", "金城镇", "镇(区)", "", "王强"], ["Z01\u200B", "金城镇", "镇(区)", "", "王强"]],
        },
      ],
    ]);
    const read = readCampaign(grids, [UNITS_SHEET.name]);
    expect(read.data.units).toHaveLength(1);
    expect(read.findings.map((f) => f.rule)).toEqual(["cell.formatChars"]);
    // The refused row is no second unit: it is known only as it looks (Z01), so a reference to Z01
    // is never "unknown"; the readable Z01 row is the unit every reference resolves to.
    expect([...read.unreadable.unitCodes]).toEqual(["Z01"]);
    expect(read.data.units.map((u) => u.code)).toEqual(["Z01"]);
  });
});

describe("numbers are decimal only", () => {
  it.each(["0x50", "0b1", "0o17", "1e2", "Infinity", "５０ｘ"])("得分 “%s” is refused, never read as another number", (text) => {
    const read = readScore(text);
    expect(read.records).toEqual([]);
    expect(read.findings.map((f) => [f.severity, f.rule, f.cell])).toEqual([["error", "cell.notScore", "D2"]]);
  });

  it.each([
    ["80", 80],
    ["+80", 80],
    ["80.5", 80.5],
    ["８０", 80],
  ])("得分 “%s” is a plain decimal, read as %d with a warning", (text, value) => {
    const read = readScore(text);
    expect(read.records.map((r) => r.score)).toEqual([value]);
    expect(read.findings.map((f) => f.severity)).toEqual(["warning"]);
  });
});

describe("emoji in free text (issue 18)", () => {
  const readPlan = (title: string) =>
    readSheet({ name: PLANS_SHEET.name, rows: [headers(PLANS_SHEET.columns), ["Z01", 40240, title]] }, PLANS_SHEET, settings, lists);

  it.each([
    ["a family joined by zero-width joiners", "全家👨‍👩‍👧出动方案"],
    ["a skin tone before a joiner", "👩🏽‍💻 数字化方案"],
    ["a flag's tags", "🏴󠁧󠁢󠁳󠁣󠁴󠁿 方案"],
  ])("a 方案名称 with %s is read as it is", (_what, title) => {
    const read = readPlan(title);
    expect(read.findings).toEqual([]);
    expect(read.records.map((r) => r.title)).toEqual([title]);
  });

  it("a joiner that joins no emoji is still refused in free text", () => {
    const read = readPlan("实施\u200D方案");
    expect(read.findings.map((f) => [f.rule, f.cell])).toEqual([["cell.formatChars", "C2"]]);
  });

  it("an emoji's joiner stays refused in a name and a code", () => {
    const read = readUnits(["Z01", "金城镇👨‍👩‍👧", "镇(区)", "", "王强"], ["Z👨‍👩‍👧02", "尧塘镇", "镇(区)", "", "李明"]);
    expect(read.findings.map((f) => [f.rule, f.cell])).toEqual([
      ["cell.formatChars", "B2"],
      ["cell.formatChars", "A3"],
    ]);
  });
});
