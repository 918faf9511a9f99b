/**
 * 工作看板 in a file (exceljs cannot write charts): the same tables, with data bars on the
 * figures each chart would plot. Read back from the saved bytes by exceljs and, as an
 * independent reader, by LibreOffice, whose own saved copy must still hold the bars.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ConditionalFormattingOptions } from "exceljs";
import JSZip from "jszip";
import { createOperation } from "../../src/app/create-operation";
import { dashboardOperation } from "../../src/app/dashboard-operation";
import { dashboardBlock } from "../../src/sheets/results/dashboard-sheet";
import { dataBarRanges } from "../../src/xlsx/data-bars";
import { newXlsxPort, openXlsxPort } from "../../src/xlsx/xlsx-port";
import { describeWithTool, sofficeConvert, which } from "../support/external-tool";

const quiet = () => undefined;

/** The demo workbook with its 工作看板 as of 30 November 2010, saved; and the ranges that should carry bars. */
async function boardFile(): Promise<{ bytes: Uint8Array; ranges: string[]; rateRange: string }> {
  const handle = await newXlsxPort();
  await handle.port.run((s) => createOperation(s, { year: 2010, demo: true }, new Date(0), quiet));
  const run = await handle.port.run((s) => dashboardOperation(s, "2010-11-30"));
  if (!run.outcome.ok || !run.figures) throw new Error(run.outcome.message);
  const hints = dashboardBlock(run.figures).charts ?? [];
  const rate = hints.find((h) => h.barMax === 100);
  if (!rate) throw new Error("no 销号率 chart");
  return { bytes: await handle.save(), ranges: hints.flatMap(dataBarRanges), rateRange: dataBarRanges(rate)[0] };
}

/** The XML of the sheet called `name` in .xlsx bytes. */
async function sheetXml(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const sheet =
    new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook) ??
    new RegExp(`<sheet [^>]*r:id="([^"]+)"[^>]*name="${name}"`).exec(workbook);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const target =
    new RegExp(`<Relationship [^>]*Id="${sheet[1]}"[^>]*Target="([^"]+)"`).exec(rels) ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${sheet[1]}"`).exec(rels);
  if (!target) throw new Error(`no part for ${name}`);
  const path = target[1].startsWith("/") ? target[1].slice(1) : `xl/${target[1]}`;
  return zip.file(path)!.async("string");
}

/** The sqref of every data bar rule in a sheet's XML. */
function dataBarRefs(xml: string): string[] {
  return [...xml.matchAll(/<conditionalFormatting sqref="([^"]+)">(?:(?!<\/conditionalFormatting>).)*?<cfRule type="dataBar"/gs)].map((m) => m[1]);
}

describe("工作看板 in a file", () => {
  it("puts data bars on the figures of every chart hint, the 销号率 bars filling at 100", async () => {
    const { bytes, ranges, rateRange } = await boardFile();
    expect(ranges.length).toBeGreaterThanOrEqual(5);
    const ws = (await openXlsxPort(bytes)).workbook.getWorksheet("工作看板");
    // exceljs reads conditional formats back into this property; its types leave it out.
    const formats = (ws as unknown as { conditionalFormattings?: ConditionalFormattingOptions[] }).conditionalFormattings ?? [];
    const rules = formats.flatMap((cf) => cf.rules.map((rule) => ({ ref: cf.ref, rule })));
    const bars = rules.filter((r) => r.rule.type === "dataBar");
    expect(bars.map((b) => b.ref).sort()).toEqual([...ranges].sort());
    const rate = bars.find((b) => b.ref === rateRange)?.rule as { cfvo?: { type: string; value?: number }[] };
    expect(rate.cfvo).toEqual([
      { type: "num", value: 0 },
      { type: "num", value: 100 },
    ]);
    expect(dataBarRefs(await sheetXml(bytes, "工作看板")).sort()).toEqual([...ranges].sort());
  });
});

const soffice = which("soffice");

describeWithTool(
  soffice,
  "LibreOffice reads the board's data bars",
  "soffice (apt-get install libreoffice-calc-nogui)"
)("工作看板 through LibreOffice", () => {
  let dir: string;
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it("keeps every data bar in the copy LibreOffice saves", async () => {
    if (!soffice) throw new Error("soffice is not installed: apt-get install libreoffice-calc-nogui (required when CI=true)");
    const { bytes, ranges } = await boardFile();
    dir = mkdtempSync(join(tmpdir(), "tisheng-board-"));
    writeFileSync(join(dir, "board.xlsx"), bytes);
    sofficeConvert(soffice, dir, "xlsx", join(dir, "out"), [join(dir, "board.xlsx")]);
    const copy = readFileSync(join(dir, "out", "board.xlsx"));
    expect(dataBarRefs(await sheetXml(copy, "工作看板")).sort()).toEqual([...ranges].sort());
  }, 240_000);
});
