/**
 * Native charts from a block's chart hints, written through the Office.js port against the
 * strict fake: created in the same round trip as the cells, over the hinted cells, titled
 * and placed; kept when the work sheet takes the block's name; and the fake's chart API
 * refuses what Excel refuses.
 */
import { createOfficePort } from "../../src/excel";
import type { SheetBlock } from "../../src/sheets/grid";
import { chartsOf, chartSourceAddress, FakeOfficeError, FakeWorkbook } from "../support/fake-excel";
import { rejectionOf, useFake } from "./helpers";

const BLOCK: SheetBlock = {
  name: "工作看板",
  rows: [["标题"], [], ["状态", "重点工作(项)"], ["已完成", 3], ["逾期", 1], ["正常", 24]],
  charts: [
    {
      type: "columnClustered",
      source: { top: 3, left: 1, bottom: 6, right: 2 },
      title: "重点工作状态",
      position: { row: 3, col: 9, rows: 15, cols: 7 },
    },
  ],
};

/** A book whose names the session learns in its read, so a write is one sync. */
function book(): FakeWorkbook {
  const b = new FakeWorkbook();
  b.addSheet("参数设置").setValues("A1", [["参数"]]);
  return b;
}

async function write(blocks: SheetBlock[]): Promise<void> {
  await createOfficePort().run(async (s) => {
    await s.readSheets(["参数设置"]);
    await s.writeBlocks(blocks);
  });
}

describe("charts of an output block inside Excel", () => {
  it("creates each hinted chart over its cells, titled and placed, in the one write sync", async () => {
    const b = book();
    const fake = useFake(b);
    await write([BLOCK]);
    expect(fake.syncCount()).toBe(2);
    const charts = chartsOf(b.sheet("工作看板"));
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({ chartType: "ColumnClustered", seriesBy: "Columns", title: "重点工作状态" });
    expect(chartSourceAddress(charts[0])).toBe("A3:B6");
    expect(charts[0].position).toEqual({ start: { row: 2, col: 8, rows: 1, cols: 1 }, end: { row: 16, col: 14, rows: 1, cols: 1 } });
  });

  it("carries the charts in the request's payload", async () => {
    const plain = book();
    const fakePlain = useFake(plain);
    await write([{ ...BLOCK, charts: undefined }]);
    const without = fakePlain.requests[1].bytes;
    const charted = book();
    const fake = useFake(charted);
    await write([BLOCK]);
    expect(fake.requests[1].bytes).toBeGreaterThan(without + 200);
    expect(fake.requests[1].ops).toBeGreaterThan(fakePlain.requests[1].ops + 2);
  });

  it("replaces the old sheet's charts with the new ones when the block is written again", async () => {
    const b = book();
    useFake(b);
    await write([BLOCK]);
    await write([{ ...BLOCK, charts: [{ ...BLOCK.charts![0], type: "pie", title: "再次生成" }] }]);
    expect(chartsOf(b.sheet("工作看板")).map((c) => [c.chartType, c.title])).toEqual([["Pie", "再次生成"]]);
  });

  it("creates the charts with the last chunk when the rows take several requests, so they plot cells already written", async () => {
    const b = book();
    const fake = useFake(b);
    // The plotted table comes last, after rows that take several requests: a chart queued earlier would meet empty cells.
    const filler = Array.from({ length: 3_000 }, (_, i) => [`第${i}行的说明文字`, i]);
    const table = [
      ["状态", "重点工作(项)"],
      ["逾期", 1],
      ["正常", 24],
    ];
    const top = filler.length + 1;
    const hint = { ...BLOCK.charts![0], source: { top, left: 1, bottom: top + 2, right: 2 } };
    await createOfficePort({ requestBudgetBytes: 20_000 }).run(async (s) => {
      await s.readSheets(["参数设置"]);
      await s.writeBlocks([{ name: "工作看板", rows: [...filler, ...table], charts: [hint] }]);
    });
    expect(fake.syncCount()).toBeGreaterThan(3);
    expect(chartsOf(b.sheet("工作看板")).map(chartSourceAddress)).toEqual([`A${top}:B${top + 2}`]);
  });

  it("writes a block without hints and creates no chart", async () => {
    const b = book();
    useFake(b);
    await write([{ name: "排名结果", rows: [["单位"], ["甲"]] }]);
    expect(chartsOf(b.sheet("排名结果"))).toEqual([]);
  });
});

describe("the fake's chart API is strict", () => {
  async function add(setup: (context: Excel.RequestContext) => void): Promise<unknown> {
    return rejectionOf(
      Excel.run(async (context) => {
        setup(context);
        await context.sync();
      })
    );
  }

  function bookWithData(): FakeWorkbook {
    const b = new FakeWorkbook();
    b.addSheet("甲").setValues("A1", [
      ["类别", "数"],
      ["一", 1],
    ]);
    b.addSheet("乙").setValues("A1", [
      ["类别", "数"],
      ["二", 2],
    ]);
    return b;
  }

  it("refuses a source range on another sheet", async () => {
    useFake(bookWithData());
    const error = await add((context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem("甲").charts.add("ColumnClustered", sheets.getItem("乙").getRange("A1:B2"), "Columns");
    });
    expect(error).toBeInstanceOf(FakeOfficeError);
    expect((error as FakeOfficeError).code).toBe("InvalidArgument");
  });

  it("refuses an empty source range", async () => {
    const b = bookWithData();
    useFake(b);
    const error = await add((context) => {
      const sheet = context.workbook.worksheets.getItem("甲");
      sheet.charts.add("ColumnClustered", sheet.getRange("D1:E3"), "Columns");
    });
    expect((error as FakeOfficeError).code).toBe("InvalidArgument");
    expect(chartsOf(b.sheet("甲"))).toEqual([]);
  });

  it("refuses an unknown chart type and a protected sheet", async () => {
    const b = bookWithData();
    useFake(b);
    const unknown = await add((context) => {
      const sheet = context.workbook.worksheets.getItem("甲");
      sheet.charts.add("NoSuchChart" as Excel.ChartType, sheet.getRange("A1:B2"));
    });
    expect((unknown as FakeOfficeError).code).toBe("InvalidArgument");
    b.sheet("甲").protection = { protected: true, options: {} };
    const locked = await add((context) => {
      const sheet = context.workbook.worksheets.getItem("甲");
      sheet.charts.add("Pie", sheet.getRange("A1:B2"));
    });
    expect((locked as FakeOfficeError).code).toBe("AccessDenied");
  });

  it("throws PropertyNotLoaded for a chart's title before a load and sync, and reads it after", async () => {
    useFake(bookWithData());
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("甲");
      const chart = sheet.charts.add("Pie", sheet.getRange("A1:B2"), "Columns");
      chart.title.text = "分布";
      expect(() => chart.title.text).toThrow(FakeOfficeError);
      chart.load("title/text");
      sheet.charts.load("count");
      await context.sync();
      expect(chart.title.text).toBe("分布");
      expect(sheet.charts.count).toBe(1);
    });
  });
});
