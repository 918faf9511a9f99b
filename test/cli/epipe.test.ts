/**
 * Issue 18: `tisheng init … | head -1` printed a Node stack, and `distribute … 2>&1 | head -1`
 * died after 2 of 151 templates. A real child process writes through the command line's
 * process streams into a pipe whose reader has gone: it must finish its work, print no stack
 * and end with its own exit code.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tisheng-epipe-"));
  for (const name of ["io", "terminal"]) {
    const source = readFileSync(join(__dirname, "../../src/cli", `${name}.ts`), "utf8");
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
    writeFileSync(join(dir, `${name}.js`), js);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in command: many lines on `stream`, a file as its work, exit code 0 when the work is done. */
const CHILD = `
const { processIo } = require("./io.js");
const stream = process.argv[1];
(async () => {
  for (let i = 0; i < 300; i++) {
    processIo[stream]("第 " + (i + 1) + "/300 份：模板.xlsx\\n".repeat(20));
    await new Promise((r) => setTimeout(r, 1));
  }
  require("fs").writeFileSync("done", "300");
  process.exitCode = 0;
})();`;

/** Runs the child with its `stream` read once and then closed, as `| head -1` does; the other stream is captured. */
function runClosingAfterFirstLine(stream: "out" | "err"): Promise<{ code: number | null; other: string }> {
  rmSync(join(dir, "done"), { force: true });
  const child = spawn(process.execPath, ["-e", CHILD, stream], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  const [closed, kept] = stream === "out" ? [child.stdout, child.stderr] : [child.stderr, child.stdout];
  let other = "";
  kept.on("data", (chunk: Buffer) => (other += chunk.toString()));
  closed.once("data", () => closed.destroy());
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, other })));
}

describe("a closed pipe on the command line's output", () => {
  it.each(["out", "err"] as const)("std%s: the work finishes, no stack, exit code 0", async (stream) => {
    const { code, other } = await runClosingAfterFirstLine(stream);
    expect(other).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect(code).toBe(0);
    expect(existsSync(join(dir, "done"))).toBe(true);
  });
});
