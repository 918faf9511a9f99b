/**
 * The whole-file check that file mode runs before exceljs parses a workbook, so the pane
 * holds a file to the command line's rules: the caps of ../limits (64-level XML depth in
 * every part, not only the sheets), every part's CRC-32, the package parts a workbook
 * cannot be without, and the sheets' cells (duplicates, invalid UTF-8, shared strings that
 * are missing) read by the lean reader. A damaged file, or an .ods renamed to .xlsx, is
 * refused with what is wrong instead of opening as a workbook without sheets.
 */
import type { XlsxLimits } from "../limits";
import { scanXml, type ScanHandlers } from "./fast-xml";
import type { InflateRaw } from "./inflate";
import { openLeanWorkbook } from "./lean-workbook";
import { openZipParts } from "./zip-parts";

const IGNORE: ScanHandlers = { open: () => undefined, close: () => undefined, text: () => undefined };

/** Throws WorkbookRefusedError when `bytes` break a cap or are not a whole workbook. */
export async function checkWorkbookFile(bytes: Uint8Array, inflate: InflateRaw, limits: XlsxLimits): Promise<void> {
  const book = await openLeanWorkbook(bytes, { inflate, limits });
  await book.readSheets(book.sheetNames());
  // The other XML parts (drawings, comments, tables…) that exceljs parses too: depth, well-formedness, CRC.
  const parts = openZipParts(bytes, inflate, limits);
  for (const name of parts.names()) {
    if (!/\.(xml|rels|vml)$/i.test(name)) continue;
    await scanXml(parts.chunks(name), IGNORE, "工作簿中的一个部件", limits.maxXmlDepth);
  }
}
