/**
 * Marking findings through the Office.js port: the marks shown (evaluated by the fake
 * from the rule and the hidden list, as Excel would) are exactly the cells asked for,
 * the next write removes them exactly, and nothing of the user's is touched.
 */
import { createOfficePort } from "../../src/excel";
import { MARK_SHEET, markFormula, MarkState, planMarks } from "../../src/excel/highlights";
import type { SheetBlock } from "../../src/sheets/grid";
import type { HighlightMap, WorkbookSession } from "../../src/sheets/port";
import { allMarkedCells, FakeWorkbook, markedCells } from "../support/fake-excel";
import { useFake } from "./helpers";
import { SMALL_PLAN } from "./plan-fixture";

const RESULT: SheetBlock = { name: "校验结果", rows: [["级别", "工作表", "单元格"]] };

/** A workbook from the small plan (rules installed at creation), with some data typed in. */
async function plannedBook(): Promise<FakeWorkbook> {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1");
  useFake(book);
  await createOfficePort().run((s) => s.applyPlan(SMALL_PLAN));
  book.sheet("工作进度").setValues("A3", [[2, "002", 40250, 120, "未开始"]]);
  return book;
}

/** One 校验-like session: read the sheets, then write the result with `highlights`. */
async function validateLike(highlights: HighlightMap, names = ["工作进度", "单位名册"], options = {}): Promise<void> {
  await createOfficePort(options).run(async (s: WorkbookSession) => {
    await s.readSheets(names);
    await s.writeBlocks([RESULT], { highlights });
  });
}

describe("marks of findings", () => {
  it("marks exactly the cells asked for, in the one write sync after the read", async () => {
    const book = await plannedBook();
    const fake = useFake(book);
    await validateLike(
      new Map([
        ["工作进度", ["D3", "B2"]],
        ["单位名册", ["A1"]],
      ])
    );
    expect(fake.syncCount()).toBe(2);
    expect(markedCells(book, "工作进度")).toEqual(["B2", "D3"]);
    expect(markedCells(book, "单位名册")).toEqual(["A1"]);
    expect(allMarkedCells(book)).toEqual(["单位名册!A1", "工作进度!B2", "工作进度!D3"]);
    expect(book.sheet(MARK_SHEET).visibility).toBe("VeryHidden");
  });

  it("removes the previous marks exactly, keeps one rule per sheet, and writes no format on an input sheet", async () => {
    const book = await plannedBook();
    useFake(book);
    const rules = () => ["工作进度", "单位名册"].map((n) => book.sheet(n).conditionalFormats.length);
    const cellsOf = (name: string) => {
      const out: string[] = [];
      book.sheet(name).forEachStored({ row: 0, col: 0, rows: 1_048_576, cols: 16_384 }, (cell, r, c) => out.push(JSON.stringify([r, c, cell])));
      return out;
    };
    const before = [cellsOf("工作进度"), cellsOf("单位名册")];
    expect(rules()).toEqual([1, 1]);

    await validateLike(new Map([["工作进度", ["D3", "E3"]]]));
    await validateLike(new Map([["工作进度", ["C3"]]]));
    expect(allMarkedCells(book)).toEqual(["工作进度!C3"]);
    await validateLike(new Map());

    expect(allMarkedCells(book)).toEqual([]);
    expect(rules()).toEqual([1, 1]);
    expect([cellsOf("工作进度"), cellsOf("单位名册")]).toEqual(before);
  });

  it("leaves the marks alone when a write carries no highlights (一键排名's results)", async () => {
    const book = await plannedBook();
    useFake(book);
    await validateLike(new Map([["工作进度", ["D3"]]]));
    await createOfficePort().run(async (s) => {
      await s.readSheets(["工作进度"]);
      await s.writeBlocks([{ name: "排名结果", rows: [["名次"]] }]);
    });
    expect(allMarkedCells(book)).toEqual(["工作进度!D3"]);
  });

  it("ignores cells of missing sheets, of the sheets being written, and addresses that are not one cell", async () => {
    const book = await plannedBook();
    useFake(book);
    await validateLike(
      new Map([
        ["工作进度", ["D3", "D3", "A1:B2", "", "d4"]],
        ["不存在的表", ["A1"]],
        ["校验结果", ["A1"]],
        [MARK_SHEET, ["A1"]],
      ])
    );
    expect(allMarkedCells(book)).toEqual(["工作进度!D3"]);
    expect(book.find("不存在的表")).toBeUndefined();
  });

  it("adds the rule once to an unprotected sheet that lacks it, and leaves a protected one without it untouched", async () => {
    const book = new FakeWorkbook();
    book.addSheet("评议主体").setValues("A1", [
      ["评议主体", "权重"],
      ["党代表", 0.2],
    ]);
    const locked = book
      .addSheet("评议评分")
      .setValues("A1", [["单位编码"], ["Z01"]])
      .protect();
    useFake(book);
    const highlights = new Map([
      ["评议主体", ["B2"]],
      ["评议评分", ["A2"]],
    ]);
    await validateLike(highlights, ["评议主体", "评议评分"]);
    await validateLike(highlights, ["评议主体", "评议评分"]);
    expect(book.sheet("评议主体").conditionalFormats).toEqual([expect.objectContaining({ formula: markFormula("评议主体") })]);
    expect(markedCells(book, "评议主体")).toEqual(["B2"]);
    expect(locked.conditionalFormats).toEqual([]);
    expect(locked.protection.protected).toBe(true);
  });

  it("spends one more sync to probe a flagged sheet its session did not read", async () => {
    const book = await plannedBook();
    const fake = useFake(book);
    await createOfficePort().run((s) => s.writeBlocks([RESULT], { highlights: new Map([["工作进度", ["D3"]]]) }));
    // Names, then the probe, then the write.
    expect(fake.syncCount()).toBe(3);
    expect(allMarkedCells(book)).toEqual(["工作进度!D3"]);
  });

  it("marks nothing, and fails nothing, where Excel lacks conditional formats (ExcelApi 1.6)", async () => {
    const book = await plannedBook();
    const fake = useFake(book);
    await validateLike(new Map([["工作进度", ["D3"]]]), ["工作进度"], { supports: (v: string) => v !== "1.6" });
    expect(fake.syncCount()).toBe(2);
    expect(book.find(MARK_SHEET)).toBeUndefined();
    expect(book.sheet("校验结果").value("A1")).toBe("级别");
  });

  it("writes thousands of marks in chunks under a small request budget, and marks every one", async () => {
    const book = await plannedBook();
    const fake = useFake(book);
    const cells = Array.from({ length: 3000 }, (_, i) => `E${i + 2}`);
    await validateLike(new Map([["工作进度", cells]]), ["工作进度"], { requestBudgetBytes: 20_000 });
    expect(fake.syncCount()).toBeGreaterThan(3);
    expect(markedCells(book, "工作进度")).toHaveLength(3000);
    expect(markedCells(book, "工作进度")[2999]).toBe("E3001");
  });

  it("keeps the rule right for a sheet whose name holds quotes", async () => {
    const book = new FakeWorkbook();
    book.addSheet('他的"表"').setValues("A1", [["x"], ["y"]]);
    useFake(book);
    await validateLike(new Map([['他的"表"', ["A2"]]]), ['他的"表"']);
    expect(markedCells(book, '他的"表"')).toEqual(["A2"]);
  });
});

describe("rules installed with the standard workbook", () => {
  it("gives every sheet users type into the rule before protecting it, and none to instructions or hidden sheets", async () => {
    const book = await plannedBook();
    expect(book.sheet("工作进度").conditionalFormats).toEqual([
      expect.objectContaining({
        type: "Custom",
        formula: markFormula("工作进度"),
        fill: "#FFC7CE",
        rect: { row: 0, col: 0, rows: 1_048_576, cols: 16_384 },
      }),
    ]);
    expect(book.sheet("工作进度").protection.protected).toBe(true);
    expect(book.sheet("单位名册").conditionalFormats).toHaveLength(1);
    for (const name of ["填表说明", "选项", "元数据", "Sheet1"]) expect(book.sheet(name).conditionalFormats).toEqual([]);
    // Nothing is marked until 校验 lists a cell: the list sheet does not even exist yet.
    expect(book.find(MARK_SHEET)).toBeUndefined();
    expect(allMarkedCells(book)).toEqual([]);
  });

  it("takes two syncs when the session already knows the names and no planned sheet exists", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1");
    const fake = useFake(book);
    await createOfficePort().run(async (s) => {
      await s.sheetNames();
      await s.applyPlan(SMALL_PLAN);
    });
    expect(fake.syncCount()).toBe(3);
    expect(book.sheet("工作进度").protection.protected).toBe(true);
  });
});

describe("planMarks", () => {
  it("lists each key once and sorts the sheets into install, unmarked and unknown", () => {
    const state = new MarkState();
    const probe = (name: string, protectedSheet: boolean, rules: number) => ({
      name,
      protection: { protected: protectedSheet } as Excel.WorksheetProtection,
      formats: { value: rules } as OfficeExtension.ClientResult<number>,
    });
    state.record([probe("甲", false, 0), probe("乙", true, 0), probe("丙", true, 1)], () => true);
    const plan = planMarks(
      new Map([
        ["甲", ["A1", "A1", "B2"]],
        ["乙", ["C3"]],
        ["丙", ["D4"]],
        ["丁", ["E5"]],
        ["戊", ["F6"]],
      ]),
      state,
      (name) => name !== "戊",
      []
    );
    expect(plan).toEqual({ keys: ["甲!A1", "甲!B2", "乙!C3", "丙!D4", "丁!E5"], install: ["甲"], unmarked: ["乙"], unknown: ["丁"] });
  });
});
