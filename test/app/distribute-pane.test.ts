/**
 * 分发填报模板 inside Excel, against the strict fake: one .zip of every unit's template and
 * 分发记录 in the open workbook; then a unit fills its template in its own Excel (exceljs here,
 * not our writer) and 汇总回收文件 takes it back into the master.
 */
import ExcelJS from "exceljs";
import { DISTRIBUTION_SHEET } from "../../src/app/distribute-record";
import type { ProgressFn } from "../../src/app/workbench";
import { createOfficePort } from "../../src/excel";
import { readCentralDirectory, rawEntryBytes } from "../../src/xlsx/zip/central-directory";
import { templateFileName } from "../../src/sheets/templates/file-name";
import { TEMPLATE_META_SHEET } from "../../src/sheets/template-meta";
import { fillFirstProgress } from "../cli/collect-fixtures";
import { bare, fullUnits, masterOf } from "./collect-fixture";
import { excelWorkbench, standardWorkbook } from "./fixture";

const quiet: ProgressFn = () => undefined;

/** The files of a .zip the pane offers: name → bytes (the templates are stored as they are). */
function unzip(zip: Uint8Array): Map<string, Uint8Array> {
  return new Map(readCentralDirectory(zip).map((e) => [e.name, rawEntryBytes(zip, e)]));
}

describe("分发填报模板 inside Excel", () => {
  it("zips every asked unit's template and records them in a hidden 分发记录, in one read and one write", async () => {
    const { book, fake } = await standardWorkbook(true);
    const master = await masterOf(createOfficePort());
    const units = master.data.units.slice(0, 3);
    fake.resetCounters();
    const steps: string[] = [];
    const outcome = await excelWorkbench().distributeTemplates({ units: units.map((u) => u.code) }, (s) => steps.push(s));

    expect(outcome.ok).toBe(true);
    expect(outcome.summary).toEqual(expect.objectContaining({ count: 3, zipName: "单位填报模板_2010.zip", unknownUnits: [] }));
    const files = unzip(outcome.summary!.zip);
    expect([...files.keys()]).toEqual(units.map((u) => templateFileName(u, 2010)));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(files.get(templateFileName(units[1], 2010))! as unknown as ArrayBuffer);
    const meta = wb.getWorksheet(TEMPLATE_META_SHEET)!;
    expect(meta.state).toBe("veryHidden");
    expect(meta.getSheetValues().flat()).toEqual(expect.arrayContaining(["单位编码", units[1].code, "活动编号", master.campaignId]));
    expect(steps).toEqual(expect.arrayContaining([`第 1/3 份：${units[0].name}`]));

    const record = book.sheet(DISTRIBUTION_SHEET);
    expect(record.visibility).toBe("Hidden");
    expect(
      record
        .grid()
        .slice(1)
        .map((r) => r[0])
    ).toEqual(units.map((u) => u.code));
    // The read (参数设置, 单位名册, 重点工作, 元数据, 分发记录), then the plan of 分发记录.
    expect(fake.runCount()).toBe(1);
    expect(fake.syncCount()).toBeLessThanOrEqual(4);
  });

  it("refuses an unknown unit code and writes nothing", async () => {
    const { book } = await standardWorkbook(true);
    const outcome = await excelWorkbench().distributeTemplates({ units: ["NOPE"] }, quiet);
    expect(outcome.ok).toBe(false);
    expect(outcome.summary).toEqual(expect.objectContaining({ count: 0, unknownUnits: ["NOPE"] }));
    expect(outcome.message).toContain("NOPE");
    expect(book.find(DISTRIBUTION_SHEET)).toBeUndefined();
  });

  it("takes back a template the unit filled in its own Excel: the unit's new report joins those it had", async () => {
    await standardWorkbook(true);
    const master = await masterOf(createOfficePort());
    const unit = master.data.units.find((u) => u.code === fullUnits(master.data)[0])!;
    const bench = excelWorkbench();
    const distributed = await bench.distributeTemplates({ units: [unit.code] }, quiet);
    const name = templateFileName(unit, 2010);
    const returned = { name, data: await fillFirstProgress(unzip(distributed.summary!.zip).get(name)!, "已召开专题会议部署") };

    const outcome = await bench.collect([returned], { write: true }, quiet);
    expect(outcome.summary!.files).toEqual([expect.objectContaining({ file: name, unitCode: unit.code, status: "merged" })]);
    const after = await masterOf(createOfficePort());
    const own = after.data.progress.filter((r) => r.unitCode === unit.code);
    const had = master.data.progress.filter((r) => r.unitCode === unit.code);
    expect(own.map((r) => [r.notes, r.percent, r.status])).toEqual([
      ...had.map((r) => [r.notes, r.percent, r.status]),
      ["已召开专题会议部署", 50, "推进中"],
    ]);
    const others = (rows: typeof own) => bare(rows.filter((r) => r.unitCode !== unit.code));
    expect(others(after.data.progress)).toEqual(others(master.data.progress));
  });
});
