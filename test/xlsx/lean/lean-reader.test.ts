import { createOperation } from "../../../src/app/create-operation";
import { CONTRACT_SHEETS } from "../../../src/sheets/contract";
import { createLeanPort, openLeanWorkbook } from "../../../src/xlsx/lean/lean-workbook";
import { nodeInflateRaw } from "../../../src/xlsx/lean/node-inflate";
import { XLSX_LIMITS } from "../../../src/xlsx/limits";
import { newXlsxPort, openXlsxPort } from "../../../src/xlsx/xlsx-port";
import { handXlsx } from "./package-builder";

const open = (bytes: Uint8Array) => openLeanWorkbook(bytes, { inflate: nodeInflateRaw, limits: XLSX_LIMITS });

describe("the lean value reader", () => {
  it("gives the same grids as the exceljs reader on the demo workbook, sheet by sheet", async () => {
    const handle = await newXlsxPort();
    await handle.port.run((s) => createOperation(s, { year: 2010, demo: true }, new Date(0), () => undefined));
    const bytes = await handle.save();
    const book = await open(bytes);
    const exceljs = await openXlsxPort(bytes);
    const names = await exceljs.port.run((s) => s.sheetNames());
    expect(book.sheetNames()).toEqual(names);
    expect(names).toEqual(expect.arrayContaining(CONTRACT_SHEETS.map((s) => s.name)));
    const expected = await exceljs.port.run((s) => s.readSheets(names));
    const actual = await book.readSheets(names);
    for (const name of names) expect({ name, grid: actual.get(name) }).toEqual({ name, grid: expected.get(name) });
    // The demo has real data: the comparison is not of empty sheets.
    expect([...actual.values()].reduce((n, g) => n + g.rows.length, 0)).toBeGreaterThan(100);
  });

  it("reads rows and cells without r attributes by their order (the standard allows them)", async () => {
    const body =
      "<sheetData>" +
      '<row><c t="inlineStr"><is><t>单位编码</t></is></c><c t="inlineStr"><is><t>分数</t></is></c></row>' +
      "<row><c><v>1</v></c><c/><c><v>95.5</v></c></row>" +
      '<row r="5"><c t="b"><v>1</v></c><c r="D5" t="e"><v>#N/A</v></c></row>' +
      '<row><c t="str"><f>A1</f><v>公式结果</v></c></row>' +
      "</sheetData>";
    const book = await open(await handXlsx([{ name: "评议评分", body }]));
    const grid = (await book.readSheets(["评议评分"])).get("评议评分")!;
    expect(grid.rows).toEqual([["单位编码", "分数"], [1, null, 95.5], [], [], [true, null, null, { error: "#N/A" }], ["公式结果"]]);
  });

  it('reads ISO dates (t="d") without a zone as UTC wall-clock, empty booleans and numbers as blank, and shared formulas by their cached values', async () => {
    const body =
      '<sheetData><row r="1"><c r="A1" t="d"><v>2010-03-05T08:30:00</v></c><c r="B1" t="d"><v>2010-03-05</v></c><c r="C1" t="b"><v></v></c>' +
      '<c r="D1"><v></v></c><c r="E1"><f t="shared" ref="E1:E2" si="0">A1</f><v>7</v></c></row><row r="2"><c r="E2"><f t="shared" si="0"/><v>8</v></c></row></sheetData>';
    const grid = (await (await open(await handXlsx([{ name: "表", body }]))).readSheets(["表"])).get("表")!;
    expect(grid.rows).toEqual([
      [new Date("2010-03-05T08:30:00Z"), new Date("2010-03-05T00:00:00Z"), null, null, 7],
      [null, null, null, null, 8],
    ]);
  });

  it("follows absolute part paths (as openpyxl writes them) and prefixed element names", async () => {
    const body = '<x:sheetData><x:row r="1"><x:c r="B1" t="s"><x:v>1</x:v></x:c></x:row></x:sheetData>';
    const bytes = await handXlsx([{ name: "单位名册", body }], { absoluteTargets: true, prefix: "x", sharedStrings: ["甲", "乙"] });
    const book = await open(bytes);
    expect(book.sheetNames()).toEqual(["单位名册"]);
    expect((await book.readSheets(["单位名册"])).get("单位名册")!.rows).toEqual([[null, "乙"]]);
  });

  it("reads dates by the cell's style (built-in 14, a custom format, the 1904 system) and merged areas", async () => {
    const body =
      '<sheetData><row r="1"><c r="A1" s="1"><v>40179</v></c><c r="B1" s="2"><v>40179.5</v></c><c r="C1" s="3"><v>40179</v></c></row></sheetData>' +
      '<mergeCells count="1"><mergeCell ref="A3:B4"/></mergeCells>';
    const styles = { xfs: [0, 14, 164, 165], formats: { 164: 'yyyy"年"m"月"d"日" hh:mm', 165: '0.00"d"' } };
    const grid = (await (await open(await handXlsx([{ name: "表", body }], { styles }))).readSheets(["表"])).get("表")!;
    expect(grid.rows[0]).toEqual([new Date("2010-01-01T00:00:00Z"), new Date("2010-01-01T12:00:00Z"), 40179]);
    expect(grid.merges).toEqual([{ top: 3, left: 1, bottom: 4, right: 2 }]);
    const old = await open(await handXlsx([{ name: "表", body }], { styles, date1904: true }));
    expect((await old.readSheets(["表"])).get("表")!.rows[0][0]).toEqual(new Date("2014-01-02T00:00:00Z"));
  });

  it("reads only the sheets asked for, and leaves out names the workbook lacks", async () => {
    // The second sheet is malformed: reading only the first never touches it.
    const bytes = await handXlsx([
      { name: "甲", body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' },
      { name: "乙", body: "<sheetData><row><c>" },
    ]);
    const book = await open(bytes);
    const grids = await book.readSheets(["甲", "丙"]);
    expect([...grids.keys()]).toEqual(["甲"]);
    await expect(book.readSheets(["乙"])).rejects.toThrow(/工作表「乙」的内容无法解析/);
  });

  it("is a read-only port: writes are dropped, plans refused", async () => {
    const port = createLeanPort(await open(await handXlsx([{ name: "甲", body: "<sheetData/>" }])));
    await port.run((s) => s.writeBlocks([{ name: "甲", rows: [["x"]] }]));
    expect((await port.run((s) => s.readSheets(["甲"]))).get("甲")!.rows).toEqual([]);
    await expect(port.run((s) => s.applyPlan({ sheets: [] }))).rejects.toThrow();
  });
});
