/**
 * A write that fails part-way never leaves a result half-written: blocks are written
 * into work sheets and swapped in at the end, a row no request can carry is refused
 * before anything is sent, and the work sheets a failure leaves are removed next time.
 */
import { createOfficePort, ExcelOperationError } from "../../src/excel";
import type { SheetBlock } from "../../src/sheets/grid";
import { FakeOfficeError, FakeWorkbook } from "../support/fake-excel";
import { isChinese, rejectionOf, useFake } from "./helpers";

function block(name: string, count: number, text: string): SheetBlock {
  return {
    name,
    rows: [["单位编码", "说明"], ...Array.from({ length: count }, (_, i) => [`U${i}`, `${text}${i}`])],
    frozenRows: 1,
    widths: [10, 40],
  };
}

function oldResults(): FakeWorkbook {
  const book = new FakeWorkbook();
  book.addSheet("单位名册").setValues("A1", [["单位编码"], ["U01"]]);
  book.addSheet("排名结果").setValues("A1", [["旧排名"], ["1"]]);
  book.addSheet("问责名单").setValues("A1", [["旧名单"]]);
  return book;
}

describe("writeBlocks when Excel fails part-way", () => {
  it("leaves both previous result sheets whole when a later chunk is refused, and the next write cleans up", async () => {
    const book = oldResults();
    const fake = useFake(book);
    const blocks = [block("排名结果", 3000, "新的说明"), block("问责名单", 3000, "新的名单")];
    fake.beforeRequest((index) => {
      if (index === 3) throw new FakeOfficeError("RequestAborted", "The request was aborted.");
    });
    const port = createOfficePort({ requestBudgetBytes: 30_000 });

    const error = await rejectionOf(
      port.run(async (s) => {
        await s.sheetNames();
        await s.writeBlocks(blocks);
      })
    );

    expect(error).toBeInstanceOf(ExcelOperationError);
    expect(error).toMatchObject({ code: "RequestAborted", action: "写入结果工作表" });
    expect(isChinese((error as Error).message)).toBe(true);
    // Two chunks went through before the failure: they only ever reached the work sheets.
    expect(fake.requests.filter((r) => !r.failed).length).toBe(3);
    expect(book.sheet("排名结果").grid()).toEqual([["旧排名"], ["1"]]);
    expect(book.sheet("问责名单").grid()).toEqual([["旧名单"]]);
    expect(book.sheet("单位名册").grid()).toEqual([["单位编码"], ["U01"]]);

    fake.beforeRequest(() => undefined);
    await port.run((s) => s.writeBlocks(blocks));
    expect(book.sheetNames()).toEqual(["单位名册", "排名结果", "问责名单"]);
    expect(book.sheet("排名结果").grid()).toHaveLength(3001);
    expect(book.sheet("问责名单").value("B3001")).toBe("新的名单2999");
    expect(book.sheet("问责名单").frozenRows).toBe(1);
  });

  it("refuses a row that no request can carry before sending anything", async () => {
    const book = oldResults();
    const fake = useFake(book, { limitBytes: 60_000 });
    // A cell holds at most 32,767 characters (the adapter clips output text there): about 98 KB in UTF-8.
    const huge: SheetBlock = { name: "排名结果", rows: [["标题"], ["很长".repeat(30_000)], ["尾"]] };

    const error = await rejectionOf(
      createOfficePort({ requestBudgetBytes: 30_000, requestLimitBytes: 60_000 }).run(async (s) => {
        await s.sheetNames();
        await s.writeBlocks([huge]);
      })
    );

    expect(error).toMatchObject({ name: "ExcelOperationError", code: "RequestPayloadSizeLimitExceeded", action: "写入结果工作表" });
    expect(isChinese((error as Error).message)).toBe(true);
    expect(fake.syncCount()).toBe(1);
    expect(book.sheetNames()).toEqual(["单位名册", "排名结果", "问责名单"]);
    expect(book.sheet("排名结果").grid()).toEqual([["旧排名"], ["1"]]);
  });

  it("removes work sheets an earlier failed write left behind, and only those", async () => {
    const book = oldResults();
    book.addSheet("排名结果~1").setValues("A1", [["半成品"]]);
    book.addSheet("排名结果~2").setValues("A1", [["半成品"]]);
    book.addSheet("排名结果~备份").setValues("A1", [["用户自己的表"]]);
    useFake(book);
    await createOfficePort().run((s) => s.writeBlocks([{ name: "排名结果", rows: [["新"]] }]));
    expect(book.sheetNames()).toEqual(["单位名册", "问责名单", "排名结果~备份", "排名结果"]);
    expect(book.sheet("排名结果").grid()).toEqual([["新"]]);
  });
});
