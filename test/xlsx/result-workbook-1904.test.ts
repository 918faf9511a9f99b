/**
 * A date written into a workbook in the 1904 date system (old Mac Excel, openpyxl with its
 * 1904 epoch) reads back as the same date: the result sheets' serials count from 1904-01-01
 * there, not from 1899-12-30 (which put every date 4 years and a day late).
 */
import { nodeZipCodec } from "../../src/cli/zip-codec";
import { openLeanWorkbook } from "../../src/xlsx/lean/lean-workbook";
import { nodeInflateRaw } from "../../src/xlsx/lean/node-inflate";
import { XLSX_LIMITS } from "../../src/xlsx/limits";
import { resultWorkbookBytes } from "../../src/xlsx/result-workbook";
import { handXlsx } from "./lean/package-builder";

const body = '<sheetData><row r="1"><c r="A1" s="1"><v>38414</v></c></row></sheetData>';

describe("result sheets in a 1904 workbook", () => {
  it.each([false, true])("write dates that read back unchanged (date1904: %s), and leave the input's serials alone", async (date1904) => {
    const input = await handXlsx([{ name: "输入", body }], { styles: { xfs: [0, 14] }, date1904 });
    const day = new Date("2010-03-05T00:00:00Z");
    const output = resultWorkbookBytes(input, [{ name: "排名结果", rows: [["日期"], [day]] }], undefined, nodeZipCodec);
    const book = await openLeanWorkbook(output, { inflate: nodeInflateRaw, limits: XLSX_LIMITS });
    const grids = await book.readSheets(["输入", "排名结果"]);
    expect(grids.get("排名结果")!.rows[1][0]).toEqual(day);
    // The input sheet is copied as it was: its serial is not moved.
    expect(grids.get("输入")!.rows[0][0]).toBe(38414);
  });
});
