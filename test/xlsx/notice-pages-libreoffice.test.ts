/**
 * An independent check of the 督查通报's pages: LibreOffice prints a long notice (written
 * at the zip level, as the command line does, and by exceljs) to PDF, and poppler's
 * pdftotext reads each page back. Every page that shows a row of a table shows that
 * table's header above it; the pages are exactly the notice's own (no break of
 * LibreOffice's that could cut a table without its header); each is A4 portrait; and
 * every character of every cell is printed (no text cut off).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isCellError } from "../../src/sheets/grid";
import { byExceljs, zipLevel } from "./block-workbooks";
import { describeWithTool, sofficeConvert, which } from "../support/external-tool";
import { longNotice } from "../sheets/results/print-fixture";

const soffice = which("soffice");
const pdftotext = which("pdftotext");
const pdfinfo = which("pdfinfo");

/** Each table: the words that make a line its header, and the mark each of its rows carries. */
const TABLES = [
  { name: "督查发现的问题", header: ["督查日期", "发现问题"], row: /\bF\d\d\b/g },
  { name: "滞后和逾期任务", header: ["牵头单位", "工作内容"], row: /第\d+项工作内容/g },
  { name: "逾期未整改问题", header: ["整改时限", "责任人"], row: /\bP\d\d\b/g },
];

const WRITERS = [
  { file: "zip-level", write: zipLevel },
  { file: "exceljs", write: byExceljs },
];

/** Counts of each printed character (white space left out). */
function charCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text.replace(/\s+/g, "")) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

describeWithTool(
  soffice && pdftotext && pdfinfo,
  "LibreOffice prints the 督查通报 pages (read back with pdftotext)",
  "soffice and pdftotext (apt-get install libreoffice-calc-nogui poppler-utils)"
)("LibreOffice prints a long 督查通报", () => {
  const block = longNotice();
  let dir: string;
  const pages = new Map<string, string[]>();
  const sizes = new Map<string, string[]>();

  beforeAll(async () => {
    if (!soffice || !pdftotext || !pdfinfo)
      throw new Error("soffice or pdftotext is not installed: apt-get install libreoffice-calc-nogui poppler-utils (required when CI=true)");
    dir = mkdtempSync(join(tmpdir(), "tisheng-lo-notice-"));
    const files: string[] = [];
    for (const w of WRITERS) {
      const path = join(dir, `${w.file}.xlsx`);
      writeFileSync(path, await w.write(block));
      files.push(path);
    }
    sofficeConvert(soffice, dir, "pdf", join(dir, "out"), files, 240_000);
    for (const w of WRITERS) {
      const pdf = join(dir, "out", `${w.file}.pdf`);
      const text = execFileSync(pdftotext, ["-layout", pdf, "-"], { encoding: "utf8" });
      // pdftotext ends every page with a form feed.
      pages.set(w.file, text.split("\f").slice(0, -1));
      const info = execFileSync(pdfinfo, ["-f", "1", "-l", "999", pdf], { encoding: "utf8" });
      sizes.set(
        w.file,
        [...info.matchAll(/^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`)
      );
    }
  }, 300_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(WRITERS.map((w) => w.file))("%s: prints the notice's own pages, A4 portrait, no more (LibreOffice adds no break of its own)", (file) => {
    const printed = pages.get(file)!;
    expect(printed).toHaveLength(block.print!.pageBreaks!.length + 1);
    expect(sizes.get(file)).toEqual(printed.map(() => "595x842"));
  });

  it.each(WRITERS.map((w) => w.file))("%s: every page with a row of a table shows that table's header above the row", (file) => {
    let continued = 0;
    for (const [p, page] of pages.get(file)!.entries()) {
      let current: string | null = null;
      let firstTableLine: "header" | "row" | null = null;
      for (const line of page.split("\n")) {
        const header = TABLES.find((t) => t.header.every((w) => line.includes(w)));
        if (header) {
          current = header.name;
          firstTableLine ??= "header";
          continue;
        }
        for (const table of TABLES) {
          if (!table.row.test(line)) continue;
          table.row.lastIndex = 0;
          firstTableLine ??= "row";
          expect({ page: p + 1, line: line.trim(), under: current }).toEqual({ page: p + 1, line: line.trim(), under: table.name });
        }
      }
      if (p > 0 && firstTableLine === "header" && !/[一二三四五]、/.test(page.split("\n").find((l) => l.trim() !== "") ?? "")) continued++;
    }
    // Tables did run past pages, and their headers came along.
    expect(continued).toBeGreaterThanOrEqual(3);
  });

  it.each(WRITERS.map((w) => w.file))("%s: prints each row once and every character of every cell (nothing cut off)", (file) => {
    const text = pages.get(file)!.join("\n");
    for (const table of TABLES) {
      const marks = text.match(table.row) ?? [];
      const expected = block.rows.flatMap((row) => row.flatMap((c) => (typeof c === "string" ? (c.match(table.row) ?? []) : [])));
      expect({ table: table.name, marks: [...marks].sort() }).toEqual({ table: table.name, marks: [...expected].sort() });
    }
    const printed = charCounts(text);
    const cells = block.rows.flatMap((row) => row.map((c) => (c === null ? "" : isCellError(c) ? c.error : String(c)))).join("");
    const missing = [...charCounts(cells)].filter(([ch, n]) => (printed.get(ch) ?? 0) < n).map(([ch, n]) => `${ch}: ${printed.get(ch) ?? 0}/${n}`);
    expect(missing).toEqual([]);
  });
});
