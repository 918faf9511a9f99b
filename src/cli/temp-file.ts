/**
 * Temporary files beside an output. Their names are short (`.tsh-<pid>-<random>.tmp`), so
 * an output name of up to 255 bytes still has a temporary name within the file system's
 * limit; they are removed on every way out of the process (error, normal exit, SIGINT,
 * SIGTERM, SIGHUP); and one left by a run killed with SIGKILL, which no handler can catch,
 * is removed by the next write into that directory once its process is gone.
 */
import { randomBytes } from "node:crypto";
import { unlinkSync } from "node:fs";
import { lstat, readdir, unlink } from "node:fs/promises";
import { join } from "node:path";

/** A temporary file of ours: the pid of the process that wrote it, then a random part. */
const TEMP_NAME = /^\.tsh-(\d+)-[0-9a-f]+\.tmp$/;
const SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

const live = new Set<string>();

function removeLiveSync(): void {
  for (const path of live) {
    try {
      unlinkSync(path);
    } catch {
      // Already renamed into place or never created.
    }
  }
  live.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeLiveSync();
  uninstall();
  // With our listener gone, the signal's default action ends the process the way the sender meant.
  process.kill(process.pid, signal);
}

function onExit(): void {
  removeLiveSync();
}

function install(): void {
  process.on("exit", onExit);
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

function uninstall(): void {
  process.off("exit", onExit);
  for (const signal of SIGNALS) process.off(signal, onSignal);
}

/** True when a process with this pid exists (EPERM: it exists but belongs to someone else). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The short name of a new temporary file in `dir`. */
export function tempPathIn(dir: string): string {
  return join(dir, `.tsh-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}

/** Removes temporary files of ours in `dir` whose process no longer runs (left by a run killed with SIGKILL). */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    // A live pid may be a concurrent run of ours still writing: leave its file alone.
    if (pid === process.pid || isAlive(pid)) continue;
    const path = join(dir, name);
    const stats = await lstat(path).catch(() => undefined);
    if (!stats?.isFile()) continue;
    await unlink(path).then(
      () => removed.push(path),
      () => undefined
    );
  }
  return removed;
}

/**
 * Runs `work` with a fresh temporary path in `dir`; the file is removed afterwards whatever
 * happens (when `work` renamed it into place, there is nothing left to remove).
 */
export async function withTempFile<T>(dir: string, work: (path: string) => Promise<T>): Promise<T> {
  const path = tempPathIn(dir);
  if (live.size === 0) install();
  live.add(path);
  try {
    return await work(path);
  } finally {
    live.delete(path);
    if (live.size === 0) uninstall();
    await unlink(path).catch(() => undefined);
  }
}
