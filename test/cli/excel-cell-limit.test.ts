/**
 * Issue 18: Excel holds at most 32,767 characters in a cell. No file the command line writes
 * has a longer cell (a value quoted in a message is clipped with “…”), and an input cell
 * over the limit is an error at that cell, never read or merged as it is.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { unescapeXml } from "../../src/xlsx/result-xml";
import { makeMaster, recordsOf, unitRecords, writeUnitFile } from "./collect-fixtures";
import { runCli } from "./run-cli";

const LIMIT = 32_767;

let dir: string;
let demo: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tisheng-cell-limit-"));
  demo = join(dir, "demo.xlsx");
  expect((await runCli("init", demo, "--demo")).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The demo workbook with Z01's name (金城镇) replaced by `name`. */
async function demoNamed(file: string, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(demo));
  const xml = await zip.file("xl/sharedStrings.xml")!.async("string");
  expect(xml).toContain(">金城镇<");
  zip.file("xl/sharedStrings.xml", xml.replace(">金城镇<", `>${name}<`));
  const path = join(dir, file);
  writeFileSync(path, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
  return path;
}

/** The longest text cell (inline or shared string) in any sheet of the workbook at `path`. */
async function longestCell(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  let longest = "";
  for (const file of Object.values(zip.files)) {
    if (!/^xl\/(worksheets\/.*|sharedStrings)\.xml$/.test(file.name)) continue;
    for (const m of (await file.async("string")).matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)) {
      const text = unescapeXml(m[1]);
      if (text.length > longest.length) longest = text;
    }
  }
  return longest;
}

describe("no output cell over 32,767 characters", () => {
  it("rank --out with a unit name of exactly 32,767 characters: accepted, result cells clipped with …", async () => {
    const book = await demoNamed("long-name.xlsx", "金".repeat(LIMIT));
    const out = join(dir, "long-name-result.xlsx");
    const run = await runCli("rank", book, "--out", out);
    expect(run.code).toBe(0);
    const longest = await longestCell(out);
    expect(longest.length).toBe(LIMIT);
    // The name alone fills a cell; a cell that quotes it with more words is cut, and says so.
    expect(await longestCell(out)).toMatch(/^金+$|…$/);
  });

  it("a quoted value in a message is clipped, so the message stays short", async () => {
    const book = await demoNamed("longer-name.xlsx", "金".repeat(LIMIT + 1));
    const run = await runCli("validate", book, "--json");
    const issues = (JSON.parse(run.stdout) as { issues: { cell: string; message: string }[] }).issues;
    expect(Math.max(...issues.map((i) => i.message.length))).toBeLessThan(2000);
  });
});

describe("an input cell over 32,767 characters is an error at its cell", () => {
  it("validate names the cell of a 32,768-character unit name", async () => {
    const book = await demoNamed("too-long-name.xlsx", "金".repeat(LIMIT + 1));
    const run = await runCli("validate", book, "--json");
    expect(run.code).toBe(1);
    const issues = (JSON.parse(run.stdout) as { issues: { sheet: string; cell: string; rule: string; message: string }[] }).issues;
    const found = issues.filter((i) => i.rule === "cell.tooLong");
    expect(found).toEqual([expect.objectContaining({ sheet: "单位名册", cell: "B2" })]);
    expect(found[0].message).toContain("32768 个字符");
    expect(found[0].message).toContain("32767");
  });

  it("collect refuses a returned 问题描述 of 200,000 characters at its cell; its 退回说明 stays within the limit", async () => {
    const at = join(dir, "collect");
    mkdirSync(at);
    const master = await makeMaster(at);
    const data = await recordsOf(master);
    const unit = data.units.find((u) => data.inspections.some((r) => r.unitCode === u.code))!.code;
    const returned = join(at, "returned");
    mkdirSync(returned);
    await writeUnitFile(join(returned, "huge.xlsx"), unit, unitRecords(data, unit), { cells: [["inspections", "C2", "问".repeat(200_000)]] });
    const notes = join(at, "notes");
    mkdirSync(notes);
    const out = join(at, "merged.xlsx");
    const run = await runCli("collect", master, returned, "--json", "--out", out, "--return-dir", notes);
    const parsed = JSON.parse(run.stdout) as { files: { status: string }[]; issues: { sheet: string; cell: string; rule: string }[] };
    expect(parsed.files[0].status).toBe("refused");
    expect(parsed.issues).toContainEqual(expect.objectContaining({ sheet: "自查自纠", cell: "C2", rule: "cell.tooLong" }));
    expect((await longestCell(out)).length).toBeLessThan(LIMIT);
    expect((await longestCell(join(notes, "huge_退回说明.xlsx"))).length).toBeLessThanOrEqual(LIMIT);
  });
});
