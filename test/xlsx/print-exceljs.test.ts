/** The exceljs writer prints every output sheet as hinted: page setup, print titles, wrap, score formats and review fill, read back from the file's XML. */
import ExcelJS from "exceljs";
import { writeBlocksToWorkbook } from "../../src/xlsx/write-cells";
import { allOutputBlocks } from "../sheets/results/print-fixture";
import { expectPrinted } from "./print-expect";
import { readPrint } from "./print-reader";

describe("exceljs writer: print-ready output sheets", () => {
  it("writes every output sheet's page setup into the file", async () => {
    const blocks = allOutputBlocks();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("单位名册").getCell("A1").value = "单位编码";
    writeBlocksToWorkbook(wb, blocks);
    const sheets = await readPrint(await wb.xlsx.writeBuffer());
    expectPrinted(sheets, blocks);
    // The input sheet is not touched.
    expect(sheets.get("单位名册")!.pageSetup.paperSize).not.toBe("9");
  });

  it("keeps the setup when a sheet is replaced by a later run", async () => {
    const wb = new ExcelJS.Workbook();
    writeBlocksToWorkbook(wb, allOutputBlocks());
    const again = allOutputBlocks();
    writeBlocksToWorkbook(wb, again);
    expectPrinted(await readPrint(await wb.xlsx.writeBuffer()), again);
  });
});
