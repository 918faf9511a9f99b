/**
 * What the pane asks of 汇总回收文件 besides the batch itself (issue 16, items 5 and 7):
 * lastCollectBatch names the batch 撤销上次汇总 would undo (read only, one read), and
 * returnNote makes the 退回说明 workbook the command line's --return-dir writes.
 */
import ExcelJS from "exceljs";
import type { CollectFileLine, ProgressFn } from "../../src/app/workbench";
import { createOfficePort } from "../../src/excel";
import type { Finding } from "../../src/domain/findings";
import { returnBlock } from "../../src/sheets/collect/return-sheet";
import { edited, fullUnits, masterOf, returnedFile, unitRecords } from "./collect-fixture";
import { excelWorkbench, RUN_AT, snapshots, standardWorkbook } from "./fixture";

const quiet: ProgressFn = () => undefined;

describe("lastCollectBatch", () => {
  it("names the last batch (time, files, units with names, rows per sheet) in one read, writes nothing, and is null once undone", async () => {
    const { book, fake } = await standardWorkbook(true);
    const master = await masterOf(createOfficePort());
    const [a] = fullUnits(master.data);
    const file = await returnedFile("A.xlsx", master.campaignId, a, edited(unitRecords(master.data, a), "一"), { base: unitRecords(master.data, a) });
    const bench = excelWorkbench();
    expect(await bench.lastCollectBatch()).toBeNull();
    const collected = await bench.collect([file], { write: true }, quiet);
    expect(collected.ok).toBe(true);

    const before = snapshots(book, book.sheetNames());
    fake.resetCounters();
    const last = await bench.lastCollectBatch();
    expect(fake.syncCount()).toBe(1);
    expect(snapshots(book, book.sheetNames())).toEqual(before);
    const name = master.data.units.find((u) => u.code === a)!.name;
    const counts = collected.summary!.files[0].perSheet;
    expect(last).toEqual({
      batch: RUN_AT.toISOString(),
      when: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
      files: ["A.xlsx"],
      units: [{ code: a, name }],
      counts: { 方案报送: counts.plans, 工作进度: counts.progress, 自查自纠: counts.inspections },
    });

    expect((await bench.undoCollect(quiet)).ok).toBe(true);
    expect(await bench.lastCollectBatch()).toBeNull();
  });
});

describe("returnNote", () => {
  it("makes the 退回说明 workbook of a refused file: the command line's sheet, with every finding at its cell", async () => {
    await standardWorkbook(false);
    const line: CollectFileLine = {
      file: "B09_市发改委_2010.xlsx",
      unitCode: "B09",
      status: "refused",
      reason: "文件中有 2 处错误（见问题清单，已注明工作表和单元格），整份文件未汇总。请单位改正后重新报送。",
      rows: { added: 0, changed: 0, removed: 0, unchanged: 0 },
      perSheet: {},
      conflicts: [],
    };
    const findings: Finding[] = [
      { severity: "error", sheet: "工作进度", cell: "D5", rule: "r1", message: "进度(%) 应为 0–100 的数字。" },
      { severity: "warning", sheet: "自查自纠", cell: "H3", rule: "r2", message: "整改时限早于填报日期。" },
    ];
    const note = await excelWorkbench().returnNote(line, findings);
    expect(note.fileName).toBe("B09_市发改委_2010_退回说明.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(note.bytes) as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet("退回说明")!;
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
    const expected = returnBlock(line.file, line.unitCode, line.reason, findings, "2010-12-20").rows.filter((r) => r.length > 0);
    const written = rows.filter((r) => r.length > 0).map((r) => r.map((v) => v ?? ""));
    // The date is the run's local day: compare the rest cell for cell.
    expect(written.slice(1)).toEqual(expected.slice(1).map((r) => r.map((v) => v ?? "")));
    expect(String(written[0][0])).toMatch(/^B09_市发改委_2010\.xlsx 退回说明（\d{4}-\d{2}-\d{2}）$/);
  });
});
