/**
 * Issue 18, the read side: one case per family of the hostile-input audit, in both shells
 * (the command line's validate and rank --out, and file mode's opener). A damaged CRC, a
 * missing package part or shared strings table, a duplicated row or cell and invalid UTF-8
 * are refused with what is wrong (at the cell where there is one), never read as something
 * else; a UTF-16 part is read; file mode holds every part to the same 64-level depth cap;
 * an empty or overflowing number never reads as NaN or Infinity; no English gloss is shown.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { openXlsxWithProgress } from "../../src/worker/open-xlsx";
import { crc32 } from "node:zlib";
import { runCli } from "../cli/run-cli";
import { entriesOf, rawZip, type RawEntry } from "./lean/raw-zip";

const SCORES = "xl/worksheets/sheet10.xml";
const SHARED = "xl/sharedStrings.xml";

let dir: string;
let demo: Uint8Array;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tisheng-hostile-reads-"));
  const path = join(dir, "demo.xlsx");
  expect((await runCli("init", path, "--demo")).code).toBe(0);
  demo = new Uint8Array(readFileSync(path));
  // The fixture's assumption: the score sheet (评议评分) is sheet10 and its D2 holds 86.
  const xml = await (await JSZip.loadAsync(demo)).file(SCORES)!.async("string");
  expect(xml).toContain('<c r="D2" s="4"><v>86</v></c>');
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The demo with parts replaced (text), removed (null) or given as raw entries. */
async function variant(name: string, change: Record<string, string | null | ((xml: string) => string | RawEntry)>): Promise<string> {
  const zip = await JSZip.loadAsync(demo);
  const replace: Record<string, RawEntry> = {};
  for (const [part, how] of Object.entries(change)) {
    if (how === null) zip.remove(part);
    else if (typeof how === "string") zip.file(part, how);
    else {
      const result = how((await zip.file(part)?.async("string")) ?? "");
      if (typeof result === "string") zip.file(part, result);
      else replace[part] = result;
    }
  }
  const path = join(dir, name);
  writeFileSync(path, rawZip(await entriesOf(zip, replace)));
  return path;
}

/** The command's refusal: exit 2, one line, no English gloss; the line returned. */
async function refused(...argv: string[]): Promise<string> {
  const run = await runCli(...argv);
  expect({ code: run.code, lines: run.stderr.trimEnd().split("\n").length }).toEqual({ code: 2, lines: 1 });
  expect(run.stderr).not.toMatch(/[（(][A-Za-z][A-Za-z .-]*[)）]|not an xlsx/);
  return run.stderr;
}

/** File mode's refusal of the same file (the message the pane shows). */
async function refusedInFileMode(path: string): Promise<string> {
  const bytes = readFileSync(path);
  const error = await openXlsxWithProgress(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), () => undefined).then(
    () => new Error("opened"),
    (e: Error) => e
  );
  expect(error.message).not.toMatch(/创建标准工作簿|not an xlsx|[（(][A-Za-z][A-Za-z .-]*[)）]/);
  return error.message;
}

/** Refused alike by validate, rank --out and file mode, each time matching `pattern`. */
async function refusedEverywhere(path: string, pattern: RegExp): Promise<void> {
  expect(await refused("validate", path)).toMatch(pattern);
  expect(await refused("rank", path, "--out", join(dir, "never.xlsx"))).toMatch(pattern);
  expect(await refusedInFileMode(path)).toMatch(pattern);
}

describe("reads that verify (issue 18)", () => {
  it("a stored entry with one damaged byte is refused by its CRC, never ranked with the wrong score", async () => {
    const good = await (await JSZip.loadAsync(demo)).file(SCORES)!.async("uint8array");
    const text = new TextDecoder().decode(good);
    const at = text.indexOf('<c r="D2" s="4"><v>86</v></c>') + '<c r="D2" s="4"><v>'.length;
    const damaged = new Uint8Array(good);
    damaged[at] = "1".charCodeAt(0);
    // Stored, so nothing but the CRC tells the damage: the directory keeps the original bytes' CRC.
    const withOriginalCrc = await variant("crc-bad.xlsx", {
      [SCORES]: () => ({ name: SCORES, data: damaged, stored: true, crc32: crc32(good) }),
    });
    await refusedEverywhere(withOriginalCrc, /文件已损坏：工作表「评议评分」的校验码与内容不符/);
  });

  it("a copied part with a bad CRC is refused by rank --out instead of passed on", async () => {
    const theme = await (await JSZip.loadAsync(demo)).file("xl/theme/theme1.xml")!.async("uint8array");
    const path = await variant("crc-copied.xlsx", {
      "xl/theme/theme1.xml": () => ({ name: "xl/theme/theme1.xml", data: theme, stored: true, crc32: (crc32(theme) ^ 1) >>> 0 }),
    });
    expect(await refused("rank", path, "--out", join(dir, "never.xlsx"))).toMatch(/文件已损坏：.*校验码与内容不符/);
  });

  it("missing package parts and a missing shared strings table are named as damage", async () => {
    await refusedEverywhere(await variant("no-types.xlsx", { "[Content_Types].xml": null }), /^.*文件已损坏：缺少部件类型清单/);
    await refusedEverywhere(await variant("no-rels.xlsx", { "xl/_rels/workbook.xml.rels": null }), /文件已损坏：缺少工作表目录/);
    const noSst = await variant("no-sst.xlsx", { [SHARED]: null });
    await refusedEverywhere(noSst, /文件已损坏：缺少共享文本表（工作表「.*」单元格 A1 引用了它）/);
    // distribute used to say the roster lacked the unit, rank that 54 headers were missing.
    expect(await refused("distribute", noSst, "--out-dir", dir)).toMatch(/文件已损坏：缺少共享文本表/);
  });

  it("a duplicated row or cell is refused at the row or cell, never read as the second one", async () => {
    const row = await variant("dup-row.xlsx", {
      [SCORES]: (xml) => xml.replace(/(<row r="3"[^>]*>.*?<\/row>)/, "$1$1"),
    });
    await refusedEverywhere(row, /工作表「评议评分」的第 3 行在文件中出现了两次/);
    const cell = await variant("dup-cell.xlsx", {
      [SCORES]: (xml) => xml.replace('<c r="D2" s="4"><v>86</v></c>', '<c r="D2" s="4"><v>86</v></c><c r="D2" s="4"><v>16</v></c>'),
    });
    await refusedEverywhere(cell, /工作表「评议评分」单元格 D2 在文件中出现了两次/);
  });

  it("invalid UTF-8 in a shared string is refused with the cell that uses it", async () => {
    const sst = await (await JSZip.loadAsync(demo)).file(SHARED)!.async("string");
    const bytes = new TextEncoder().encode(sst);
    // The shared string of the header 得分 of 评议评分!D1: its last byte becomes 0xFF.
    const items = [...sst.matchAll(/<si>(.*?)<\/si>/g)];
    const header = items.findIndex((m) => /<t[^>]*>得分<\/t>/.test(m[1]));
    expect(header).toBeGreaterThanOrEqual(0);
    const start = new TextEncoder().encode(sst.slice(0, items[header].index)).length;
    const textEnd = bytes.indexOf("<".charCodeAt(0), bytes.indexOf(">".charCodeAt(0), start + 4) + 1);
    bytes[textEnd - 1] = 0xff;
    const path = await variant("bad-utf8.xlsx", { [SHARED]: () => ({ name: SHARED, data: bytes }) });
    await refusedEverywhere(path, /工作表「评议评分」单元格 D1 的文字含有不是有效 UTF-8 编码的字节/);
  });

  it("UTF-16 parts (little- and big-endian) are read as an encoding, the same as UTF-8, and written back", async () => {
    const xml = await (await JSZip.loadAsync(demo)).file(SCORES)!.async("string");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml.replace('encoding="UTF-8"', 'encoding="UTF-16"'), "utf16le")]);
    const workbook = await (await JSZip.loadAsync(demo)).file("xl/workbook.xml")!.async("string");
    const utf16Workbook = Buffer.concat([
      Buffer.from([0xfe, 0xff]),
      Buffer.from(workbook.replace('encoding="UTF-8"', 'encoding="UTF-16"'), "utf16le").swap16(),
    ]);
    const path = await variant("utf16.xlsx", {
      [SCORES]: () => ({ name: SCORES, data: utf16 }),
      "xl/workbook.xml": () => ({ name: "xl/workbook.xml", data: utf16Workbook }),
    });
    const rank = async (p: string) => (await runCli("rank", p, "--json")).stdout.replace(/"file":"[^"]*"/, "");
    expect(await rank(path)).toEqual(await rank(join(dir, "demo.xlsx")));
    expect((await runCli("rank", path, "--out", join(dir, "utf16-out.xlsx"))).code).toBe(0);
    const written = await (await JSZip.loadAsync(readFileSync(join(dir, "utf16-out.xlsx")))).file("xl/workbook.xml")!.async("string");
    expect(written).toMatch(/^<\?xml version="1.0" encoding="UTF-8"[^>]*>\n<workbook [^>]*>.*<sheet name="排名结果"/s);
  });

  it("file mode holds every part, not only the sheets, to the 64-level depth cap", async () => {
    const deep = `<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">${"<a>".repeat(80)}${"</a>".repeat(80)}</Properties>`;
    const path = await variant("deep.xlsx", { "docProps/app.xml": deep });
    expect(await refusedInFileMode(path)).toMatch(/嵌套超过 64 层/);
  });

  it("an empty <v></v> reads blank and 1e309 reads as written, never NaN or Infinity", async () => {
    const path = await variant("numbers.xlsx", {
      [SCORES]: (xml) =>
        xml
          .replace('<c r="D2" s="4"><v>86</v></c>', '<c r="D2" s="4"><v></v></c>')
          .replace('<c r="D3" s="4"><v>86</v></c>', '<c r="D3" s="4"><v>1e309</v></c>'),
    });
    const run = await runCli("validate", path, "--json");
    expect(run.stdout).not.toMatch(/NaN|Infinity/);
    const findings = (JSON.parse(run.stdout) as { issues: { sheet: string; cell: string; message: string }[] }).issues;
    expect(findings.find((f) => f.sheet === "评议评分" && f.cell === "D3")?.message).toMatch(/1e309/);
    expect(findings.find((f) => f.sheet === "评议评分" && f.cell === "D2")?.message).toMatch(/空|未填/);
    // File mode reads through exceljs, which gives NaN and Infinity for these: blank, and Excel's #NUM!.
    const bytes = readFileSync(path);
    const opened = await openXlsxWithProgress(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), () => undefined);
    const rows = (await opened.port.run((s) => s.readSheets(["评议评分"]))).get("评议评分")!.rows;
    expect([rows[1][3] ?? null, rows[2][3]]).toEqual([null, { error: "#NUM!" }]);
  });

  it("a renamed .ods is named as OpenDocument in file mode, not met with an invitation to create a workbook", async () => {
    const ods = new JSZip();
    ods.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
    ods.file("content.xml", '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>');
    const path = join(dir, "renamed.xlsx");
    writeFileSync(path, await ods.generateAsync({ type: "uint8array" }));
    expect(await refusedInFileMode(path)).toMatch(/OpenDocument 电子表格/);
    expect(await refused("validate", path)).toMatch(/OpenDocument 电子表格/);
  });
});
