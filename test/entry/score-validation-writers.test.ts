/**
 * 评议评分 得分 carries the same native validation in every workbook that has the sheet (issue 8,
 * item 5): 0–100 or a grade word of 参数设置, as a custom formula of standard functions written for
 * the range's top-left cell, with a Chinese input prompt and error alert. Checked in the XML each
 * file writer produces (exceljs through `tisheng init`, and the zip-level writer of the CLI's
 * templates and merged masters) and in the strict Office.js fake through 创建标准工作簿.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nodeZipCodec } from "../../src/cli/zip-codec";
import { blankCampaign } from "../../src/domain/blank";
import { defaultSettings } from "../../src/domain/settings";
import { buildWorkbookPlan } from "../../src/sheets/build-plan";
import { SCORES_SHEET } from "../../src/sheets/contract";
import { newPlanWorkbook } from "../../src/xlsx/plan-workbook";
import { excelWorkbench, useFake } from "../app/fixture";
import { runCli } from "../cli/run-cli";
import { FakeWorkbook } from "../support/fake-excel";
import { sheetXml, validationsOf } from "./sheet-xml";

/** The rule as the three spreadsheets must receive it: 得分 is column D, the range starts at row 2. */
const FORMULA = 'OR(AND(ISNUMBER(D2),D2>=0,D2<=100),D2="满意",D2="基本满意",D2="不满意")';
const LAST_ROW = defaultSettings(2010).templateRows + 1;

/** What every writer must put on 得分. */
function expectScoreValidation(xml: string) {
  const score = validationsOf(xml).filter((v) => v.attrs.sqref.split(" ").some((r) => r.startsWith("D")));
  expect(score).toHaveLength(1);
  const [v] = score;
  expect(v.attrs).toMatchObject({ type: "custom", sqref: `D2:D${LAST_ROW}`, showInputMessage: "1", showErrorMessage: "1", errorStyle: "stop" });
  expect(v.formula1).toBe(FORMULA);
  // Standard functions only, no structured or absolute references: Excel, WPS and LibreOffice read it alike.
  expect(v.formula1).not.toMatch(/[[\]$]|_xlfn|!/);
  expect(v.attrs.promptTitle).toBe("得分");
  expect(v.attrs.prompt).toMatch(/^请填写.*0–100.*满意、基本满意、不满意/);
  expect(v.attrs.error).toMatch(/^「得分」应为.*0–100.*满意、基本满意、不满意/);
}

describe("得分's validation in every writer", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "tisheng-score-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("the standard workbook of tisheng init (exceljs)", async () => {
    const out = join(dir, "book.xlsx");
    expect((await runCli("init", out)).code).toBe(0);
    expectScoreValidation(await sheetXml(readFileSync(out), SCORES_SHEET.name));
  });

  it("the zip-level writer (templates and merged masters of the command line)", async () => {
    const settings = defaultSettings(2010);
    const plan = buildWorkbookPlan(settings, { createdAt: new Date(0), data: blankCampaign(settings) });
    const bytes = newPlanWorkbook(plan.sheets, nodeZipCodec);
    expectScoreValidation(await sheetXml(bytes, SCORES_SHEET.name));
  });

  it("创建标准工作簿 inside Excel (strict fake): the rule over every template row, with a Chinese prompt and alert", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1");
    useFake(book);
    expect((await excelWorkbench().createWorkbook({ year: 2010, demo: false }, () => undefined)).ok).toBe(true);
    const sheet = book.sheet(SCORES_SHEET.name);
    expect(sheet.grid()[0]?.[3]).toBe("得分");
    for (const cell of ["D2", "D700", `D${LAST_ROW}`]) expect(sheet.validationAt(cell)?.rule).toEqual({ custom: { formula: `=${FORMULA}` } });
    expect(sheet.validationAt(`D${LAST_ROW + 1}`)).toBeUndefined();
    const v = sheet.validationAt("D2")!;
    expect(v.prompt).toMatchObject({ showPrompt: true, title: "得分" });
    expect(v.prompt?.message).toMatch(/^请填写.*0–100.*满意、基本满意、不满意/);
    expect(v.errorAlert).toMatchObject({ showAlert: true, style: "Stop" });
    expect(v.errorAlert?.message).toMatch(/^「得分」应为.*满意、基本满意、不满意/);
  });
});
