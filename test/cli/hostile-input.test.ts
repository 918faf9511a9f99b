import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { withoutPositions } from "../support/producers";
import { entriesOf, rawZip } from "../xlsx/lean/raw-zip";
import { runCli, type CliRun } from "./run-cli";

let dir: string;
let demo: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tisheng-hostile-"));
  demo = join(dir, "demo.xlsx");
  expect((await runCli("init", demo, "--demo")).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a command and checks it was refused as a file problem: exit 2, one Chinese line, no stack, quickly. */
async function refused(...argv: string[]): Promise<string> {
  const start = Date.now();
  const run: CliRun = await runCli(...argv);
  expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: "" });
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(Date.now() - start).toBeLessThan(3000);
  return run.stderr;
}

/** The demo workbook with some of its parts rewritten. */
async function demoWith(name: string, rewrite: (path: string, xml: string) => string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(demo));
  for (const file of Object.values(zip.files)) {
    if (file.dir || !/\.(xml|rels)$/.test(file.name)) continue;
    zip.file(file.name, rewrite(file.name, await file.async("string")));
  }
  const path = join(dir, name);
  writeFileSync(path, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
  return path;
}

const POSIX = process.platform !== "win32";

describe("tisheng checks input files before parsing them", () => {
  (POSIX ? it : it.skip)(
    "refuses a FIFO by its type instead of waiting for a writer",
    async () => {
      const fifo = join(dir, "pipe.xlsx");
      execFileSync("mkfifo", [fifo]);
      expect(await refused("validate", fifo, "--json")).toMatch(/不是普通文件（是一个管道）/);
      expect(await refused("rank", fifo, "--json")).toMatch(/是一个管道/);
    },
    5000
  );

  (POSIX ? it : it.skip)(
    "refuses /dev/zero by its type before reading a byte",
    async () => {
      expect(await refused("validate", "/dev/zero")).toMatch(/不是普通文件（是一个设备）/);
    },
    5000
  );

  it("refuses a directory and a file that is not a workbook", async () => {
    const folder = join(dir, "folder.xlsx");
    mkdirSync(folder);
    expect(await refused("rank", folder)).toMatch(/是一个目录/);
    const csv = join(dir, "scores.xlsx");
    writeFileSync(csv, "单位编码,分数\nU001,90\n");
    expect(await refused("validate", csv)).toMatch(/不是有效的 \.xlsx 工作簿/);
  });

  it("refuses a workbook whose sheet is a white-space bomb, from the zip directory, without inflating it", async () => {
    const zip = await JSZip.loadAsync(readFileSync(demo));
    const sheet = Buffer.alloc(96 * 1024 * 1024, 0x20);
    const bomb = rawZip(await entriesOf(zip, { "xl/worksheets/sheet5.xml": { name: "xl/worksheets/sheet5.xml", data: sheet } }));
    const path = join(dir, "bomb.xlsx");
    writeFileSync(path, bomb);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    for (const command of ["validate", "rank"]) expect(await refused(command, path, "--json")).toMatch(/压缩比达 \d+ 倍，超过 200 倍的上限/);
  });

  it("refuses elements nested past the depth cap after </sheetData> (they compress poorly, so the ratio cap does not catch them)", async () => {
    const names = Array.from({ length: 100_000 }, () => `x${randomBytes(4).toString("hex")}`);
    const nested = names.map((n) => `<${n}>`).join("");
    const path = await demoWith("deep.xlsx", (part, xml) =>
      part === "xl/worksheets/sheet5.xml" ? xml.replace("</sheetData>", `</sheetData>${nested}`) : xml
    );
    expect(await refused("validate", path, "--json")).toMatch(/的内容嵌套超过 64 层/);
  });

  it("reads sheets whose rows and cells carry no r attributes exactly as the same sheets with them", async () => {
    const bare = await demoWith("bare.xlsx", (part, xml) => (/worksheets\/sheet\d+\.xml$/.test(part) ? withoutPositions(xml) : xml));
    const sheetXml = await (await JSZip.loadAsync(readFileSync(bare))).file("xl/worksheets/sheet5.xml")!.async("string");
    expect(sheetXml).toMatch(/<row spans=/);
    expect(sheetXml).not.toMatch(/<row r=/);
    expect(sheetXml).toMatch(/<c s=/);
    for (const command of ["validate", "rank"]) {
      const expected = await runCli(command, demo, "--json");
      const actual = await runCli(command, bare, "--json");
      expect({ code: actual.code, stderr: actual.stderr }).toEqual({ code: expected.code, stderr: "" });
      expect(JSON.parse(actual.stdout)).toEqual(JSON.parse(expected.stdout));
    }
  });

  it("reads a workbook whose relationships use absolute part paths (as openpyxl writes them)", async () => {
    const absolute = await demoWith("absolute.xlsx", (part, xml) =>
      part.endsWith(".rels")
        ? xml.replace(/Target="(?!\/|https?:)([^"]+)"/g, (_, t: string) => `Target="/${part.startsWith("xl/") ? "xl/" : ""}${t}"`)
        : xml
    );
    const rels = await (await JSZip.loadAsync(readFileSync(absolute))).file("xl/_rels/workbook.xml.rels")!.async("string");
    expect(rels).toMatch(/Target="\/xl\/worksheets\/sheet1\.xml"/);
    const expected = await runCli("validate", demo, "--json");
    const actual = await runCli("validate", absolute, "--json");
    expect(actual.code).toBe(expected.code);
    expect(JSON.parse(actual.stdout)).toEqual(JSON.parse(expected.stdout));
  });
});
