/**
 * The neutral shape of a worksheet's contents, shared by both adapters (Office.js and
 * exceljs). The adapters translate their platform's cells into this; everything above
 * them (readers, validation, ranking) works on it alone.
 */

/** A cell that holds an Excel error such as #N/A or #DIV/0! (Office's valueTypes = "Error"). */
export interface CellError {
  error: string;
}

/**
 * One cell's value. Dates are serial numbers (1900 date system) when they come from
 * Office.js and Date objects (UTC midnight) when they come from exceljs; `./dates`
 * converts both. Empty cells are null.
 */
export type CellValue = string | number | boolean | Date | CellError | null;

/** A merged area inside a sheet, by 1-based rows and columns, inclusive. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A sheet as read: `rows[0]` is worksheet row 1 (the header row), `rows[r][c]` is the
 * cell at worksheet row r+1, column c+1. Trailing empty rows may be absent.
 */
export interface SheetGrid {
  name: string;
  rows: CellValue[][];
  merges?: MergedArea[];
}

/** Sheets by name, as read from one workbook. A sheet that does not exist is absent. */
export type WorkbookGrids = ReadonlyMap<string, SheetGrid>;

/** A link inside an output sheet: clicking (row, col) jumps to `target` ("'工作进度'!D5"). */
export interface CellLink {
  row: number;
  col: number;
  target: string;
}

/**
 * How an output sheet prints, on A4 paper. Hints only: an adapter that can set up pages
 * honours them, one that cannot ignores them (the sheet's contents never depend on them).
 */
export interface PrintHints {
  orientation: "portrait" | "landscape";
  /** Scale every column onto one page wide; rows flow onto as many pages as they need. */
  fitToWidth: boolean;
  /** Worksheet rows (1-based, inclusive) repeated at the top of every printed page. */
  titleRows?: { first: number; last: number };
  /** 1-based columns whose text wraps within the column instead of being cut off at its edge. */
  wrapColumns?: number[];
  /** Number formats of 1-based columns ("0.00"): applied to the column's numeric cells only. */
  numberFormats?: ColumnFormat[];
  /** Worksheet rows (1-based) filled as needing attention; the row already says why in words. */
  highlightRows?: number[];
  /**
   * Row heights in points, `rowHeights[r]` for worksheet row r+1 (null or absent: the
   * application's own). A block that paginates itself sets them so that every writer and
   * every application lays its rows out alike, and wrapped text has the lines it needs.
   */
  rowHeights?: (number | null)[];
  /**
   * Every cell sits at the top of its row (Excel's default is the bottom): in a row made
   * tall by wrapped text, a 序号 or a date stays level with the first line it belongs to.
   */
  alignTop?: boolean;
  /**
   * Worksheet rows (1-based) that start a new printed page (manual page breaks above them).
   * A block that paginates itself puts them where its pages end, before the application's
   * own breaks would fall.
   */
  pageBreaks?: number[];
  /**
   * The page header: the sheet's title and when its figures were made (排名时间, 数据截至),
   * printed at the top centre of every page. Null or absent: none.
   */
  pageHeader?: string;
  /** Page numbers in the footer, 第 1 页 共 3 页 (Excel's &P and &N): every page of a document to sign. */
  pageNumbers?: boolean;
}

/** The footer of a sheet that prints its page numbers, in Excel's header and footer codes. */
export const PAGE_NUMBER_FOOTER = "第 &P 页 共 &N 页";

/** Text for a header or footer section, its ampersands doubled so none reads as one of Excel's codes. */
export function headerText(text: string): string {
  return text.replace(/&/g, "&&");
}

/** A page header's text in a file's codes: the centre section (&C). */
export function centredHeader(text: string): string {
  return `&C${headerText(text)}`;
}

/** A number format for the numeric cells of one column. */
export interface ColumnFormat {
  col: number;
  format: string;
}

/** The fill of PrintHints.highlightRows (a light amber, readable when printed in grey). */
export const HIGHLIGHT_FILL = "#FFF2CC";

/** "0.00" for 2 decimals, "0" for none: the score format that follows 参数设置 分数精度. */
export function scoreFormat(decimals: number): string {
  const places = Math.max(0, Math.min(10, Math.floor(decimals)));
  return places > 0 ? `0.${"0".repeat(places)}` : "0";
}

/**
 * A native chart beside a block's table. Inside Excel it is a chart over the table's cells;
 * in files (exceljs cannot write charts) the same cells carry data bars instead. A hint
 * only: the sheet's figures are in its cells either way.
 */
export interface ChartHint {
  type: "columnClustered" | "barClustered" | "pie" | "doughnut";
  /** The table plotted, 1-based and inclusive: its first row names the series, its first column the categories. */
  source: MergedArea;
  title: string;
  /** The cell (1-based) of the chart's top-left corner, and how many rows and columns it covers. */
  position: { row: number; col: number; rows: number; cols: number };
  /** The value that fills a whole data bar in files (100 for a rate); default the column's largest value. */
  barMax?: number;
}

/**
 * An output sheet, computed whole and then written whole (it replaces any sheet of the
 * same name). `rows[0]` is worksheet row 1; `widths` are in Excel character units.
 */
export interface SheetBlock {
  name: string;
  rows: CellValue[][];
  widths?: number[];
  /** Worksheet rows (1-based) to show bold as headings. */
  headingRows?: number[];
  /** Rows frozen at the top. */
  frozenRows?: number;
  links?: CellLink[];
  /** Page setup for printing (optional; see PrintHints). */
  print?: PrintHints;
  /** Charts beside the tables (optional; see ChartHint). */
  charts?: ChartHint[];
}

/** True when the value is an Excel error cell. */
export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === "object" && value !== null && !(value instanceof Date) && "error" in value;
}

/** True when the cell holds nothing (null, undefined or only white space). */
export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** "A" for 1, "Z" for 26, "AA" for 27. */
export function columnLetter(col: number): string {
  let n = col;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The A1 address of a 1-based row and column. */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** Parses an A1 address ("AB12") into its 1-based row and column. */
export function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.trim().toUpperCase());
  if (!m) throw new Error(`Not an A1 address: ${address}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** A sheet name quoted for use in a formula or a link: 'name' with inner quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
