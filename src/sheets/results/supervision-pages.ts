/**
 * The printed pages of a 督查通报. The notice holds several tables one after another, and
 * Excel's print titles repeat a single row range on every page, so the notice paginates
 * itself: each row gets a height that holds its wrapped text (estimated on the generous
 * side, so no line is cut off), the rows are laid onto A4 portrait pages at the scale that
 * fits the columns onto one page wide, a manual page break ends each page a little before
 * the application's own break could fall, and a table that runs onto a new page has its
 * header row repeated at the top of that page (a copy in the sheet, bold like the first).
 * Headings, the line that introduces a table and a table's header are kept with the row
 * after them. Fixed row heights make Excel, LibreOffice and any writer lay the rows alike.
 */
import type { CellValue } from "../grid";

/** One row of the notice, with what the pagination needs to know about it. */
export interface NoticeLine {
  cells: CellValue[];
  /** Printed in bold (headings and table headers). */
  bold?: boolean;
  /** Never the last row of a page: headings, a table's introduction, a table's header. */
  keepWithNext?: boolean;
  /** The table the row belongs to: its header row (the row repeated on a new page), and whether this row is that header. */
  table?: { header: CellValue[]; isHeader: boolean };
}

/** The rows as laid onto pages. */
export interface NoticePages {
  rows: CellValue[][];
  /** 1-based rows shown bold (headers repeated on later pages included). */
  boldRows: number[];
  /** Points, per row. */
  rowHeights: number[];
  /** 1-based rows that start a new page. */
  pageBreaks: number[];
}

/** A4 in points and the margins every writer gives an output sheet (0.7 in at the sides, 0.75 in at top and bottom). */
export const A4_PORTRAIT = { width: 595.28, height: 841.89, side: 50.4, top: 54, bottom: 54 };
/** The same page turned: what a landscape sheet (排名结果) is laid onto. */
export const A4_LANDSCAPE = { ...A4_PORTRAIT, width: A4_PORTRAIT.height, height: A4_PORTRAIT.width };

/** A sheet's printed page, by its orientation. */
export type Orientation = "portrait" | "landscape";
/** The height of one line of 11-point text, with room for the taller CJK fonts Excel and LibreOffice fall back to. */
export const LINE_POINTS = 16;
/** Added to every row: the cell's own top and bottom padding. */
const ROW_PADDING = 2;
/** Excel's largest row height. */
const MAX_ROW_POINTS = 409;
/**
 * The share of a page the rows may fill: the applications measure column widths and
 * round the fit-to-width scale a little differently; a page ending early leaves blank
 * paper, a page ending late would let the application break a table without its header.
 */
const PAGE_FILL = 0.88;

/** Pixels of a column `width` characters wide (Excel's default font: 7 px a digit, 5 px of padding). */
function columnPixels(width: number): number {
  return Math.floor(width * 7) + 5;
}

/** Pixels a character takes, on the wide side: CJK and full-width forms about 15 px at 11 points, others 8. */
function charPixels(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  return code >= 0x2e80 || (code >= 0x2000 && code < 0x2070) ? 15 : 8;
}

/** Lines `text` wraps onto in a column of `pixels` (breaking anywhere, as CJK text does; explicit line breaks kept). */
export function wrappedLines(text: string, pixels: number): number {
  const room = Math.max(pixels - 6, 15);
  let lines = 0;
  for (const part of text.split(/\r?\n/)) {
    let used = 0;
    lines++;
    for (const ch of part) {
      const w = charPixels(ch);
      if (used + w > room && used > 0) {
        lines++;
        used = 0;
      }
      used += w;
    }
  }
  return Math.max(lines, 1);
}

/** The height of a row whose cells in `wrapColumns` (1-based) wrap; other cells take one line. */
export function rowPoints(cells: readonly CellValue[], widths: readonly number[], wrapColumns: ReadonlySet<number>): number {
  let lines = 1;
  cells.forEach((value, c) => {
    if (value === null || value === undefined || !wrapColumns.has(c + 1)) return;
    lines = Math.max(lines, wrappedLines(textOf(value), columnPixels(widths[c] ?? 8.43)));
  });
  return Math.min(lines * LINE_POINTS + ROW_PADDING, MAX_ROW_POINTS);
}

/** The points of sheet rows that fit on one A4 page when the columns are scaled to one page wide. */
export function pagePoints(widths: readonly number[], orientation: Orientation = "portrait"): number {
  const page = orientation === "portrait" ? A4_PORTRAIT : A4_LANDSCAPE;
  const sheetWidth = widths.reduce((sum, w) => sum + columnPixels(w), 0) * 0.75;
  const scale = Math.min(1, (page.width - 2 * page.side) / Math.max(sheetWidth, 1));
  return ((page.height - page.top - page.bottom) / scale) * PAGE_FILL;
}

/**
 * `text` as it fits the tallest row Excel allows in a column `width` characters wide: as it
 * is when it fits, else its beginning, "……" and `where` (where the whole text is), so that
 * no printed line is cut off by the row's bottom edge.
 */
export function clipToRow(text: string, width: number, where: string): string {
  const fits = (t: string) => wrappedLines(t, columnPixels(width)) * LINE_POINTS + ROW_PADDING <= MAX_ROW_POINTS;
  if (fits(text)) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(`${chars.slice(0, mid).join("")}……${where}`)) low = mid;
    else high = mid - 1;
  }
  return `${chars.slice(0, low).join("")}……${where}`;
}

/** Width of text in column units, on the wide side: 2 for a CJK or full-width character, 1 for any other. */
export function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += charPixels(ch) > 8 ? 2 : 1;
  return units;
}

/**
 * `text` cut into lines of at most `units` column units, so that a line written in column A
 * and running across the empty cells to its right never passes the page's right edge. A
 * line ends after the last of ，；。、 in its final fifth when there is one, else where it is full.
 */
export function fitLines(text: string, units: number): string[] {
  const lines: string[] = [];
  let rest = [...text];
  while (rest.length > 0) {
    let width = 0;
    let end = 0;
    while (end < rest.length && width + textUnits(rest[end]) <= units) width += textUnits(rest[end++]);
    if (end >= rest.length) {
      lines.push(rest.join(""));
      break;
    }
    end = Math.max(end, 1);
    const floor = Math.floor(end * 0.8);
    for (let i = end - 1; i >= floor; i--) {
      if ("，；。、".includes(rest[i])) {
        end = i + 1;
        break;
      }
    }
    lines.push(rest.slice(0, end).join(""));
    rest = rest.slice(end);
  }
  return lines.length > 0 ? lines : [text];
}

/** Lays `lines` onto pages of `pagePoints(widths)`, repeating a table's header on each page it continues onto. */
export function paginate(
  lines: readonly NoticeLine[],
  widths: readonly number[],
  wrapColumns: readonly number[],
  orientation: Orientation = "portrait"
): NoticePages {
  const wrap = new Set(wrapColumns);
  const capacity = pagePoints(widths, orientation);
  // Rows that fit one whole page need no break: the fill margin guards a break's place, and there is none.
  const heights = lines.map((line) => rowPoints(line.cells, widths, wrap));
  if (heights.reduce((sum, h) => sum + h, 0) <= capacity / PAGE_FILL)
    return {
      rows: lines.map((l) => l.cells),
      boldRows: lines.flatMap((l, i) => (l.bold ? [i + 1] : [])),
      rowHeights: heights,
      pageBreaks: [],
    };
  const out: { line: NoticeLine; height: number }[] = [];
  const breaks: number[] = [];
  let pageStart = 0;
  let used = 0;
  const place = (line: NoticeLine) => {
    const height = rowPoints(line.cells, widths, wrap);
    out.push({ line, height });
    used += height;
  };
  for (const line of lines) {
    const height = rowPoints(line.cells, widths, wrap);
    if (used + height <= capacity || out.length === pageStart) {
      place(line);
      continue;
    }
    // The rows that must not end a page move on with this one.
    let cut = out.length;
    while (cut - 1 > pageStart && out[cut - 1].line.keepWithNext) cut--;
    const moved = out.splice(cut).map((o) => o.line);
    const first = moved[0] ?? line;
    pageStart = out.length;
    used = 0;
    breaks.push(pageStart + 1);
    if (first.table && !first.table.isHeader)
      place({ cells: first.table.header, bold: true, keepWithNext: true, table: { header: first.table.header, isHeader: true } });
    for (const m of moved) place(m);
    // A blank spacer has no use at the top of a page.
    if (!(moved.length === 0 && isBlankLine(line))) place(line);
  }
  return {
    rows: out.map((o) => o.line.cells),
    boldRows: out.flatMap((o, i) => (o.line.bold ? [i + 1] : [])),
    rowHeights: out.map((o) => o.height),
    pageBreaks: breaks.filter((row) => row <= out.length),
  };
}

function isBlankLine(line: NoticeLine): boolean {
  return line.cells.every((c) => c === null || c === undefined || c === "");
}

function textOf(value: CellValue): string {
  if (value instanceof Date) return "2000-01-01";
  if (typeof value === "object" && value !== null) return value.error;
  return String(value);
}
