/**
 * Issue 18, the write side: writes that cannot lie. One case per family the attack found:
 * a full disk (through the write seam of ../../src/cli/files), a symbolic link at the output
 * of every command that writes, collect's outputs checked before any is written, each file
 * system error in words, empty and blank output names, escape sequences from a workbook on
 * the terminal. Each case leaves the input and the files around it as they were.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { fileWrites } from "../../src/cli/files";
import { runCli, type CliRun } from "./run-cli";

let dir: string;
let demo: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tisheng-hostile-writes-"));
  demo = join(dir, "demo.xlsx");
  expect((await runCli("init", demo, "--demo")).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => jest.restoreAllMocks());

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const temps = (folder: string) => readdirSync(folder).filter((name) => name.startsWith(".tsh-"));
/** A fresh folder for one case. */
const folder = (name: string) => {
  const path = join(dir, name);
  mkdirSync(path);
  return path;
};
/** Refused as a file problem: exit 2, one line on stderr, nothing on stdout. */
function refusedOneLine(run: CliRun): string {
  expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: "" });
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  return run.stderr;
}

/** The write seam as a disk with `room` bytes left: short writes up to the room, then ENOSPC. */
function diskWithRoom(room: number): void {
  let left = room;
  jest.spyOn(fileWrites, "writeSome").mockImplementation(async (handle, bytes) => {
    if (left === 0) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    const n = Math.min(left, bytes.length, 4096);
    left -= n;
    return (await handle.write(bytes, 0, n)).bytesWritten;
  });
}

describe("a full disk", () => {
  it("init leaves no file under the final name and says so, exit 2", async () => {
    const at = folder("full-init");
    diskWithRoom(32_768);
    const run = await runCli("init", join(at, "x.xlsx"));
    expect(refusedOneLine(run)).toContain("磁盘空间不足");
    expect(readdirSync(at)).toEqual([]);
  });

  it("distribute writes no truncated template", async () => {
    const at = folder("full-distribute");
    diskWithRoom(12_288);
    const run = await runCli("distribute", demo, "--out-dir", at, "--units", "B02");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("磁盘空间不足");
    expect(run.stdout).not.toContain("已生成");
    expect(readdirSync(at)).toEqual([]);
  });

  it("a real full disk: a 40 KB tmpfs, where the machine lets us mount one (as root; the seam above covers the rest)", async () => {
    const at = folder("tmpfs");
    try {
      execFileSync("mount", ["-t", "tmpfs", "-o", "size=40k", "tmpfs", at], { stdio: "ignore" });
    } catch {
      console.warn("hostile-writes: cannot mount a tmpfs here (not root, or no permission): the real full disk case did not run");
      return;
    }
    try {
      const run = await runCli("init", join(at, "x.xlsx"), "--demo");
      expect(refusedOneLine(run)).toContain("磁盘空间不足");
      expect(readdirSync(at)).toEqual([]);
    } finally {
      execFileSync("umount", [at]);
    }
  });

  it("short writes that do make progress still give the whole file", async () => {
    const at = folder("short-writes");
    jest
      .spyOn(fileWrites, "writeSome")
      .mockImplementation(async (handle, bytes) => (await handle.write(bytes, 0, Math.min(bytes.length, 777))).bytesWritten);
    expect((await runCli("rank", demo, "--out", join(at, "x.xlsx"))).code).toBe(0);
    jest.restoreAllMocks();
    expect((await runCli("rank", demo, "--out", join(at, "y.xlsx"))).code).toBe(0);
    expect(sha(join(at, "x.xlsx"))).toBe(sha(join(at, "y.xlsx")));
  });
});

describe("each file system error is a Chinese sentence that says what to do", () => {
  it.each([
    ["EROFS", "只读"],
    ["EACCES", "权限"],
    ["EDQUOT", "配额"],
    ["EIO", "磁盘读写出错"],
  ])("%s while writing", async (code, words) => {
    const at = folder(`errno-${code}`);
    jest.spyOn(fileWrites, "writeSome").mockRejectedValue(Object.assign(new Error(code), { code }));
    const line = refusedOneLine(await runCli("rank", demo, "--out", join(at, "r.xlsx")));
    expect(line).toContain(words);
    expect(line).toContain("请");
    expect(readdirSync(at)).toEqual([]);
  });

  it("a name over 255 bytes (ENAMETOOLONG)", async () => {
    const line = refusedOneLine(await runCli("rank", demo, "--out", join(dir, `${"长".repeat(90)}.xlsx`)));
    expect(line).toContain("文件名或路径过长");
    expect(line).toContain("请缩短文件名");
  });

  it("a symbolic link loop in the output's folder (ELOOP)", async () => {
    const at = folder("loop");
    symlinkSync(join(at, "b"), join(at, "a"));
    symlinkSync(join(at, "a"), join(at, "b"));
    const line = refusedOneLine(await runCli("rank", demo, "--out", join(at, "a", "r.xlsx")));
    expect(line).toContain("循环");
    expect(line).not.toMatch(/无法检查输出文件/);
  });

  it("an input whose name is too long, or a link loop, is named in words too", async () => {
    const at = folder("input-loop");
    symlinkSync(join(at, "b.xlsx"), join(at, "a.xlsx"));
    symlinkSync(join(at, "a.xlsx"), join(at, "b.xlsx"));
    expect(refusedOneLine(await runCli("rank", join(at, "a.xlsx")))).toContain("符号链接构成了循环");
    expect(refusedOneLine(await runCli("validate", join(dir, `${"长".repeat(90)}.xlsx`)))).toContain("文件名或路径过长");
    expect(refusedOneLine(await runCli("collect", demo, join(at, "a.xlsx")))).toContain("符号链接构成了循环");
  });

  it.each([
    ["rank", ["rank", "DEMO", "--out", ""]],
    ["init", ["init", ""]],
  ])("an empty output name (%s)", async (_, argv) => {
    const line = refusedOneLine(await runCli(...argv.map((a) => (a === "DEMO" ? demo : a))));
    expect(line).toContain("没有给出输出文件名");
    expect(line).not.toContain("文件已存在");
  });

  it("an output name of spaces", async () => {
    const line = refusedOneLine(await runCli("rank", demo, "--out", join(dir, "   ")));
    expect(line).toContain("只有空格");
  });
});

describe("a symbolic link at an output is never followed", () => {
  /** A file outside the output folder, and a link to it inside. */
  function linkToOutside(at: string, name: string): { link: string; outside: string } {
    const outside = join(dir, `outside-${name}.xlsx`);
    writeFileSync(outside, "someone else's file");
    const link = join(at, name);
    symlinkSync(outside, link);
    return { link, outside };
  }
  /** --force replaced the link itself with a workbook and left the file it pointed to alone. */
  function replacedAsLink(at: string, link: string, outside: string): void {
    expect(lstatSync(link).isSymbolicLink()).toBe(false);
    expect(readFileSync(link).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(readFileSync(outside, "utf8")).toBe("someone else's file");
    expect(temps(at)).toEqual([]);
  }

  it("init: refused without --force, replaced as a link with it", async () => {
    const at = folder("link-init");
    const { link, outside } = linkToOutside(at, "book.xlsx");
    expect(refusedOneLine(await runCli("init", link))).toContain("符号链接");
    expect((await runCli("init", link, "--force")).code).toBe(0);
    replacedAsLink(at, link, outside);
  });

  it.each(["rank", "report"])("%s --out --force replaces the link, not its target", async (command) => {
    const at = folder(`link-${command}`);
    const { link, outside } = linkToOutside(at, "out.xlsx");
    const run = await runCli(command, demo, "--out", link, "--force");
    expect(run.stderr).toBe("");
    replacedAsLink(at, link, outside);
  });

  it("distribute --force replaces a template's link, not its target", async () => {
    const at = folder("link-distribute");
    await runCli("distribute", demo, "--out-dir", at, "--units", "B02");
    const [name] = readdirSync(at);
    rmSync(join(at, name));
    const { link, outside } = linkToOutside(at, name);
    expect((await runCli("distribute", demo, "--out-dir", at, "--units", "B02", "--force")).code).toBe(0);
    replacedAsLink(at, link, outside);
  });

  it("collect --out --force replaces the link, not its target", async () => {
    const at = folder("link-collect");
    const { link, outside } = linkToOutside(at, "merged.xlsx");
    const returned = join(at, "returned");
    mkdirSync(returned);
    writeFileSync(join(returned, "broken.xlsx"), "not a workbook");
    await runCli("collect", demo, returned, "--out", link, "--force");
    replacedAsLink(at, link, outside);
  });

  it("collect --return-dir --force never writes a 退回说明 through a link to the master", async () => {
    const at = folder("link-note");
    const master = join(at, "master.xlsx");
    writeFileSync(master, readFileSync(demo));
    const before = sha(master);
    const returned = join(at, "returned");
    mkdirSync(returned);
    writeFileSync(join(returned, "broken.xlsx"), "not a workbook");
    const notes = join(at, "notes");
    mkdirSync(notes);
    symlinkSync(master, join(notes, "broken_退回说明.xlsx"));
    const run = await runCli("collect", master, returned, "--return-dir", notes, "--force");
    expect(refusedOneLine(run)).toContain("同一个文件");
    expect(sha(master)).toBe(before);
  });
});

describe("collect checks every output before it writes any", () => {
  /** A master copy and a folder with one refused file named `name`; returns their paths. */
  function batch(at: string, name: string): { returned: string; notes: string } {
    const returned = join(at, "returned");
    const notes = join(at, "notes");
    mkdirSync(returned);
    mkdirSync(notes);
    writeFileSync(join(returned, name), "not a workbook");
    return { returned, notes };
  }

  it("a 退回说明 whose name is too long: refused, --out not written", async () => {
    const at = folder("collect-long");
    const { returned, notes } = batch(at, `${"退".repeat(81)}.xlsx`);
    const out = join(at, "merged.xlsx");
    const line = refusedOneLine(await runCli("collect", demo, returned, "--out", out, "--return-dir", notes));
    expect(line).toContain("文件名或路径过长");
    expect(existsSync(out)).toBe(false);
  });

  it("an existing 退回说明 without --force: refused, --out not written", async () => {
    const at = folder("collect-exists");
    const { returned, notes } = batch(at, "broken.xlsx");
    writeFileSync(join(notes, "broken_退回说明.xlsx"), "last week's note");
    const out = join(at, "merged.xlsx");
    expect(refusedOneLine(await runCli("collect", demo, returned, "--out", out, "--return-dir", notes))).toContain("--force");
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(join(notes, "broken_退回说明.xlsx"), "utf8")).toBe("last week's note");
  });

  it("--out equal to a 退回说明: refused before either is written", async () => {
    const at = folder("collect-same");
    const { returned, notes } = batch(at, "broken.xlsx");
    const out = join(notes, "broken_退回说明.xlsx");
    expect(refusedOneLine(await runCli("collect", demo, returned, "--out", out, "--return-dir", notes))).toContain("退回说明");
    expect(readdirSync(notes)).toEqual([]);
  });

  it("with --return-dir and no --out, says how many notes it wrote", async () => {
    const at = folder("collect-notes");
    const { returned, notes } = batch(at, "broken.xlsx");
    const run = await runCli("collect", demo, returned, "--return-dir", notes);
    expect(run.stdout).toContain("退回说明 1 份已写入");
    expect(run.stdout).not.toContain("未写入任何文件");
    expect(readdirSync(notes)).toEqual(["broken_退回说明.xlsx"]);
  });
});

describe("messages that do not mislead", () => {
  it("distribute --units names the row of a unit whose name is only spaces, instead of calling the unit missing", async () => {
    const zip = await JSZip.loadAsync(readFileSync(demo));
    const xml = await zip.file("xl/sharedStrings.xml")!.async("string");
    zip.file("xl/sharedStrings.xml", xml.replace(">尧塘镇<", ' xml:space="preserve">   <'));
    const path = join(dir, "blank-name.xlsx");
    writeFileSync(path, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    const at = folder("blank-name");
    const line = refusedOneLine(await runCli("distribute", path, "--out-dir", at, "--units", "Z02"));
    expect(line).toContain("Z02 所在的第 3 行有错误");
    expect(line).toContain("B3");
    expect(line).not.toContain("没有单位编码");
    expect(readdirSync(at)).toEqual([]);
  });
});

describe("what a workbook holds never acts on the terminal", () => {
  it("escape sequences in a unit name are stripped from rank's output", async () => {
    const zip = await JSZip.loadAsync(readFileSync(demo));
    const part = zip.file("xl/sharedStrings.xml")!;
    const xml = await part.async("string");
    zip.file("xl/sharedStrings.xml", xml.replace(">金城镇<", ">金城镇\x1b[2J\x1b]0;pwned\x07\u009b31m\u202e<"));
    const path = join(dir, "escapes.xlsx");
    writeFileSync(path, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    const run = await runCli("rank", path);
    expect(run.stdout).toContain("金城镇");
    // eslint-disable-next-line no-control-regex
    expect(run.stdout + run.stderr).not.toMatch(/[\x1b\x07\u009b\u202e]/);
    const json = await runCli("rank", path, "--json");
    // JSON keeps the value, every character escaped.
    expect(json.stdout).toContain("\\u001b[2J");
    expect(json.stdout).toContain("\\u009b31m");
    expect(JSON.stringify(JSON.parse(json.stdout))).toContain("\\u001b");
  });
});
