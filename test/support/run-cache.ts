/**
 * Things the suites of one Jest run share instead of each making its own (the demo workbook, the
 * fake host bundle): made once by whichever suite asks first, in the run's folder, which
 * test/support/global-setup.ts creates and global-teardown.ts removes. Suites in parallel workers
 * wait for the one making it (a lock folder); outside such a run (no folder), each makes its own.
 */
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** The environment variable that names the run's folder (set by the global setup, inherited by the workers). */
export const RUN_FOLDER_VARIABLE = "TISHENG_TEST_RUN_FOLDER";

let ownFolder = "";

/** The run's shared folder; a process-private one when Jest was started without the global setup. */
export function runFolder(): string {
  const shared = process.env[RUN_FOLDER_VARIABLE];
  if (shared) return shared;
  ownFolder ||= mkdtempSync(path.join(tmpdir(), "tisheng-run-"));
  return ownFolder;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The bytes `make` returns, made once per run under `name` (the first caller makes them, the others wait). */
export async function oncePerRun(name: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const file = path.join(runFolder(), `${name}.bin`);
  const lock = `${file}.lock`;
  for (;;) {
    if (existsSync(file)) return new Uint8Array(readFileSync(file));
    try {
      mkdirSync(lock);
    } catch {
      // Another suite makes it: wait, unless its process died half-way.
      const holder = Number(readFileSync(path.join(lock, "pid"), { encoding: "utf8", flag: "a+" }));
      if (holder && !alive(holder)) rmSync(lock, { recursive: true, force: true });
      else await sleep(200);
      continue;
    }
    writeFileSync(path.join(lock, "pid"), String(process.pid));
    try {
      const bytes = await make();
      writeFileSync(`${file}.part`, bytes);
      renameSync(`${file}.part`, file);
      return bytes;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
