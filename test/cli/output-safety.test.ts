/**
 * Issue 9, "nothing is overwritten by surprise": the cases an attacker or a slip of the
 * keyboard tried on `tisheng rank --out`, each reproduced against the real file system.
 */
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, linkSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkOutput } from "../../src/cli/files";
import { runCli } from "./run-cli";

let dir: string;
let book: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tisheng-out-"));
  book = join(dir, "in.xlsx");
  expect((await runCli("init", book, "--demo")).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const temps = () => readdirSync(dir).filter((name) => name.startsWith(".tsh-") || name.endsWith(".tmp"));

describe("tisheng rank --out never overwrites the input", () => {
  it("refuses a symbolic link's target as --out when the link is the input", async () => {
    const link = join(dir, "link.xlsx");
    symlinkSync(book, link);
    const before = sha(book);
    const run = await runCli("rank", link, "--out", book);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("同一个文件");
    expect(sha(book)).toBe(before);
    expect(temps()).toEqual([]);
  });

  it("refuses a symbolic link to the input as --out", async () => {
    const link = join(dir, "link2.xlsx");
    symlinkSync(book, link);
    const before = sha(book);
    for (const flags of [[], ["--force"]]) {
      const run = await runCli("rank", book, "--out", link, ...flags);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("同一个文件");
    }
    expect(sha(book)).toBe(before);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it("refuses a hard link to the input as --out, even with --force", async () => {
    const hard = join(dir, "hard.xlsx");
    linkSync(book, hard);
    const before = sha(book);
    for (const flags of [[], ["--force"]]) {
      const run = await runCli("rank", book, "--out", hard, ...flags);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("同一个文件");
    }
    expect(sha(book)).toBe(before);
    expect(statSync(hard).ino).toBe(statSync(book).ino);
  });
});

describe("tisheng rank --out and existing files", () => {
  it("refuses an existing unrelated workbook without --force and leaves it as it was", async () => {
    const other = join(dir, "other.xlsx");
    writeFileSync(other, "someone else's workbook");
    const run = await runCli("rank", book, "--out", other);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--force");
    expect(readFileSync(other, "utf8")).toBe("someone else's workbook");
  });

  it("replaces an existing workbook with --force", async () => {
    const other = join(dir, "replaced.xlsx");
    writeFileSync(other, "old");
    const run = await runCli("rank", book, "--out", other, "--force");
    expect(run.code).toBe(0);
    expect(readFileSync(other).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(temps()).toEqual([]);
  });

  it("never replaces a FIFO, even with --force", async () => {
    const fifo = join(dir, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    for (const flags of [[], ["--force"]]) {
      const run = await runCli("rank", book, "--out", fifo, ...flags);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("不是普通文件");
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
    }
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it("never replaces a directory", async () => {
    for (const flags of [[], ["--force"]]) {
      const run = await runCli("rank", book, "--out", dir, ...flags);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("不是普通文件");
    }
    expect(statSync(dir).isDirectory()).toBe(true);
  });

  it("refuses a device such as /dev/null as output, before anything is written", async () => {
    // Checked without writing: on code that got this wrong, a write would replace the machine's /dev/null.
    for (const force of [false, true]) await expect(checkOutput("/dev/null", { force, input: book })).rejects.toThrow("不是普通文件");
    expect(lstatSync("/dev/null").isCharacterDevice()).toBe(true);
  });
});

describe("temporary files", () => {
  it("writes an output whose name is 250 and 255 bytes long", async () => {
    for (const bytes of [250, 255]) {
      const stem = "排".repeat(Math.floor((bytes - 5) / 3)) + "x".repeat((bytes - 5) % 3);
      const name = `${stem}.xlsx`;
      expect(Buffer.byteLength(name)).toBe(bytes);
      const run = await runCli("rank", book, "--out", join(dir, name));
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(existsSync(join(dir, name))).toBe(true);
    }
    expect(temps()).toEqual([]);
  });

  it("removes a temporary file left by a run killed with SIGKILL, and keeps a live run's", async () => {
    // The child stands for a run killed mid-write: it creates its temporary file the way ours are named, then dies.
    const child = spawn(process.execPath, [
      "-e",
      `require("fs").writeFileSync(require("path").join(${JSON.stringify(dir)}, ".tsh-" + process.pid + "-0badc0de.tmp"), ""); setInterval(() => {}, 1000);`,
    ]);
    const stale = join(dir, `.tsh-${child.pid}-0badc0de.tmp`);
    while (!existsSync(stale)) await new Promise((r) => setTimeout(r, 20));
    const exited = new Promise((r) => child.on("exit", r));
    child.kill("SIGKILL");
    await exited;
    const live = join(dir, `.tsh-${process.pid}-0000beef.tmp`);
    writeFileSync(live, "");
    const run = await runCli("rank", book, "--out", join(dir, "after-kill.xlsx"));
    expect(run.code).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
    rmSync(live);
  });
});
