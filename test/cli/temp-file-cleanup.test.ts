/**
 * Temporary files are removed on every way out: a failed write, and SIGINT or SIGTERM
 * while the write is under way (a real child process, stopped mid-write).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { writeOutput } from "../../src/cli/files";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tisheng-temp-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const temps = () => readdirSync(dir).filter((name) => name.startsWith(".tsh-"));

/** Compiles the output modules to plain CommonJS beside the child script, so a bare `node` can run them. */
function compileOutputModules(into: string): void {
  for (const name of ["files", "fs-errors", "temp-file", "errors"]) {
    const source = readFileSync(join(__dirname, "../../src/cli", `${name}.ts`), "utf8");
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
    writeFileSync(join(into, `${name}.js`), js);
  }
}

describe("temporary files", () => {
  it("are removed when producing the bytes fails, and nothing is written", async () => {
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield new Uint8Array(10);
      throw new Error("producer failed");
    }
    const out = join(dir, "out.xlsx");
    await expect(writeOutput(out, failing(), { force: false })).rejects.toThrow("producer failed");
    expect(existsSync(out)).toBe(false);
    expect(temps()).toEqual([]);
  });

  it("refuse a write when something appeared at the output meanwhile, without --force", async () => {
    const out = join(dir, "out.xlsx");
    async function* racing(): AsyncGenerator<Uint8Array> {
      yield new Uint8Array(10);
      writeFileSync(out, "arrived meanwhile");
    }
    await expect(writeOutput(out, racing(), { force: false })).rejects.toThrow("--force");
    expect(readFileSync(out, "utf8")).toBe("arrived meanwhile");
    expect(temps()).toEqual([]);
  });

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    it(`are removed when ${signal} arrives during the write`, async () => {
      const code = join(dir, "code");
      rmSync(code, { recursive: true, force: true });
      mkdirSync(code);
      compileOutputModules(code);
      const out = join(dir, "out.xlsx");
      const script = `
        const { writeOutput } = require(${JSON.stringify(join(code, "files.js"))});
        async function* stalled() { yield new Uint8Array(4096); await new Promise(() => {}); }
        setInterval(() => {}, 1000);
        writeOutput(${JSON.stringify(out)}, stalled(), { force: false });`;
      const child = spawn(process.execPath, ["-e", script], { stdio: "ignore" });
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, sig) => resolve(sig)));
      for (let i = 0; i < 500 && temps().length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(temps()).toHaveLength(1);
      child.kill(signal);
      expect(await exited).toBe(signal);
      expect(temps()).toEqual([]);
      expect(existsSync(out)).toBe(false);
    });
  }
});
