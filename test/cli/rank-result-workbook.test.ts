/**
 * Issue 9: `tisheng rank --out` re-serialised the input sheets through exceljs and doubled
 * their data validations (评议评分 got A2:A7192 and A10:A7192 where the input had one rule).
 * The result now carries every input sheet's part exactly as it was.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { rawEntryBytes, readCentralDirectory } from "../../src/xlsx/zip/central-directory";
import { openXlsxPort } from "../../src/xlsx/xlsx-port";
import { runCli } from "./run-cli";

let dir: string;
let input: Uint8Array;
let output: Uint8Array;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tisheng-result-"));
  const book = join(dir, "in.xlsx");
  expect((await runCli("init", book, "--demo")).code).toBe(0);
  const run = await runCli("rank", book, "--out", join(dir, "out.xlsx"));
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  input = readFileSync(book);
  output = readFileSync(join(dir, "out.xlsx"));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("tisheng rank --out", () => {
  it("copies every input sheet's part unchanged", () => {
    const out = new Map(readCentralDirectory(output).map((e) => [e.name, e]));
    const sheets = readCentralDirectory(input).filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name));
    expect(sheets.length).toBeGreaterThan(10);
    for (const entry of sheets) {
      const copied = out.get(entry.name);
      expect(copied?.crc32).toBe(entry.crc32);
      expect(Buffer.from(rawEntryBytes(output, copied!)).equals(Buffer.from(rawEntryBytes(input, entry)))).toBe(true);
    }
  });

  it("keeps 评议评分's data validations as the input has them, not doubled", async () => {
    // Today's code wrote A2:A7192 and A10:A7192 (and B likewise) where the input had A2:A7192 alone.
    const sqrefs = async (bytes: Uint8Array) => {
      const zip = await JSZip.loadAsync(bytes);
      const workbook = await zip.file("xl/workbook.xml")!.async("string");
      const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
      const id = /<sheet [^>]*name="评议评分"[^>]*r:id="([^"]+)"/.exec(workbook)![1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1];
      const xml = await zip.file(`xl/${target.replace(/^\/?xl\//, "")}`)!.async("string");
      return [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]*)"/g)].map((m) => m[1]);
    };
    const before = await sqrefs(input);
    expect(before.length).toBeGreaterThan(0);
    expect(await sqrefs(output)).toEqual(before);
  });

  it("adds 排名结果 and 问责名单 once each", async () => {
    const names = (await openXlsxPort(output)).workbook.worksheets.map((w) => w.name);
    expect(names.filter((n) => n === "排名结果")).toHaveLength(1);
    expect(names.filter((n) => n === "问责名单")).toHaveLength(1);
  });
});
