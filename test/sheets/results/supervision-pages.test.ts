/**
 * 督查通报 lays out its own pages: every page a table runs onto starts with that table's
 * header, no page ends on a heading, a table's introduction or its header, every page's
 * rows fit an A4 portrait page at the fit-to-width scale, and wrapped text gets the lines
 * it needs.
 */
import type { CellValue, SheetBlock } from "../../../src/sheets/grid";
import { NOTICE_TABLES } from "../../../src/sheets/results/notice-sections";
import { LINE_POINTS, pagePoints, paginate, rowPoints, wrappedLines, type NoticeLine } from "../../../src/sheets/results/supervision-pages";
import { NOTICE_SECTIONS as NOTICE_HEADINGS } from "../../../src/sheets/results/notice-model";
import { longNotice, notice } from "./print-fixture";

const HEADERS = Object.values(NOTICE_TABLES).map((h) => JSON.stringify(h));
const key = (row: readonly CellValue[]) => {
  const out = [...row];
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return JSON.stringify(out);
};
const isHeader = (row: readonly CellValue[]) => HEADERS.includes(key(row));

/** The block's rows, page by page, from its manual breaks. */
function pages(block: SheetBlock): CellValue[][][] {
  const starts = [1, ...(block.print?.pageBreaks ?? [])];
  return starts.map((start, i) => block.rows.slice(start - 1, (starts[i + 1] ?? block.rows.length + 1) - 1));
}

/** The header of the table a body row belongs to, read from the rows above it in the whole sheet (its first header). */
function tableOf(block: SheetBlock): (CellValue[] | null)[] {
  let current: CellValue[] | null = null;
  return block.rows.map((row) => {
    if (isHeader(row)) current = row;
    else if (typeof row[0] !== "number" && !(row[0] === null && row.some((c) => c !== null))) current = null;
    return current && !isHeader(row) ? current : null;
  });
}

describe("督查通报 pages", () => {
  const block = longNotice();
  const print = block.print!;

  it("runs a long notice onto several pages, each table past a page break", () => {
    expect(print.pageBreaks!.length).toBeGreaterThanOrEqual(4);
    expect(print.rowHeights).toHaveLength(block.rows.length);
    // Headers were repeated: each table's header appears more often than the table does.
    const headerRows = block.rows.filter(isHeader).length;
    expect(headerRows).toBeGreaterThan(5);
  });

  it("starts every page a table runs onto with that table's header", () => {
    const owner = tableOf(block);
    const starts = [1, ...print.pageBreaks!];
    let continued = 0;
    for (const [i, start] of starts.entries()) {
      const end = (starts[i + 1] ?? block.rows.length + 1) - 1;
      for (let row = start; row <= end; row++) {
        const table = owner[row - 1];
        if (!table) continue;
        // The nearest header above this body row, on the same page, is its own table's.
        let above = row - 1;
        while (above >= start && !isHeader(block.rows[above - 1])) above--;
        expect({ row, header: above >= start ? key(block.rows[above - 1]) : "no header on this page" }).toEqual({ row, header: key(table) });
      }
      if (owner[start] && isHeader(block.rows[start - 1])) continued++;
    }
    expect(continued).toBeGreaterThan(2);
  });

  it("never ends a page on a heading, a table's introduction or a header", () => {
    for (const page of pages(block).slice(0, -1)) {
      const last = page[page.length - 1];
      expect(isHeader(last)).toBe(false);
      expect(Object.values(NOTICE_HEADINGS)).not.toContain(last[0]);
      expect(String(last[0] ?? "")).not.toMatch(/：$/);
    }
  });

  it("fills no page past what fits on A4 portrait at the scale that fits the columns one page wide", () => {
    const capacity = pagePoints(block.widths!);
    // 8 columns of 121 characters: about 74% to fit 494 points; 734 points tall at that scale, less a margin.
    expect(capacity).toBeGreaterThan(800);
    expect(capacity).toBeLessThan(734 / 0.74);
    const starts = [1, ...print.pageBreaks!];
    starts.forEach((start, i) => {
      const end = (starts[i + 1] ?? block.rows.length + 1) - 1;
      const used = print.rowHeights!.slice(start - 1, end).reduce<number>((sum, h) => sum + (h ?? 0), 0);
      expect({ page: i + 1, fits: used <= capacity }).toEqual({ page: i + 1, fits: true });
    });
  });

  it("loses no row and repeats none: each finding, task and overdue problem printed once", () => {
    // Only headers are repeated; every body row carries a mark of its own.
    const marks = block.rows.flatMap((row) => row.map(String).filter((t) => /^(F\d\d |第\d+项工作内容$|P\d\d )/.test(t)));
    expect(marks.filter((m) => m.startsWith("F"))).toHaveLength(40);
    expect(marks.filter((m) => m.startsWith("第"))).toHaveLength(28);
    expect(marks.filter((m) => m.startsWith("P"))).toHaveLength(60);
    expect(new Set(marks).size).toBe(marks.length);
  });

  it("keeps a short notice on two pages", () => {
    expect(notice().print!.pageBreaks).toHaveLength(1);
  });

  it("gives wrapped text the lines it needs, on the generous side", () => {
    // Column H is 26 characters, about 187 px: 12 CJK characters a line.
    const text = "受机构调整影响，进度滞后，正在协调有关部门加快推进";
    expect(wrappedLines(text, 26 * 7 + 5)).toBe(3);
    expect(wrappedLines("短", 26 * 7 + 5)).toBe(1);
    expect(wrappedLines("第一行\n第二行", 100)).toBe(2);
    const cells: CellValue[] = [1, "市委宣传部", "2010-09-01", "第1项", 10, 20, "滞后", text];
    expect(rowPoints(cells, [6, 18, 12, 32, 9, 9, 9, 26], new Set([8]))).toBe(3 * LINE_POINTS + 2);
    // Column A does not wrap: its long line runs across the cells to its right.
    expect(rowPoints([text.repeat(2)], [6], new Set([8]))).toBe(LINE_POINTS + 2);
  });

  it("moves a table's header and introduction onto the next page with its first row", () => {
    const header: CellValue[] = ["序号", "内容"];
    const perPage = Math.floor(pagePoints([6, 60]) / (LINE_POINTS + 2));
    // The page fills up exactly with the introduction and the header: the first row does not fit.
    const lines: NoticeLine[] = [
      ...Array.from({ length: perPage - 2 }, (_, i): NoticeLine => ({ cells: [`第${i + 1}行说明`] })),
      { cells: ["表格如下："], keepWithNext: true },
      { cells: header, bold: true, keepWithNext: true, table: { header, isHeader: true } },
      ...Array.from({ length: 80 }, (_, i): NoticeLine => ({ cells: [i + 1, `内容${i + 1}`], table: { header, isHeader: false } })),
    ];
    const laid = paginate(lines, [6, 60], [2]);
    expect(laid.pageBreaks[0]).toBe(perPage - 1);
    // The introduction starts the second page, then the header, then the first row.
    const second = laid.pageBreaks[0] - 1;
    expect(laid.rows.slice(second, second + 3)).toEqual([["表格如下："], header, [1, "内容1"]]);
    // Every later page starts with the header, in bold.
    for (const start of laid.pageBreaks.slice(1)) {
      expect(laid.rows[start - 1]).toEqual(header);
      expect(laid.boldRows).toContain(start);
    }
    expect(laid.rows.filter((r) => typeof r[0] === "number")).toHaveLength(80);
  });
});
