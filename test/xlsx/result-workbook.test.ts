/**
 * The result workbook built at the zip level: input sheets byte for byte as they were,
 * generated sheets added or replaced (never duplicated), styles, links, the list of
 * marked cells, the package parts that list sheets, and the order and active tab.
 */
import { deflateRawSync, inflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { createOperation } from "../../src/app/create-operation";
import { rankOperation } from "../../src/app/rank-operation";
import { MARK_HEADER, MARK_SHEET } from "../../src/sheets/marks";
import type { SheetBlock } from "../../src/sheets/grid";
import { recordingPort } from "../../src/xlsx/result-recorder";
import { resultWorkbookBytes } from "../../src/xlsx/result-workbook";
import { rawEntryBytes, readCentralDirectory } from "../../src/xlsx/zip/central-directory";
import type { ZipCodec } from "../../src/xlsx/zip/write-zip";
import { newXlsxPort, openXlsxPort } from "../../src/xlsx/xlsx-port";

const codec: ZipCodec = { deflateRaw: (d) => deflateRawSync(d), inflateRaw: (d) => inflateRawSync(d) };
const NOW = new Date(Date.UTC(2010, 11, 20, 2, 0));

let input: Uint8Array;
let ranked: { blocks: SheetBlock[]; highlights?: ReadonlyMap<string, readonly string[]> };
let output: Uint8Array;

beforeAll(async () => {
  const handle = await newXlsxPort();
  await handle.port.run((s) => createOperation(s, { year: 2010, demo: true }, NOW, () => undefined));
  input = await handle.save();
  const recorder = recordingPort((await openXlsxPort(input)).port);
  await recorder.port.run((s) => rankOperation(s, NOW, () => undefined));
  ranked = recorder.writes;
  output = resultWorkbookBytes(input, ranked.blocks, ranked.highlights, codec);
}, 120_000);

/** The workbook's sheets with their part names, from workbook.xml and its relationships. */
async function sheetParts(bytes: Uint8Array): Promise<{ name: string; part: string; state: string }[]> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const targets = new Map([...rels.matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  return [...workbook.matchAll(/<sheet [^>]*>/g)].map((m) => {
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(m[0])?.[1] ?? "";
    return { name: attr("name"), part: `xl/${targets.get(attr("r:id"))!.replace(/^\/?xl\//, "")}`, state: attr("state") || "visible" };
  });
}

const text = async (bytes: Uint8Array, part: string) => (await JSZip.loadAsync(bytes)).file(part)!.async("string");

describe("result workbook", () => {
  it("keeps every input sheet's part byte for byte, compressed bytes included", async () => {
    const inEntries = new Map(readCentralDirectory(input).map((e) => [e.name, e]));
    const outEntries = new Map(readCentralDirectory(output).map((e) => [e.name, e]));
    const inputSheets = await sheetParts(input);
    expect(inputSheets.length).toBeGreaterThan(10);
    for (const sheet of inputSheets) {
      const a = inEntries.get(sheet.part)!;
      const b = outEntries.get(sheet.part)!;
      expect(b).toBeDefined();
      expect(Buffer.from(rawEntryBytes(output, b)).equals(Buffer.from(rawEntryBytes(input, a)))).toBe(true);
      expect(b.crc32).toBe(a.crc32);
    }
  });

  it("shows the generated sheets with their values, headings, widths, frozen header and links", async () => {
    const wb = (await openXlsxPort(output)).workbook;
    const ranking = wb.getWorksheet("排名结果")!;
    expect(ranking.getCell("A1").value).toBe("2010年能力作风建设提升年评议考核排名结果");
    expect(ranking.getCell("A1").font?.bold).toBe(true);
    expect(ranking.getColumn(3).width).toBe(28);
    expect(ranking.views[0]).toEqual(
      expect.objectContaining({ state: "frozen", ySplit: ranked.blocks.find((b) => b.name === "排名结果")!.frozenRows })
    );
    const block = ranked.blocks.find((b) => b.name === "排名结果")!;
    const firstRank = block.rows.findIndex((r) => r[0] === 1);
    expect(firstRank).toBeGreaterThan(0);
    expect(ranking.getRow(firstRank + 1).getCell(1).value).toBe(1);
    expect(ranking.getRow(firstRank + 1).getCell(2).value).toBe(block.rows[firstRank][1]);
    expect(ranking.getRow(firstRank + 1).getCell(4).value).toBe(block.rows[firstRank][3]);
    const accountability = wb.getWorksheet("问责名单")!;
    const accBlock = ranked.blocks.find((b) => b.name === "问责名单")!;
    const header = accBlock.rows.findIndex((r) => r[0] === "问责类型");
    expect(header).toBeGreaterThan(0);
    expect((accountability.getRow(header + 1).values as unknown[]).slice(1)).toEqual([
      "问责类型",
      "单位编码",
      "单位名称",
      "责任人",
      "职务",
      "问责依据",
      "证据",
      "需复核",
    ]);
    expect(accountability.getRow(header + 1).getCell(1).font?.bold).toBe(true);
    expect((accountability.getRow(header + 2).values as unknown[]).slice(1)).toEqual(accBlock.rows[header + 1].filter((v) => v !== null));
    const findings = ranked.blocks.find((b) => b.name === "校验结果")!;
    const link = findings.links![0];
    expect(link).toBeDefined();
    const xml = await text(output, (await sheetParts(output)).find((s) => s.name === "校验结果")!.part);
    expect(xml).toContain(`<hyperlink ref="${String.fromCharCode(64 + link.col)}${link.row}" location="${link.target}"`);
    const cell = wb.getWorksheet("校验结果")!.getCell(link.row, link.col);
    expect(cell.font?.underline).toBe(true);
  });

  it("does not double 评议评分's data validations (the issue's case)", async () => {
    const count = async (bytes: Uint8Array) => {
      const part = (await sheetParts(bytes)).find((s) => s.name === "评议评分")!.part;
      return [...(await text(bytes, part)).matchAll(/<dataValidation /g)].length;
    };
    expect(await count(output)).toBe(await count(input));
    const model = async (bytes: Uint8Array) =>
      Object.keys(
        ((await openXlsxPort(bytes)).workbook.getWorksheet("评议评分") as unknown as { dataValidations: { model: object } }).dataValidations.model
      ).length;
    expect(await model(output)).toBe(await model(input));
  });

  it("adds generated sheets after the input's, in order, with the list of marks very hidden", async () => {
    const before = (await sheetParts(input)).map((s) => s.name);
    const after = await sheetParts(output);
    expect(after.map((s) => s.name)).toEqual([...before, "排名结果", "问责名单", "排名说明", "校验结果", MARK_SHEET]);
    expect(after.find((s) => s.name === MARK_SHEET)!.state).toBe("veryHidden");
    const marks = (await openXlsxPort(output)).workbook.getWorksheet(MARK_SHEET)!;
    expect(marks.getCell("A1").value).toBe(MARK_HEADER);
    const listed = (marks.getColumn(1).values as unknown[]).slice(2);
    const expected = [...ranked.highlights!].flatMap(([sheet, cells]) => cells.map((c) => `${sheet}!${c}`));
    expect(listed).toEqual(expected);
    const app = await text(output, "docProps/app.xml");
    expect(app).toContain(`<vt:i4>${after.length}</vt:i4>`);
    for (const s of after) expect(app).toContain(`<vt:lpstr>${s.name}</vt:lpstr>`);
  });

  it("replaces a result sheet in place on the next run, never duplicating it", async () => {
    const again = resultWorkbookBytes(output, ranked.blocks, new Map([["评议评分", ["D7"]]]), codec);
    const first = await sheetParts(output);
    const second = await sheetParts(again);
    expect(second.map((s) => s.name)).toEqual(first.map((s) => s.name));
    expect(new Set(second.map((s) => s.part)).size).toBe(second.length);
    const wb = (await openXlsxPort(again)).workbook;
    expect(wb.worksheets.filter((w) => w.name === "排名结果")).toHaveLength(1);
    expect((wb.getWorksheet(MARK_SHEET)!.getColumn(1).values as unknown[]).slice(1)).toEqual([MARK_HEADER, "评议评分!D7"]);
    expect(wb.getWorksheet(MARK_SHEET)!.state).toBe("veryHidden");
    const types = await text(again, "[Content_Types].xml");
    for (const s of second) expect(types.split(`PartName="/${s.part}"`)).toHaveLength(2);
    const zip = await JSZip.loadAsync(again);
    const rels = Object.keys(zip.files).filter((n) => n.startsWith("xl/worksheets/_rels/"));
    for (const r of rels) expect(second.map((s) => s.part)).toContain(r.replace("_rels/", "").replace(/\.rels$/, ""));
  });

  it("keeps the active tab on the sheet it was on, and selects only that one", async () => {
    const zip = await JSZip.loadAsync(output);
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    // Make 排名结果 the active tab, as a user who saved the result while looking at it would.
    const sheets = await sheetParts(output);
    const index = sheets.findIndex((s) => s.name === "排名结果");
    zip.file("xl/workbook.xml", workbook.replace("<sheets>", `<bookViews><workbookView activeTab="${index}"/></bookViews><sheets>`));
    const saved = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const again = resultWorkbookBytes(saved, ranked.blocks, ranked.highlights, codec);
    const parts = await sheetParts(again);
    const selected: string[] = [];
    for (const s of parts) if ((await text(again, s.part)).includes('tabSelected="1"')) selected.push(s.name);
    expect(selected).toEqual(["排名结果"]);
    expect(await text(again, "xl/workbook.xml")).toContain(`activeTab="${index}"`);
  });

  it("drops the defined names local to a replaced sheet and keeps the others", async () => {
    const zip = await JSZip.loadAsync(output);
    const sheets = await sheetParts(output);
    const index = sheets.findIndex((s) => s.name === "问责名单");
    const names =
      `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">'问责名单'!$A$5:$H$9</definedName>` +
      `<definedName name="_xlnm.Print_Titles" localSheetId="1">'参数设置'!$1:$1</definedName></definedNames>`;
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", workbook.replace("</sheets>", `</sheets>${names}`));
    const again = resultWorkbookBytes(await zip.generateAsync({ type: "uint8array" }), ranked.blocks, undefined, codec);
    const xml = await text(again, "xl/workbook.xml");
    expect(xml).not.toContain("_FilterDatabase");
    expect(xml).toContain("_xlnm.Print_Titles");
    expect((await openXlsxPort(again)).workbook.getWorksheet("问责名单")).toBeDefined();
  });

  it("reads relationship targets written as absolute part names (as openpyxl writes them)", async () => {
    const zip = await JSZip.loadAsync(input);
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file("xl/_rels/workbook.xml.rels", rels.replace(/Target="(?!\/)/g, 'Target="/xl/'));
    const absolute = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const first = resultWorkbookBytes(absolute, ranked.blocks, ranked.highlights, codec);
    const again = resultWorkbookBytes(first, ranked.blocks, ranked.highlights, codec);
    const wb = (await openXlsxPort(again)).workbook;
    expect(wb.worksheets.map((w) => w.name).filter((n) => n === "排名结果")).toHaveLength(1);
    expect(wb.getWorksheet("排名结果")!.getCell("A1").value).toBe("2010年能力作风建设提升年评议考核排名结果");
  });

  it("writes dates as serials with a yyyy-mm-dd style and error cells as text", async () => {
    const block: SheetBlock = {
      name: "校验结果",
      rows: [
        ["日期", new Date(Date.UTC(2010, 2, 5))],
        ["错误", { error: "#N/A" }],
        ["真假", true],
      ],
    };
    const bytes = resultWorkbookBytes(input, [block], undefined, codec);
    const ws = (await openXlsxPort(bytes)).workbook.getWorksheet("校验结果")!;
    expect(ws.getCell("B1").value).toEqual(new Date(Date.UTC(2010, 2, 5)));
    expect(ws.getCell("B1").numFmt).toBe("yyyy-mm-dd");
    expect(ws.getCell("B2").value).toBe("#N/A");
    expect(ws.getCell("B3").value).toBe(true);
  });
});

describe("result workbook from a minimal foreign package", () => {
  // exceljs cannot read a workbook whose main namespace has a prefix, so that one is checked in its XML.
  it.each(["", "x:"])("adds a style sheet when there is none, keeping the workbook's prefix (%j)", async (x) => {
    const zip = new JSZip();
    const ns = x ? `xmlns:x` : "xmlns";
    const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    zip.file(
      "[Content_Types].xml",
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
    );
    zip.file(
      "_rels/.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
    );
    zip.file(
      "xl/workbook.xml",
      `<${x}workbook ${ns}="${main}" xmlns:r="${rel}"><${x}sheets><${x}sheet name="数据" sheetId="1" r:id="rId1"/></${x}sheets></${x}workbook>`
    );
    zip.file(
      "xl/_rels/workbook.xml.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
    );
    zip.file(
      "xl/worksheets/sheet1.xml",
      `<${x}worksheet ${ns}="${main}"><${x}sheetData><${x}row r="1"><${x}c r="A1"><${x}v>7</${x}v></${x}c></${x}row></${x}sheetData></${x}worksheet>`
    );
    const foreign = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const block: SheetBlock = { name: "排名结果", rows: [["标题"], [1, "甲"]], headingRows: [1], widths: [10, 20], frozenRows: 1 };
    const bytes = resultWorkbookBytes(foreign, [block], undefined, codec);
    expect(await text(bytes, "xl/workbook.xml")).toContain(`<${x}sheet name="排名结果" sheetId="2" r:id="rId2"/>`);
    expect(await text(bytes, "xl/_rels/workbook.xml.rels")).toContain('Target="styles.xml"');
    expect(await text(bytes, "[Content_Types].xml")).toContain('PartName="/xl/styles.xml"');
    if (x) return;
    const wb = (await openXlsxPort(bytes)).workbook;
    expect(wb.worksheets.map((w) => w.name)).toEqual(["数据", "排名结果"]);
    expect(wb.getWorksheet("数据")!.getCell("A1").value).toBe(7);
    expect(wb.getWorksheet("排名结果")!.getCell("A1").font?.bold).toBe(true);
    expect(wb.getWorksheet("排名结果")!.getCell("B2").value).toBe("甲");
  });
});
