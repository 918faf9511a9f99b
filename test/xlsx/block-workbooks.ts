/** A result block as a workbook file, through each of the two writers the product uses, for the print tests. */
import { deflateRawSync, inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import type { SheetBlock } from "../../src/sheets/grid";
import { resultWorkbookBytes } from "../../src/xlsx/result-workbook";
import { writeBlocksToWorkbook } from "../../src/xlsx/write-cells";

const codec = { deflateRaw: (d: Uint8Array) => deflateRawSync(d), inflateRaw: (d: Uint8Array) => inflateRawSync(d) };

/** Through the zip-level result writer, over an input that holds a placeholder of the same name: the result is the block's sheet alone. */
export async function zipLevel(block: SheetBlock): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet(block.name).getCell("A1").value = "旧";
  return resultWorkbookBytes(new Uint8Array(await wb.xlsx.writeBuffer()), [block], undefined, codec);
}

/** Through exceljs, as file mode and the command line's exceljs path write it. */
export async function byExceljs(block: SheetBlock): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  writeBlocksToWorkbook(wb, [block]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
