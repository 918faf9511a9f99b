/**
 * LibreOffice, an independent reader, keeps 得分's custom validation from both file writers: the
 * standard workbook of `tisheng init` (exceljs) and the same workbook written by the zip-level
 * writer (the command line's templates and merged masters), and a workbook file mode opened, changed
 * and saved again through exceljs. Read from the raw XML LibreOffice saves.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nodeZipCodec } from "../../src/cli/zip-codec";
import { blankCampaign } from "../../src/domain/blank";
import { defaultSettings } from "../../src/domain/settings";
import { buildWorkbookPlan } from "../../src/sheets/build-plan";
import { SCORES_SHEET, SETTINGS_SHEET } from "../../src/sheets/contract";
import { makeWorkbench } from "../../src/app/operations";
import { openXlsxPort } from "../../src/xlsx/xlsx-port";
import { newPlanWorkbook } from "../../src/xlsx/plan-workbook";
import { runCli } from "../cli/run-cli";
import { describeWithTool, sofficeConvert, which } from "../support/external-tool";
import { sheetXml, validationsOf } from "./sheet-xml";

const soffice = which("soffice");

describeWithTool(
  soffice,
  "LibreOffice 得分 validation",
  "soffice (apt-get install libreoffice-calc-nogui)"
)("LibreOffice keeps 得分's rule", () => {
  let dir: string;

  beforeAll(async () => {
    if (!soffice) throw new Error("soffice is not installed: apt-get install libreoffice-calc-nogui (required when CI=true)");
    dir = mkdtempSync(join(tmpdir(), "tisheng-lo-score-"));
    expect((await runCli("init", join(dir, "exceljs.xlsx"))).code).toBe(0);
    const settings = defaultSettings(2010);
    const plan = buildWorkbookPlan(settings, { createdAt: new Date(0), data: blankCampaign(settings) });
    writeFileSync(join(dir, "zip-level.xlsx"), newPlanWorkbook(plan.sheets, nodeZipCodec));
    // File mode: the user's workbook opened, its date limits moved to a new year, saved whole through exceljs.
    const opened = await openXlsxPort(readFileSync(join(dir, "exceljs.xlsx")));
    opened.workbook.getWorksheet(SETTINGS_SHEET.name)!.getCell("B2").value = 2011;
    const bench = makeWorkbench(
      opened.port,
      "file",
      async () => undefined,
      () => new Date(Date.UTC(2011, 0, 5))
    );
    expect((await bench.updateDateLimits(() => undefined)).ok).toBe(true);
    writeFileSync(join(dir, "resaved.xlsx"), await opened.save());
    sofficeConvert(soffice!, dir, "xlsx", join(dir, "out"), [join(dir, "exceljs.xlsx"), join(dir, "zip-level.xlsx"), join(dir, "resaved.xlsx")]);
  }, 240_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([["exceljs.xlsx"], ["zip-level.xlsx"], ["resaved.xlsx"]])(
    "in %s: a custom rule on 得分 with its formula and Chinese prompt",
    async (file) => {
      const xml = await sheetXml(readFileSync(join(dir, "out", file)), SCORES_SHEET.name);
      const custom = validationsOf(xml).filter((v) => v.attrs.type === "custom");
      expect(custom).toHaveLength(1);
      const [v] = custom;
      // LibreOffice saves every validation down to about 1,000 rows below the used area, whatever the file said.
      expect(v.attrs.sqref).toMatch(/^D2:D\d{4,}$/);
      // LibreOffice may write the formula back in its own spelling; the tests stay the same.
      expect(v.formula1.replace(/\s/g, "")).toBe('OR(AND(ISNUMBER(D2),D2>=0,D2<=100),D2="满意",D2="基本满意",D2="不满意")');
      expect(v.attrs.showInputMessage).toMatch(/^(1|true)$/);
      expect(v.attrs.prompt).toContain("满意、基本满意、不满意");
      expect(v.attrs.error).toContain("「得分」");
    }
  );
});
