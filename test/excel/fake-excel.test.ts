/**
 * The fake must fail where Excel fails (STYLE.md, habit 9): each case here is an error
 * Excel raises, and the fake raises it with Excel's code at the same moment.
 */
import { FakeWorkbook, installFakeExcel, type FakeExcelHandle } from "../support/fake-excel";

let fake: FakeExcelHandle;
afterEach(() => fake?.uninstall());

function setup(book = new FakeWorkbook(), options: { excelApi?: string } = {}): FakeWorkbook {
  fake = installFakeExcel({ workbook: book, ...options });
  return book;
}

describe("the fake's loads", () => {
  it("throws PropertyNotLoaded when a property is read without load", async () => {
    setup()
      .addSheet("数据")
      .setValues("A1", [[1]]);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("数据").getRange("A1");

      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
    });
  });

  it("throws PropertyNotLoaded when a property was loaded but not yet synced, and answers after the sync", async () => {
    setup()
      .addSheet("数据")
      .setValues("A1", [[1, "二"]]);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("数据").getRange("A1:B1").load("values");

      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([[1, "二"]]);
    });
  });

  it("keeps a load a snapshot of the moment it ran in the batch", async () => {
    setup()
      .addSheet("数据")
      .setValues("A1", [["旧"]]);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("数据").getRange("A1");
      range.load("values");
      range.values = [["新"]];
      await context.sync();
      expect(range.values).toEqual([["旧"]]);
    });
    expect(fake.workbook.sheet("数据").value("A1")).toBe("新");
  });

  it("knows a null object only after a sync, and then reads its properties as undefined", async () => {
    setup().addSheet("有");
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("没有").load("name");
      const present = context.workbook.worksheets.getItemOrNullObject("有").load("name");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(missing.name).toBeUndefined();
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("有");
    });
  });

  it("answers loads through a null object with null objects, and refuses writes to them with ItemNotFound", async () => {
    setup().addSheet("有");
    await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItemOrNullObject("没有").getUsedRangeOrNullObject(true).load("values");
      await context.sync();
      expect(used.isNullObject).toBe(true);
    });
    const write = Excel.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject("没有").getRange("A1").values = [[1]];
      await context.sync();
    });
    await expect(write).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("refuses a response over 5 MB with ResponsePayloadSizeLimitExceeded", async () => {
    const rows = Array.from({ length: 2000 }, () => ["长".repeat(1000)]);
    setup().addSheet("大").setValues("A1", rows);
    const read = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("大").getRange("A1:A2000").load("values");
      await context.sync();
    });
    await expect(read).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("loads collection items with nested paths", async () => {
    const book = setup();
    book.addSheet("甲");
    book.addSheet("乙").protect();
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name,items/protection/protected");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.protection.protected])).toEqual([
        ["甲", false],
        ["乙", true],
      ]);
    });
  });
});

describe("the fake's round trips", () => {
  it("counts a sync only when it carries operations, and counts Excel.run calls", async () => {
    setup().addSheet("数据");
    await Excel.run(async (context) => {
      await context.sync();
      context.workbook.worksheets.getItem("数据").getRange("A1").values = [[1]];
      await context.sync();
    });
    expect(fake.syncCount()).toBe(1);
    expect(fake.runCount()).toBe(1);
  });

  it("sends what is still queued when the batch ends, as Office.js does", async () => {
    const book = setup();
    book.addSheet("数据");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("数据").getRange("B2").values = [["尾"]];
    });
    expect(fake.syncCount()).toBe(1);
    expect(book.sheet("数据").value("B2")).toBe("尾");
  });

  it("stops a batch at the failing operation: earlier ones stay applied, later ones are not", async () => {
    const book = setup();
    book.addSheet("数据");
    const run = Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("数据");
      sheet.getRange("A1").values = [["先"]];
      context.workbook.worksheets.getItem("不存在").getRange("A1").values = [[1]];
      sheet.getRange("A2").values = [["后"]];
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ItemNotFound", name: "RichApi.Error" });
    expect(book.sheet("数据").value("A1")).toBe("先");
    expect(book.sheet("数据").value("A2")).toBeNull();
  });

  it("rejects a request over 5 MB whole with RequestPayloadSizeLimitExceeded", async () => {
    const book = setup();
    book.addSheet("数据");
    const text = "长".repeat(1000); // 3 000 bytes of UTF-8 a cell
    const rows = Array.from({ length: 2000 }, () => [text]);
    const run = Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("数据");
      sheet.getRange("Z1").values = [["小"]];
      sheet.getRange("A1:A2000").values = rows;
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(book.sheet("数据").value("Z1")).toBeNull();
    expect(fake.requests[0].bytes).toBeGreaterThan(5 * 1024 * 1024);
  });
});

describe("the fake's worksheets", () => {
  it("throws ItemNotFound for getItem on a missing sheet", async () => {
    setup().addSheet("甲");
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("乙").load("name");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("throws ItemAlreadyExists when a sheet of that name exists, whatever its case", async () => {
    setup().addSheet("Data");
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.add("DATA");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("refuses invalid sheet names with InvalidArgument", async () => {
    setup().addSheet("甲");
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.add("名称/带斜杠");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses to delete or hide the last visible sheet", async () => {
    const book = setup();
    book.addSheet("唯一");
    book.addSheet("隐藏").visibility = "Hidden";
    const remove = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("唯一").delete();
      await context.sync();
    });
    await expect(remove).rejects.toMatchObject({ code: "InvalidOperation" });
    const hide = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("唯一").visibility = "Hidden";
      await context.sync();
    });
    await expect(hide).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("fails protect() on a protected sheet and unprotect() on an unprotected one with AccessDenied", async () => {
    const book = setup();
    book.addSheet("护").protect();
    book.addSheet("敞");
    const protect = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("护").protection.protect();
      await context.sync();
    });
    await expect(protect).rejects.toMatchObject({ code: "AccessDenied" });
    const unprotect = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("敞").protection.unprotect();
      await context.sync();
    });
    await expect(unprotect).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("fails unprotect() with a wrong password with InvalidArgument", async () => {
    setup().addSheet("密").protect("正确");
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("密").protection.unprotect("错误");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.workbook.sheet("密").protection.protected).toBe(true);
  });

  it("places the used range where it is: C3 has rowIndex 2 and columnIndex 2", async () => {
    setup()
      .addSheet("偏")
      .setValues("C3", [
        ["a", "b"],
        [1, 2],
      ]);
    await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("偏").getUsedRangeOrNullObject(true).load("address,rowIndex,columnIndex,values");
      await context.sync();
      expect([used.address, used.rowIndex, used.columnIndex]).toEqual(["偏!C3:D4", 2, 2]);
      expect(used.values).toEqual([
        ["a", "b"],
        [1, 2],
      ]);
    });
  });
});
