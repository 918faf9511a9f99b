/**
 * File access for the command line. Output is written to a temporary file beside the
 * target and renamed over it, so an interrupted run never leaves a half-written workbook.
 */
import { constants } from "node:fs";
import { access, readFile, rename, unlink, writeFile } from "node:fs/promises";
import { dirname, join, basename } from "node:path";
import { UsageError } from "./errors";

/** True when `path` exists. */
export async function exists(path: string): Promise<boolean> {
  try {
    await access(path, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/** Reads a whole file, with a Chinese usage error when it is missing or unreadable. */
export async function readInput(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError(`文件不存在：${path}（file not found）`);
    if (code === "EISDIR") throw new UsageError(`这是一个目录，不是文件：${path}（is a directory）`);
    throw new UsageError(`无法读取文件：${path}（${code ?? "read error"}）`);
  }
}

/** Writes `bytes` to `path` atomically; refuses to overwrite unless `force`. */
export async function writeOutput(path: string, bytes: Uint8Array, force: boolean): Promise<void> {
  if (!force && (await exists(path))) throw new UsageError(`文件已存在：${path}。如需覆盖请加 --force（file exists; use --force）`);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`无法写入文件：${path}（${code ?? "write error"}）`);
  }
}
