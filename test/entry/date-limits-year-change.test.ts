/**
 * 按新年度更新日期限制 end to end (issue 8, item 5): after 活动年度 changes, every input sheet's date
 * column follows the new year, and so does what 填表说明 says about dates and stages, in both
 * adapters. A template made after the change carries the new year's limits and says so.
 */
import { makeWorkbench } from "../../src/app/operations";
import { defaultSettings } from "../../src/domain/settings";
import { CONTRACT_SHEETS, INSTRUCTIONS_SHEET, SETTINGS_SHEET } from "../../src/sheets/contract";
import type { CellValue } from "../../src/sheets/grid";
import { unitTemplatePlan } from "../../src/sheets/templates/unit-template";
import { TEMPLATE_KIND, TEMPLATE_SCHEMA_VERSION, type TemplateMeta } from "../../src/sheets/template-meta";
import { newXlsxPort } from "../../src/xlsx/xlsx-port";
import { demoCampaign } from "../../src/demo";
import { dateLimitsOfferOf } from "../../src/taskpane/create-action";
import { excelWorkbench, standardWorkbook } from "../app/fixture";

const quiet = () => undefined;

/** The text of every cell of a grid, one string (what a reader of the sheet sees). */
const textOf = (rows: readonly (readonly CellValue[] | undefined)[]) =>
  rows
    .flatMap((r) => r ?? [])
    .filter((v) => v !== null && v !== undefined)
    .map(String)
    .join("\n");

/** What 填表说明 must say for `year`, and what it must no longer say. */
function expectInstructionsFor(text: string, year: number) {
  expect(text).toContain(`${year}年“能力作风建设提升年”活动`);
  expect(text).toContain(`${year}-01-01 至 ${year}-12-31`);
  expect(text).toContain("按新年度更新日期限制");
  // No date of the old year survives (examples, stages, supervision batches).
  expect(text).not.toMatch(new RegExp(`${year - 1}-\\d\\d-\\d\\d`));
}

describe("the input sheets whose dates follow 活动年度", () => {
  it("are every dated column of the input and task sheets, and not 参数设置's own rows (held only to be dates)", () => {
    const dated = CONTRACT_SHEETS.filter((s) => s !== SETTINGS_SHEET).flatMap((s) =>
      s.columns.filter((c) => c.type === "date" && c.dates !== "any").map((c) => `${s.name}.${c.header}`)
    );
    expect(dated.sort()).toEqual(
      [
        "方案报送.报送日期",
        "工作进度.填报日期",
        "自查自纠.整改时限",
        "自查自纠.完成日期",
        "督查记录.督查日期",
        "违规记录.发生日期",
        "重点工作.完成时限",
      ].sort()
    );
  });
});

describe("按新年度更新日期限制 makes 填表说明 again for the new year", () => {
  it("inside Excel: its title, stages and date limits read 2011, in the same four syncs", async () => {
    const { book, fake } = await standardWorkbook(false);
    expectInstructionsFor(textOf(book.sheet(INSTRUCTIONS_SHEET).grid()), 2010);
    const order = book.sheetNames();
    book.sheet(SETTINGS_SHEET.name).setValues("B2", [[2011]]);

    const outcome = await excelWorkbench().updateDateLimits(quiet);

    expect(outcome.ok).toBe(true);
    expect(fake.syncCount()).toBe(4);
    expectInstructionsFor(textOf(book.sheet(INSTRUCTIONS_SHEET).grid()), 2011);
    expect(book.sheet(INSTRUCTIONS_SHEET).protection.protected).toBe(true);
    // Made again in place: the tab keeps its position (and references to it survive).
    expect(book.sheetNames()).toEqual(order);
  });

  it("as a file: the saved workbook's 填表说明 reads 2011", async () => {
    const handle = await newXlsxPort();
    const bench = makeWorkbench(
      handle.port,
      "file",
      async () => undefined,
      () => new Date(Date.UTC(2011, 0, 5))
    );
    await bench.createWorkbook({ year: 2010, demo: false }, quiet);
    handle.workbook.getWorksheet(SETTINGS_SHEET.name)!.getCell("B2").value = 2011;

    expect((await bench.updateDateLimits(quiet)).ok).toBe(true);

    const grids = await handle.port.run((s) => s.readSheets([INSTRUCTIONS_SHEET]));
    expectInstructionsFor(textOf(grids.get(INSTRUCTIONS_SHEET)!.rows), 2011);
    expect(handle.workbook.worksheets[0].name).toBe(INSTRUCTIONS_SHEET);
  });
});

describe("a unit's template made after 活动年度 changed", () => {
  it("limits its dates to the new year and says so in its 填表说明", () => {
    const settings = defaultSettings(2011);
    const data = demoCampaign(settings);
    // A department that leads tasks: its template has 方案报送, 工作进度 and 自查自纠.
    const unit = data.units.find((u) => data.tasks.some((t) => t.lead === u.name || t.lead === u.code))!;
    const meta: TemplateMeta = {
      campaignId: "a".repeat(32),
      year: 2011,
      unitCode: unit.code,
      kind: TEMPLATE_KIND,
      schemaVersion: TEMPLATE_SCHEMA_VERSION,
      createdAt: "2011-01-05 09:30",
      headerHash: "0".repeat(64),
    };
    const plan = unitTemplatePlan({ unit, tasks: data.tasks, settings }, meta);
    const dates = plan.sheets.flatMap((s) => s.validations.flatMap((v) => (v.rule.type === "date" ? [`${s.name}:${v.rule.from}…${v.rule.to}`] : [])));
    expect(dates.map((d) => d.split(":")[0]).sort()).toEqual(["工作进度", "方案报送", "自查自纠", "自查自纠"].sort());
    expect(dates.every((d) => d.endsWith(":2011-01-01…2011-12-31"))).toBe(true);
    const instructions = textOf(plan.sheets.find((s) => s.name === INSTRUCTIONS_SHEET)!.rows);
    expect(instructions).toContain("2011-01-01 至 2011-12-31");
  });
});

describe("参数设置's own dates after 活动年度 changed", () => {
  it("are held only to be dates (no year limit to re-apply), and those left in the old year come back as findings at their cells", async () => {
    const { book } = await standardWorkbook(false);
    const settings = book.sheet(SETTINGS_SHEET.name);
    expect(settings.value("A3")).toBe("动员部署截止日期");
    expect(settings.validationAt("B3")?.rule).toEqual({ date: { formula1: "1900-01-01", formula2: "9999-12-31", operator: "Between" } });
    settings.setValues("B2", [[2011]]);

    const outcome = await excelWorkbench().updateDateLimits(quiet);

    expect(outcome.ok).toBe(true);
    const cells = outcome.findings.filter((f) => f.sheet === SETTINGS_SHEET.name && f.severity === "error").map((f) => f.cell);
    expect(cells).toContain("B3");
    expect(outcome.findings.find((f) => f.cell === "B3")?.message).toContain("2011 年内的日期");
    expect(settings.validationAt("B3")?.rule).toEqual({ date: { formula1: "1900-01-01", formula2: "9999-12-31", operator: "Between" } });
  });
});

describe("the 按新年度更新日期限制 offer", () => {
  it("says what the button changes and what the office must still change by hand", () => {
    const offer = dateLimitsOfferOf({ presentSheets: [], missingSheets: [], year: 2011, dateLimitYear: 2010 });
    expect(offer?.hint).toContain("仍只接受 2010 年内的日期");
    expect(offer?.hint).toContain("填表说明");
    expect(offer?.hint).toMatch(/各阶段日期.*完成时限.*2011 年/);
  });
});

describe("参数设置's note on 活动年度", () => {
  it("says what changing it takes: the stage dates and 完成时限 by hand, then the button for the limits and 填表说明", async () => {
    const { book } = await standardWorkbook(false);
    const note = String(book.sheet(SETTINGS_SHEET.name).value("C2"));
    expect(note).toMatch(/各阶段日期.*完成时限.*按新年度更新日期限制.*填表说明/);
  });
});

describe("补齐 after 活动年度 changed, inside Excel", () => {
  it("makes the missing sheet for the new year, offers the update for the others, and the offer goes once applied", async () => {
    const { book } = await standardWorkbook(false);
    book.sheet(SETTINGS_SHEET.name).setValues("B2", [[2011]]);
    book.remove(book.sheet("违规记录"), "test");
    const bench = excelWorkbench();

    const filled = await bench.createWorkbook({ year: 2010, demo: false }, quiet);

    expect(filled.ok).toBe(true);
    expect(filled.summary?.created).toEqual(["违规记录"]);
    expect(filled.message).toContain("按新年度更新日期限制");
    const limit2011 = { date: { formula1: "2011-01-01", formula2: "2011-12-31", operator: "Between" } };
    expect(book.sheet("违规记录").validationAt("C2")?.rule).toEqual(limit2011);
    expect(book.sheet("督查记录").validationAt("C2")?.rule).toEqual({
      date: { formula1: "2010-01-01", formula2: "2010-12-31", operator: "Between" },
    });
    expect(dateLimitsOfferOf(await bench.state())).not.toBeNull();

    expect((await bench.updateDateLimits(quiet)).ok).toBe(true);

    expect(book.sheet("督查记录").validationAt("C2")?.rule).toEqual(limit2011);
    expect(book.sheet("违规记录").validationAt("C2")?.rule).toEqual(limit2011);
    expect(dateLimitsOfferOf(await bench.state())).toBeNull();
  });
});
