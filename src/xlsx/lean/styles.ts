/**
 * Which cell styles show a number as a date, so those cells read as dates (as exceljs
 * reads them): built-in formats 14–22 and 45–47, the Chinese built-in date formats
 * 27–36 and 50–58, and any custom format with date or time letters outside quotes and
 * brackets ("yyyy-mm-dd", 'yyyy"年"m"月"d"日"').
 */
import { parseXml } from "./xml-events";
import type { ZipParts } from "./zip-parts";

const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** True when a format code shows dates or times (the test exceljs applies). */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}

/** For each cell style (the s attribute of a cell), whether it shows dates. */
export async function readDateStyles(parts: ZipParts, part: string | undefined, maxDepth: number): Promise<boolean[]> {
  const isDate: boolean[] = [];
  if (part === undefined) return isDate;
  const custom = new Map<number, string>();
  let inCellXfs = false;
  await parseXml(
    parts.chunks(part, "单元格格式"),
    {
      open: (name, a) => {
        if (name === "numFmt") custom.set(Number(a.numFmtId), a.formatCode ?? "");
        else if (name === "cellXfs") inCellXfs = true;
        else if (name === "xf" && inCellXfs) {
          const id = Number(a.numFmtId ?? 0);
          const code = custom.get(id);
          isDate.push(code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id));
        }
      },
      close: (name) => {
        if (name === "cellXfs") inCellXfs = false;
      },
    },
    "单元格格式",
    maxDepth
  );
  return isDate;
}
