/**
 * An independent reader of the result workbook: LibreOffice opens what `rank --out`
 * builds at the zip level and converts it; the copy holds the input sheets and the
 * generated ones with their values.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { createOperation } from "../../src/app/create-operation";
import { rankOperation } from "../../src/app/rank-operation";
import { MARK_SHEET } from "../../src/sheets/marks";
import { recordingPort } from "../../src/xlsx/result-recorder";
import { resultWorkbookBytes } from "../../src/xlsx/result-workbook";
import { newXlsxPort, openXlsxPort } from "../../src/xlsx/xlsx-port";
import { describeWithTool, sofficeConvert, which } from "../support/external-tool";

const soffice = which("soffice");
const NOW = new Date(Date.UTC(2010, 11, 20, 2, 0));

describeWithTool(
  soffice,
  "LibreOffice reads the result workbook",
  "soffice (apt-get install libreoffice-calc-nogui)"
)("LibreOffice reads the result workbook", () => {
  let dir: string;
  let converted: Uint8Array;
  let inputNames: string[];

  beforeAll(async () => {
    if (!soffice) throw new Error("soffice is not installed: apt-get install libreoffice-calc-nogui (required when CI=true)");
    dir = mkdtempSync(join(tmpdir(), "tisheng-lo-result-"));
    const handle = await newXlsxPort();
    await handle.port.run((s) => createOperation(s, { year: 2010, demo: true }, NOW, () => undefined));
    const input = await handle.save();
    inputNames = handle.workbook.worksheets.map((w) => w.name);
    const recorder = recordingPort((await openXlsxPort(input)).port);
    await recorder.port.run((s) => rankOperation(s, NOW, () => undefined));
    const codec = { deflateRaw: (d: Uint8Array) => deflateRawSync(d), inflateRaw: (d: Uint8Array) => inflateRawSync(d) };
    writeFileSync(join(dir, "result.xlsx"), resultWorkbookBytes(input, recorder.writes.blocks, recorder.writes.highlights, codec));
    sofficeConvert(soffice, dir, "xlsx", join(dir, "out"), [join(dir, "result.xlsx")]);
    converted = readFileSync(join(dir, "out", "result.xlsx"));
  }, 240_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Cell text, not value: LibreOffice saves mixed-script text as rich text runs (one font per script).
  it("keeps every input sheet and shows the generated ones with their values", async () => {
    const wb = (await openXlsxPort(converted)).workbook;
    expect(wb.worksheets.map((w) => w.name)).toEqual([...inputNames, "排名结果", "问责名单", "排名说明", "校验结果", MARK_SHEET]);
    expect(wb.getWorksheet("排名结果")!.getCell("A1").text).toBe("2010年能力作风建设提升年评议考核排名结果");
    expect(wb.getWorksheet("问责名单")!.getCell("A1").text).toBe("2010年能力作风建设提升年问责名单");
    expect(wb.getWorksheet("校验结果")!.getCell("A1").text).toBe("2010年能力作风建设提升年数据校验结果");
    expect(wb.getWorksheet("评议评分")!.getCell("A1").text).toBe("单位编码");
    // LibreOffice has no "very hidden" and saves such sheets as hidden (元数据 too).
    expect(wb.getWorksheet(MARK_SHEET)!.state).toBe(wb.getWorksheet("元数据")!.state);
    expect(wb.getWorksheet(MARK_SHEET)!.state).not.toBe("visible");
  });
});
