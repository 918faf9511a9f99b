/**
 * The lean value reader: a workbook's cell values without loading its object model.
 * The archive is judged from its directory first (./zip-parts, ../check-archive); then
 * only the parts a command needs are inflated and streamed: the workbook's sheet list,
 * the shared strings and styles (once, when a sheet is read) and the named sheets.
 * It gives the same grids as the exceljs reader (../read-worksheet), so everything
 * above the port is unchanged.
 */
import type { SheetGrid, WorkbookGrids } from "../../sheets/grid";
import type { WorkbookPort, WorkbookSession } from "../../sheets/port";
import type { XlsxLimits } from "../limits";
import type { InflateRaw } from "./inflate";
import { readCustomProperties } from "./custom-properties-reader";
import { readSharedStrings } from "./shared-strings";
import { readSheetXml, type SheetContext } from "./sheet-reader";
import { readDateStyles } from "./styles";
import { readWorkbookParts, type WorkbookParts } from "./workbook-parts";
import { openZipParts, type ZipParts } from "./zip-parts";

export interface LeanWorkbook {
  /** Names of every sheet, in workbook order. */
  sheetNames(): string[];
  /** Reads the named sheets; names the workbook lacks are absent from the result. */
  readSheets(names: readonly string[]): Promise<WorkbookGrids>;
  /** The document's custom properties by name (empty when it has none). */
  customProperties(): Promise<Map<string, string>>;
}

export interface LeanOptions {
  inflate: InflateRaw;
  limits: XlsxLimits;
}

/** Opens .xlsx bytes for reading values; throws WorkbookRefusedError when the file breaks a cap or is no workbook. */
export async function openLeanWorkbook(bytes: Uint8Array, options: LeanOptions): Promise<LeanWorkbook> {
  const parts = openZipParts(bytes, options.inflate, options.limits);
  const maxDepth = options.limits.maxXmlDepth;
  const book = await readWorkbookParts(parts, maxDepth);
  let context: Promise<SheetContext> | undefined;
  const contextOnce = (): Promise<SheetContext> => (context ??= readContext(parts, book, maxDepth));
  return {
    sheetNames: () => book.sheets.map((s) => s.name),
    customProperties: () => readCustomProperties(parts, maxDepth),
    readSheets: async (names) => {
      const grids = new Map<string, SheetGrid>();
      for (const name of names) {
        const sheet = book.sheets.find((s) => s.name === name);
        if (!sheet) continue;
        if (sheet.part === undefined) {
          grids.set(name, { name, rows: [], merges: [] });
          continue;
        }
        grids.set(name, await readSheetXml(parts.chunks(sheet.part), name, await contextOnce()));
      }
      return grids;
    },
  };
}

async function readContext(parts: ZipParts, book: WorkbookParts, maxDepth: number): Promise<SheetContext> {
  const sharedStrings = await readSharedStrings(parts, book.sharedStrings, maxDepth);
  const dateStyles = await readDateStyles(parts, book.styles, maxDepth);
  return { sharedStrings, dateStyles, date1904: book.date1904, maxDepth };
}

/**
 * A read-only port over a lean workbook, for commands that only read (validate, rank
 * without an output file): writes have nowhere to go, so writeBlocks does nothing and
 * applyPlan is refused as a programming error.
 */
export function createLeanPort(book: LeanWorkbook): WorkbookPort {
  const session: WorkbookSession = {
    sheetNames: async () => book.sheetNames(),
    readSheets: (names) => book.readSheets(names),
    writeBlocks: async () => undefined,
    applyPlan: async () => {
      throw new Error("a read-only workbook cannot apply a plan");
    },
  };
  return { run: (work) => work(session) };
}
