/**
 * The zip-level result workbook (the command line's writer) prints every output sheet as
 * hinted: page setup, fit to page, print titles as defined names, wrap, score formats and
 * review fill, read back from the file's XML; a second run replaces rather than adds.
 */
import { deflateRawSync, inflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { createOperation } from "../../src/app/create-operation";
import { resultWorkbookBytes } from "../../src/xlsx/result-workbook";
import type { ZipCodec } from "../../src/xlsx/zip/write-zip";
import { newXlsxPort } from "../../src/xlsx/xlsx-port";
import { allOutputBlocks, validation } from "../sheets/results/print-fixture";
import { expectPrinted } from "./print-expect";
import { readPrint } from "./print-reader";

const codec: ZipCodec = { deflateRaw: (d) => deflateRawSync(d), inflateRaw: (d) => inflateRawSync(d) };
const NOW = new Date(Date.UTC(2010, 11, 20, 2, 0));

let input: Uint8Array;

beforeAll(async () => {
  const handle = await newXlsxPort();
  await handle.port.run((s) => createOperation(s, { year: 2010, demo: true }, NOW, () => undefined));
  input = await handle.save();
});

const printTitleCount = async (bytes: Uint8Array) =>
  ((await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string")).match(/_xlnm\.Print_Titles/g) ?? []).length;

describe("zip-level result workbook: print-ready output sheets", () => {
  it("writes every output sheet's page setup, titles, wrap, formats and fills", async () => {
    const blocks = allOutputBlocks();
    const output = resultWorkbookBytes(input, blocks, undefined, codec);
    const sheets = await readPrint(output);
    expectPrinted(sheets, blocks);
    expect(sheets.get("单位名册")!.pageSetup.paperSize).toBeUndefined();
  });

  it("replaces a sheet's print titles on the next run instead of adding a second", async () => {
    const blocks = allOutputBlocks();
    const first = resultWorkbookBytes(input, blocks, undefined, codec);
    const second = resultWorkbookBytes(first, blocks, undefined, codec);
    const titled = blocks.filter((b) => b.print?.titleRows).length;
    expect(await printTitleCount(first)).toBe(titled);
    expect(await printTitleCount(second)).toBe(titled);
    expectPrinted(await readPrint(second), blocks);
  });

  it("writes the same block twice in one call as one sheet with one print title", async () => {
    const output = resultWorkbookBytes(input, [validation(3), validation(5)], undefined, codec);
    expect(await printTitleCount(output)).toBe(1);
    expectPrinted(await readPrint(output), [validation(5)]);
  });
});
