/**
 * `tisheng report … --json | head`: when the reader closes the pipe, the command prints nothing
 * more and ends quietly (no stack trace on stderr) with its own exit code. The real stdout of a
 * child process whose reader goes away after the first chunk (test/cli/epipe.test.ts: the work
 * goes on to its end, on stdout and stderr).
 */
import { spawn } from "node:child_process";
import { EventEmitter } from "node:events";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { quietWriter } from "../../src/cli/io";

describe("a closed pipe on stdout", () => {
  it("ends the command quietly with exit code 0", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tisheng-pipe-"));
    try {
      for (const name of ["io", "terminal"]) {
        const source = readFileSync(join(__dirname, "../../src/cli", `${name}.ts`), "utf8");
        writeFileSync(
          join(dir, `${name}.js`),
          ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText
        );
      }
      // Prints far more than a pipe holds, through the CLI's own stdout, as report --json does with a large workbook.
      const script = `const { processIo } = require(${JSON.stringify(join(dir, "io.js"))});
        const line = "x".repeat(1000) + "\\n";
        let rounds = 0;
        const more = () => { for (let i = 0; i < 200; i++) processIo.out(line); if (++rounds < 200) setImmediate(more); };
        more();`;
      const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "pipe"] });
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      // The reader (head) takes the first chunk and goes away.
      child.stdout.once("data", () => child.stdout.destroy());
      const guard = setTimeout(() => child.kill("SIGKILL"), 20_000);
      const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
      clearTimeout(guard);
      expect(stderr).toBe("");
      expect(code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it("still reports any other stream error, and writes nothing more after one", () => {
    const stream = Object.assign(new EventEmitter(), { write: jest.fn() });
    const failed = jest.fn();
    const write = quietWriter(stream, failed);
    write("a");
    stream.emit("error", Object.assign(new Error("broken pipe"), { code: "EPIPE" }));
    write("b");
    expect(stream.write.mock.calls).toEqual([["a"]]);
    expect(failed).not.toHaveBeenCalled();
    const other = Object.assign(new EventEmitter(), { write: jest.fn() });
    quietWriter(other, failed);
    other.emit("error", Object.assign(new Error("disk full"), { code: "ENOSPC" }));
    expect(failed).toHaveBeenCalledWith(expect.objectContaining({ code: "ENOSPC" }));
  });
});
