/**
 * An independent reader of page setup: LibreOffice prints result workbooks to PDF, and the
 * pages are A4 in the hinted orientation, every column on one page wide, rows flowing onto
 * as many pages as they need. Written both at the zip level (the command line) and by exceljs.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SheetBlock } from "../../src/sheets/grid";
import { byExceljs, zipLevel } from "./block-workbooks";
import { describeWithTool, sofficeConvert, which } from "../support/external-tool";
import { notice, rankingPair, validation } from "../sheets/results/print-fixture";

const soffice = which("soffice");
/** A4 in points, short side first. */
const A4 = [595, 842];

interface PdfPage {
  width: number;
  height: number;
}

/** The pages of a PDF with their media boxes (LibreOffice writes one per page object). */
function pdfPages(pdf: Buffer): PdfPage[] {
  const text = pdf.toString("latin1");
  const pages = [...text.matchAll(/\/Type\s*\/Page(?![s\w])[\s\S]*?\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)];
  return pages.map((m) => ({ width: Number(m[3]) - Number(m[1]), height: Number(m[4]) - Number(m[2]) }));
}

const CASES: { file: string; block: () => SheetBlock; write: (b: SheetBlock) => Promise<Uint8Array> }[] = [
  { file: "validation-tall", block: () => validation(150), write: zipLevel },
  { file: "validation-short", block: () => validation(3), write: zipLevel },
  { file: "accountability", block: () => rankingPair()[1], write: zipLevel },
  { file: "ranking", block: () => rankingPair()[0], write: zipLevel },
  { file: "notice", block: notice, write: zipLevel },
  { file: "validation-tall-exceljs", block: () => validation(150), write: byExceljs },
  { file: "notice-exceljs", block: notice, write: byExceljs },
];

describeWithTool(
  soffice,
  "LibreOffice prints the result sheets",
  "soffice (apt-get install libreoffice-calc-nogui)"
)("LibreOffice prints the result sheets", () => {
  let dir: string;
  const pages = new Map<string, PdfPage[]>();

  beforeAll(async () => {
    if (!soffice) throw new Error("soffice is not installed: apt-get install libreoffice-calc-nogui (required when CI=true)");
    dir = mkdtempSync(join(tmpdir(), "tisheng-lo-print-"));
    const files: string[] = [];
    for (const c of CASES) {
      const path = join(dir, `${c.file}.xlsx`);
      writeFileSync(path, await c.write(c.block()));
      files.push(path);
    }
    sofficeConvert(soffice, dir, "pdf", join(dir, "out"), files, 240_000);
    for (const c of CASES) pages.set(c.file, pdfPages(readFileSync(join(dir, "out", `${c.file}.pdf`))));
  }, 300_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const orientationOf = (p: PdfPage) => (p.width > p.height ? "landscape" : "portrait");
  const isA4 = (p: PdfPage) => Math.abs(Math.min(p.width, p.height) - A4[0]) < 2 && Math.abs(Math.max(p.width, p.height) - A4[1]) < 2;

  it.each(CASES.map((c) => [c.file, c.block().print!.orientation] as const))("prints %s on A4 %s pages", (file, orientation) => {
    const printed = pages.get(file)!;
    expect(printed.length).toBeGreaterThan(0);
    for (const page of printed) expect({ a4: isA4(page), orientation: orientationOf(page) }).toEqual({ a4: true, orientation });
  });

  it("fits a short table on one page: every column on one page wide", () => {
    expect(pages.get("validation-short")).toHaveLength(1);
    expect(pages.get("accountability")).toHaveLength(1);
    expect(pages.get("ranking")).toHaveLength(1);
    // The notice holds the five sections of a 公文 now: a short one takes two pages.
    expect(pages.get("notice")).toHaveLength(2);
  });

  it("lets a tall table flow onto more pages instead of shrinking it onto one", () => {
    expect(pages.get("validation-tall")!.length).toBeGreaterThan(1);
    expect(pages.get("validation-tall-exceljs")!.length).toBe(pages.get("validation-tall")!.length);
  });
});
