import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SETTINGS_SHEET } from "../../src/sheets/contract";
import { readSettings } from "../../src/sheets/settings-sheet";
import { openXlsxPort } from "../../src/xlsx/xlsx-port";
import { runCli } from "./run-cli";

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "tisheng-init-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("tisheng init", () => {
  it("writes the standard workbook for the year asked", async () => {
    const out = join(dir, "book.xlsx");
    const run = await runCli("init", out, "--year", "2024");
    expect(run).toEqual(expect.objectContaining({ code: 0, stderr: "" }));
    const handle = await openXlsxPort(readFileSync(out));
    const grids = await handle.port.run((s) => s.readSheets([SETTINGS_SHEET.name, "单位名册"]));
    expect(readSettings(grids.get(SETTINGS_SHEET.name)).settings.planDue).toBe("2024-03-05");
    expect(grids.get("单位名册")?.rows.length).toBe(1);
  });

  it("fills the demo campaign with --demo and says what it made", async () => {
    const run = await runCli("init", join(dir, "demo.xlsx"), "--demo");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/单位名册\s*151 行/);
    expect(run.stdout).toMatch(/评议评分\s*\d{4} 行/);
  });

  it("refuses to overwrite an existing file without --force, and leaves it as it was", async () => {
    const out = join(dir, "book.xlsx");
    writeFileSync(out, "precious");
    const refused = await runCli("init", out);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split("\n")).toHaveLength(1);
    expect(refused.stderr).toContain("--force");
    expect(readFileSync(out, "utf8")).toBe("precious");
    expect((await runCli("init", out, "--force")).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  it.each([
    [["init"], "参数个数不对"],
    [["init", "a.xlsx", "--year", "twenty"], "--year"],
    [["init", "a.txt"], ".xlsx"],
    [["init", "a.xlsx", "--colour"], "未知选项"],
    [["launch"], "未知命令"],
  ])("rejects %j with one line on stderr and exit code 2", async (argv, words) => {
    const run = await runCli(...argv.map((a) => (a.endsWith(".xlsx") || a.endsWith(".txt") ? join(dir, a) : a)));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(words);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("reports an unwritable path as a file error, not a crash", async () => {
    const run = await runCli("init", join(dir, "no-such-folder", "book.xlsx"));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("无法写入文件");
  });
});
