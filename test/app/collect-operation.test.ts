/**
 * 汇总回收文件 and 撤销上次汇总 inside Excel, against the strict Office.js fake: the preview
 * writes nothing, the confirmed batch makes one read and a bounded number of writes, a cancel
 * before the write leaves every sheet as it was, and undo puts back exactly the rows replaced.
 */
import type { ProgressFn } from "../../src/app/workbench";
import { createOfficePort } from "../../src/excel";
import { COLLECT_LOG_SHEET } from "../../src/sheets/collect/log-sheet";
import { SUBMISSION_STATUS_SHEET } from "../../src/sheets/results/submission-status";
import type { FakeExcelHandle, FakeWorkbook } from "../support/fake-excel";
import { collectedRows, edited, fullUnits, KINDS, masterOf, returnedFile, unitRecords } from "./collect-fixture";
import { excelWorkbench, snapshots, standardWorkbook } from "./fixture";

const quiet: ProgressFn = () => undefined;

/**
 * Round trips after the operation's one read (the fake's first request): a batch that writes
 * nothing makes none (its proxies and loads all go in the read, and sheets compare equal).
 */
const afterRead = (fake: FakeExcelHandle) => fake.requests.slice(1);

async function setUp() {
  const { book, fake } = await standardWorkbook(true);
  const master = await masterOf(createOfficePort());
  const [a, b] = fullUnits(master.data);
  // Templates carry the unit's rows (their base): A edits them, B sends its template back as it came.
  const fileA = await returnedFile("A.xlsx", master.campaignId, a, edited(unitRecords(master.data, a), "一"), { base: unitRecords(master.data, a) });
  const fileB = await returnedFile("B.xlsx", master.campaignId, b, unitRecords(master.data, b), { base: unitRecords(master.data, b) });
  fake.resetCounters();
  return { book, fake, master, a, b, files: [fileA, fileB] };
}

const everySheet = (book: FakeWorkbook) => snapshots(book, book.sheetNames());

describe("汇总回收文件 inside Excel", () => {
  it("previews without writing: every sheet as it was, no write round trip, progress per file", async () => {
    const { book, fake, a, b, files } = await setUp();
    const before = everySheet(book);
    const steps: string[] = [];
    const outcome = await excelWorkbench().collect(files, { write: false }, (step) => steps.push(step));

    expect(outcome.ok).toBe(true);
    expect(outcome.summary).toEqual(expect.objectContaining({ written: false, changesMaster: true }));
    expect(outcome.summary!.files.map((f) => [f.file, f.unitCode, f.status])).toEqual([
      ["A.xlsx", a, "merged"],
      ["B.xlsx", b, "unchanged"],
    ]);
    expect(outcome.summary!.files[0].rows.changed).toBeGreaterThan(0);
    expect(outcome.message).toContain("总表尚未修改");
    expect(steps).toEqual(expect.arrayContaining(["第 1/2 份：A.xlsx", "第 2/2 份：B.xlsx"]));
    expect(fake.syncCount()).toBe(1);
    expect(fake.requests[0].loads).toBeGreaterThan(0);
    expect(everySheet(book)).toEqual(before);
  });

  it("writes the batch after one read in a bounded number of round trips: A's rows replaced, every other unit's kept", async () => {
    const { book, fake, master, a, files } = await setUp();
    const outcome = await excelWorkbench().collect(files, { write: true }, quiet);
    expect(outcome.ok).toBe(true);
    expect(outcome.summary!.written).toBe(true);
    expect(fake.runCount()).toBe(1);
    // One read of the master's cells; then the write: the plan (its sheets' state, cells, protection) and 报送情况.
    expect(fake.syncCount()).toBe(5);
    expect(fake.requests[0].responseBytes).toBeGreaterThan(20 * fake.requests[1].responseBytes);
    expect(fake.requests.slice(1).every((r) => r.loads <= 4 && r.responseBytes < 10_000)).toBe(true);

    fake.resetCounters();
    const after = await masterOf(createOfficePort());
    const expected = edited(unitRecords(master.data, a), "一");
    const rows = collectedRows(after.data);
    const before = collectedRows(master.data);
    const wanted = collectedRows({ ...master.data, ...expected });
    const ofA = (list: object[], own = true) => list.filter((r) => ((r as { unitCode: string }).unitCode === a) === own);
    for (const kind of KINDS) {
      expect(ofA(rows[kind])).toEqual(ofA(wanted[kind]));
      expect(ofA(rows[kind], false)).toEqual(ofA(before[kind], false));
    }
    expect(ofA(rows.progress)).not.toEqual(ofA(before.progress));
    expect(book.sheet(COLLECT_LOG_SHEET).visibility).toBe("Hidden");
    expect(
      book
        .sheet(COLLECT_LOG_SHEET)
        .grid()
        .slice(1)
        .map((r) => r[1])
    ).toEqual(expect.arrayContaining(["A.xlsx", "B.xlsx"]));
    expect(book.find(SUBMISSION_STATUS_SHEET)).toBeDefined();

    // The same files again change nothing.
    const again = await excelWorkbench().collect(files, { write: false }, quiet);
    expect(again.summary!.files.map((f) => f.status)).toEqual(["unchanged", "unchanged"]);
    expect(again.summary!.changesMaster).toBe(false);
  });

  it("leaves every sheet as it was when cancelled before the write, and says so", async () => {
    const { book, fake, files } = await setUp();
    const before = everySheet(book);
    const controller = new AbortController();
    // The user cancels while the batch is being compared: after the files were read, before anything is written.
    const progress: ProgressFn = (step) => {
      if (step.startsWith("正在与总表比对")) controller.abort();
    };
    const outcome = await excelWorkbench().collect(files, { write: true, signal: controller.signal }, progress);
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toContain("已取消汇总");
    expect(outcome.message).toContain("没有任何改动");
    expect(outcome.summary?.written ?? false).toBe(false);
    expect(afterRead(fake)).toHaveLength(0);
    expect(everySheet(book)).toEqual(before);
  });

  it("refuses a .xls and a renamed text file with the command line's reasons, and reads none of them as sheets", async () => {
    const { book, files } = await setUp();
    const text = new TextEncoder().encode("单位编码,进度\nS01,50\n").buffer as ArrayBuffer;
    const outcome = await excelWorkbench().collect(
      [files[0], { name: "旧格式.xls", data: text }, { name: "改名.xlsx", data: text.slice(0) }],
      { write: false },
      quiet
    );
    const [, xls, renamed] = outcome.summary!.files;
    expect(xls).toEqual(expect.objectContaining({ status: "refused", reason: expect.stringContaining("是 .xls 格式，不是 .xlsx 工作簿") }));
    expect(renamed).toEqual(expect.objectContaining({ status: "refused", reason: expect.stringContaining("内容却不是 Excel 工作簿") }));
    expect(book.sheetNames().some((n) => n.includes("xls"))).toBe(false);
  });

  it("keeps the master when a record sheet to rewrite has rows it could not read (they would be lost)", async () => {
    const { book, fake, files } = await setUp();
    const progress = book.sheet("工作进度");
    const width = progress.grid()[0].length;
    // A row whose 进度(%) is text: the reader leaves the row out, so rewriting the sheet would drop it.
    const row = progress.grid().length + 1;
    const header = progress.grid()[0];
    const values = header.map((h) => (h === "序号" ? 1 : h === "填报单位编码" ? "S01" : h === "进度(%)" ? "一半" : h === "状态" ? "推进中" : null));
    progress.setValues(`A${row}`, [values.slice(0, width)]);
    const before = everySheet(book);
    fake.resetCounters();
    const outcome = await excelWorkbench().collect(files, { write: true }, quiet);
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toContain("「工作进度」有 1 行含无法识别的单元格");
    expect(afterRead(fake)).toHaveLength(0);
    expect(everySheet(book)).toEqual(before);
  });
});

describe("撤销上次汇总 inside Excel", () => {
  it("restores exactly the rows the last batch wrote, then finds nothing left to undo", async () => {
    const { book, master, a, files } = await setUp();
    const bench = excelWorkbench();
    expect((await bench.collect(files, { write: true }, quiet)).ok).toBe(true);
    const undone = await bench.undoCollect(quiet);
    expect(undone.ok).toBe(true);
    const ofA = unitRecords(master.data, a);
    // A corrected its one plan and changed each report's notes.
    expect(undone.summary!.restored).toEqual({ 方案报送: ofA.plans.length, 工作进度: ofA.progress.length });
    expect(undone.summary!.kept).toEqual([]);
    expect(undone.message).toContain("已撤销");

    const after = await masterOf(createOfficePort());
    expect(collectedRows(after.data)).toEqual(collectedRows(master.data));
    expect(
      book
        .sheet(COLLECT_LOG_SHEET)
        .grid()
        .slice(1)
        .every((r) => r[13] === "是")
    ).toBe(true);

    const nothing = await bench.undoCollect(quiet);
    expect(nothing.ok).toBe(false);
    expect(nothing.message).toContain("没有可撤销的汇总");
  });
});
