/**
 * The fake weighs round trips as the protocol carries them (object paths, actions,
 * property names, values and value types) and instantiates proxies as Office.js does.
 */
import { FakeWorkbook, installFakeExcel, PAYLOAD_LIMIT_BYTES, type FakeExcelHandle } from "../support/fake-excel";

let fake: FakeExcelHandle;
afterEach(() => fake?.uninstall());

function setup(book = new FakeWorkbook()): FakeWorkbook {
  fake = installFakeExcel({ workbook: book });
  return book;
}

describe("the fake's wire measure", () => {
  it("counts valueTypes and property names in the response, beside the values", async () => {
    setup()
      .addSheet("数据")
      .setValues("A1", [
        [1, "二"],
        [3, "四"],
      ]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("数据").getRange("A1:B2").load("values");
      await context.sync();
      context.workbook.worksheets.getItem("数据").getRange("A1:B2").load("values,valueTypes");
      await context.sync();
    });
    const [valuesOnly, both] = fake.requests;
    const types = JSON.stringify([
      ["Double", "String"],
      ["Double", "String"],
    ]);
    expect(both.responseBytes - valuesOnly.responseBytes).toBeGreaterThanOrEqual(types.length + "valueTypes".length);
    // Framing: even an answer of four cells weighs more than their JSON.
    expect(valuesOnly.responseBytes).toBeGreaterThan(JSON.stringify([[1, "二"]]).length + 200);
  });

  it("fails a response over 5 MB with Excel's code and message, and commits none of its loads", async () => {
    const book = setup();
    const text = "长".repeat(1000);
    book.addSheet("大").setValues(
      "A1",
      Array.from({ length: 1800 }, () => [text])
    );
    const range = await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("大").getRange("A1:A1800").load("values");
      await expect(context.sync()).rejects.toMatchObject({
        code: "ResponsePayloadSizeLimitExceeded",
        message: "The response payload size has exceeded the limit.",
      });
      return r;
    });
    expect(fake.requests[0].responseBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  it("counts each proxy's object path and actions: many tiny writes exceed 5 MB though their values are small", async () => {
    setup().addSheet("表");
    const run = Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("表");
      for (let r = 0; r < 20_000; r++) sheet.getCell(r, 0).values = [[1]];
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.requests[0].bytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });
});

describe("the fake's proxy instantiation", () => {
  it("knows isNullObject after a sync without any load (the documented getItemOrNullObject pattern)", async () => {
    setup().addSheet("有");
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("没有");
      const present = context.workbook.worksheets.getItemOrNullObject("有");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(() => present.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
    expect(fake.syncCount()).toBe(1);
  });

  it("binds a proxy where it was created in the batch: a sheet added after getItemOrNullObject is not seen by it", async () => {
    setup().addSheet("甲");
    await Excel.run(async (context) => {
      const early = context.workbook.worksheets.getItemOrNullObject("乙");
      context.workbook.worksheets.add("乙");
      const late = context.workbook.worksheets.getItemOrNullObject("乙");
      await context.sync();
      expect(early.isNullObject).toBe(true);
      expect(late.isNullObject).toBe(false);
    });
  });

  it("fails the sync for getItem of a missing sheet even when nothing is read from it", async () => {
    setup().addSheet("甲");
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("没有");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
