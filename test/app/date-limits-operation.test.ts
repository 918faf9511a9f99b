/** 按新年度更新日期限制 inside Excel: every input sheet's date limits follow a changed 活动年度, in four syncs, values untouched. */
import { dateLimitsOutdated } from "../../src/app/date-limits-operation";
import { CONTRACT_SHEETS, INSTRUCTIONS_SHEET, META_SHEET, SETTINGS_SHEET } from "../../src/sheets/contract";
import { columnLetter } from "../../src/sheets/grid";
import type { FakeWorkbook } from "../support/fake-excel";
import { excelWorkbench, snapshots, standardWorkbook } from "./fixture";

const quiet = () => undefined;

/** Every date column of the input sheets with campaign-year limits, as [sheet, column letter]. */
const DATE_COLUMNS = CONTRACT_SHEETS.filter((s) => s !== SETTINGS_SHEET).flatMap((s) =>
  s.columns.flatMap((c, i) => (c.type === "date" && c.dates !== "any" ? [[s.name, columnLetter(i + 1)] as const] : []))
);

function dateRuleAt(book: FakeWorkbook, sheet: string, cell: string) {
  return book.sheet(sheet).validationAt(cell)?.rule;
}

/** Types a new 活动年度 into 参数设置 (row 2 holds 活动年度, its 值 in column B). */
function setYear(book: FakeWorkbook, value: string | number) {
  const settings = book.sheet(SETTINGS_SHEET.name);
  expect(settings.value("A2")).toBe("活动年度");
  settings.setValues("B2", [[value]]);
}

describe("按新年度更新日期限制 inside Excel", () => {
  it("is offered when 活动年度 changed after the workbook was made", async () => {
    const { book } = await standardWorkbook(false);
    expect(await excelWorkbench().state()).toMatchObject({ year: 2010, dateLimitYear: 2010 });
    setYear(book, 2011);
    const state = await excelWorkbench().state();
    expect(state).toMatchObject({ year: 2011, dateLimitYear: 2010 });
    expect(dateLimitsOutdated(state)).toBe(true);
  });

  it("re-applies every input sheet's date limits for the new year in four syncs, leaving values and protection as they were", async () => {
    const { book, fake } = await standardWorkbook(true);
    expect(DATE_COLUMNS.length).toBeGreaterThan(3);
    setYear(book, 2011);
    const inputs = [...new Set(DATE_COLUMNS.map(([sheet]) => sheet))];
    const cellsBefore = inputs.map((name) => book.sheet(name).grid());
    const protectedBefore = inputs.map((name) => book.sheet(name).protection.protected);
    // 填表说明 is made again for the new year (test/entry/date-limits-year-change.test.ts).
    const untouched = book.sheetNames().filter((n) => !inputs.includes(n) && n !== META_SHEET && n !== INSTRUCTIONS_SHEET);
    const before = snapshots(book, untouched);

    const outcome = await excelWorkbench().updateDateLimits(quiet);

    expect(outcome.ok).toBe(true);
    expect(outcome.message).toContain("2011-01-01 至 2011-12-31");
    expect(fake.runCount()).toBe(1);
    expect(fake.syncCount()).toBe(4);
    for (const [sheet, col] of DATE_COLUMNS) {
      const rows = Math.max(book.sheet(sheet).grid().length, 2001);
      for (const cell of [`${col}2`, `${col}${rows}`]) {
        expect({ sheet, cell, rule: dateRuleAt(book, sheet, cell) }).toEqual({
          sheet,
          cell,
          rule: { date: { formula1: "2011-01-01", formula2: "2011-12-31", operator: "Between" } },
        });
      }
      expect(book.sheet(sheet).validationAt(`${col}2`)?.errorAlert?.message).toContain("2011-01-01 至 2011-12-31");
    }
    expect(inputs.map((name) => book.sheet(name).grid())).toEqual(cellsBefore);
    expect(inputs.map((name) => book.sheet(name).protection.protected)).toEqual(protectedBefore);
    expect(protectedBefore.filter(Boolean).length).toBeGreaterThan(3);
    expect(snapshots(book, untouched)).toEqual(before);
    const meta = book.sheet(META_SHEET).grid();
    expect(meta).toContainEqual(["日期限制年度", 2011]);
    expect(meta.find((r) => r[0] === "创建时间")?.[1]).toBe(new Date(2010, 10, 1, 12, 0).toISOString());
    expect(book.sheet(META_SHEET).visibility).toBe("VeryHidden");
    expect(dateLimitsOutdated(await excelWorkbench().state())).toBe(false);
  });

  it.each([["二〇一一"], ["1999"]])("refuses an unreadable 活动年度 %p and changes nothing (never a silent 2010)", async (typed) => {
    const { book } = await standardWorkbook(false);
    setYear(book, typed);
    const before = snapshots(book, book.sheetNames());
    const outcome = await excelWorkbench().updateDateLimits(quiet);
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toContain("活动年度");
    expect(outcome.findings.some((f) => f.sheet === SETTINGS_SHEET.name && f.cell === "B2")).toBe(true);
    expect(snapshots(book, book.sheetNames())).toEqual(before);
  });

  it("says there is nothing to do when the limits already follow 活动年度", async () => {
    const { book, fake } = await standardWorkbook(false);
    const before = snapshots(book, book.sheetNames());
    const outcome = await excelWorkbench().updateDateLimits(quiet);
    expect(outcome).toMatchObject({ ok: true });
    expect(outcome.message).toContain("无需更新");
    expect(fake.syncCount()).toBe(1);
    expect(snapshots(book, book.sheetNames())).toEqual(before);
  });
});
