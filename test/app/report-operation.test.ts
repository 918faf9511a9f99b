/**
 * 督查通报 inside Excel, held to its budget by the strict fake: one read sync and one write
 * sync, input sheets untouched, each batch's notice on its own sheet, the office's edited
 * 下一步要求 kept, and nothing written when errors in the data block it.
 */
import { reportOperation, REPORT_INPUT_SHEETS } from "../../src/app/report-operation";
import { createOfficePort } from "../../src/excel";
import { NOTICE_SECTIONS as NOTICE_HEADINGS } from "../../src/sheets/results/notice-model";
import JSZip from "jszip";
import { a1, columnOf, excelWorkbench, snapshots, standardWorkbook } from "./fixture";

const report = (asOf: string, batch?: string) => createOfficePort().run((session) => reportOperation(session, asOf, batch));

describe("督查通报 inside Excel", () => {
  it("writes the batch's notice in one Excel.run of one read sync and one write sync, leaving the input sheets as they were", async () => {
    const { book, fake } = await standardWorkbook();
    const before = snapshots(book, REPORT_INPUT_SHEETS);
    const run = await report("2010-11-30", "第三季度常规督查");
    expect(run.outcome.ok).toBe(true);
    expect(fake.runCount()).toBe(1);
    expect(fake.syncCount()).toBe(2);
    expect(snapshots(book, REPORT_INPUT_SHEETS)).toEqual(before);
    const notice = book.sheet("督查通报-第三季度常规督查").grid();
    expect(notice[0][0]).toBe("关于2010年“能力作风建设提升年”活动第三季度常规督查情况的通报");
    expect(notice[1][0]).toBe("坛优办〔2010〕3号");
    expect(run.document).toMatchObject({ docNumber: "坛优办〔2010〕3号", date: "2010年11月30日", batch: "第三季度常规督查" });
    expect(notice.flat()).toContain(NOTICE_HEADINGS.requirements);
    expect(run.outcome.summary).toMatchObject({ batch: "第三季度常规督查", sheet: "督查通报-第三季度常规督查", asOf: "2010-11-30" });
    expect(run.outcome.message).toContain("督查通报-第三季度常规督查");
  });

  it("keeps the previous batch's notice under its own name, and the 下一步要求 the office edited when a notice is made again", async () => {
    const { book, fake } = await standardWorkbook();
    await report("2010-07-05", "上半年集中督查");
    const first = book.sheet("督查通报-上半年集中督查");
    const at = first.grid().findIndex((row) => row[0] === NOTICE_HEADINGS.requirements);
    first.setValues(`A${at + 2}`, [["（一）请各单位7月底前报送整改情况。"]]);
    const kept = first
      .grid()
      .slice(at + 1)
      .findIndex((row) => row.some((c) => c === "市优化经济发展软环境领导小组办公室"));
    await report("2010-11-30", "第三季度常规督查");
    fake.resetCounters();
    const again = await report("2010-07-06", "上半年集中督查");
    expect(fake.syncCount()).toBe(2);
    expect(again.outcome.ok).toBe(true);
    expect(book.find("督查通报-第三季度常规督查")).toBeDefined();
    const rows = book.sheet("督查通报-上半年集中督查").grid();
    // Laid out again as a paragraph of the notice: its first line indented two characters.
    expect(rows[at + 1][0]).toBe("\u3000\u3000（一）请各单位7月底前报送整改情况。");
    expect(rows[2][0]).toContain("2010-07-06");
    expect(again.document?.blocks).toContainEqual({ kind: "paragraph", text: "（一）请各单位7月底前报送整改情况。" });
    expect(kept).toBeGreaterThan(0);
  });

  it("writes nothing when a task's lead is not in 单位名册, and points at its cell", async () => {
    const { book, fake } = await standardWorkbook();
    const tasks = book.sheet("重点工作");
    const lead = columnOf(tasks, "牵头单位");
    tasks.setValues(a1(lead, 3), [["市纪委"]]);
    const names = book.sheets.map((s) => s.name);
    const run = await report("2010-11-30");
    expect(run.outcome.ok).toBe(false);
    expect(fake.syncCount()).toBe(1);
    expect(book.sheets.map((s) => s.name)).toEqual(names);
    expect(run.outcome.findings).toContainEqual(
      expect.objectContaining({ severity: "error", sheet: "重点工作", cell: a1(lead, 3), rule: "supervision.leadUnmatched" })
    );
  });

  it("下载通报（Word）: writes the notice in the same one read and one write, then makes the same notice as a Word document", async () => {
    const { book, fake } = await standardWorkbook();
    const before = snapshots(book, REPORT_INPUT_SHEETS);
    const outcome = await excelWorkbench().noticeWord("2010-11-30", "第三季度常规督查", () => undefined);
    expect(outcome.ok).toBe(true);
    expect(fake.runCount()).toBe(1);
    expect(fake.syncCount()).toBe(2);
    expect(snapshots(book, REPORT_INPUT_SHEETS)).toEqual(before);
    expect(outcome.summary?.fileName).toBe("督查通报-第三季度常规督查-2010-11-30.docx");
    const docx = await JSZip.loadAsync(outcome.summary!.bytes);
    const text = await docx.file("word/document.xml")!.async("string");
    const sheet = book.sheet("督查通报-第三季度常规督查").grid();
    // The same notice: the sheet's 主送机关 and the title's second line are in the document.
    expect(text).toContain(String(sheet[4][0]));
    expect(text.includes("第三季度常规督查情况的通报")).toBe(true);
    expect(text).toContain("坛优办〔2010〕3号");
    expect(outcome.message).toContain("督查通报-第三季度常规督查-2010-11-30.docx");
  });

  it("refuses an unknown batch before touching the workbook", async () => {
    const { fake } = await standardWorkbook();
    const run = await report("2010-11-30", "第五季度常规督查");
    expect(run.outcome.ok).toBe(false);
    expect(run.outcome.message).toContain("第一季度常规督查");
    expect(fake.syncCount()).toBe(0);
  });
});
