/**
 * File access for the command line. Nothing is overwritten by surprise: an output that is
 * the input under another name (a symbolic or hard link) is refused by real path and inode,
 * an existing output only with --force, and something that is not a regular file (a
 * directory, a FIFO, a device such as /dev/null) never. A symbolic link at the output path
 * is never followed: it counts as an existing file, and --force replaces the link itself,
 * never the file it points to (which may lie outside the output folder, or be the input).
 * Output is written to a short-named temporary file beside the final name, every byte
 * checked as written and flushed to disk, and renamed into place only when whole, so a
 * full disk or an interrupted run never leaves a half-written workbook (see ./temp-file).
 */
import type { Stats } from "node:fs";
import { chmod, link, lstat, open, rename, stat, type FileHandle } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { UsageError } from "./errors";
import { asWriteError, errnoCode, writeFailure } from "./fs-errors";
import { removeStaleTemps, withTempFile } from "./temp-file";

/** What may stand at an output path. */
export interface OutputOptions {
  /** Replace an existing regular file (or a symbolic link, as a link). */
  force: boolean;
  /** The command's input file or files, which the output must never be under any name. */
  input?: string | readonly string[];
}

/** What an output will replace, found by checkOutput. */
export interface OutputTarget {
  /** The path to write, absolute; a symbolic link here is replaced, not followed. */
  path: string;
  /** The permission bits of the regular file it replaces, kept on the new file. */
  mode?: number;
}

/**
 * The one system call that writes: a seam, so a test can stand for a full disk (a short
 * write, then ENOSPC) without filling one. Resolves to the number of bytes written.
 */
export const fileWrites = {
  writeSome: async (handle: FileHandle, bytes: Uint8Array): Promise<number> => (await handle.write(bytes)).bytesWritten,
};

/** True when `path` exists (a dangling symbolic link counts). */
export async function exists(path: string): Promise<boolean> {
  return (await lstat(path).catch(() => undefined)) !== undefined;
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return "目录";
  if (stats.isFIFO()) return "命名管道";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "设备文件";
  if (stats.isSocket()) return "套接字";
  return "特殊文件";
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/** Refuses an output name that is empty or only spaces, before any file system call. */
export function checkOutputName(out: string): void {
  if (out === "") throw new UsageError("没有给出输出文件名（参数是空的）。请写上要生成的文件名，例如 结果.xlsx（empty file name）");
  const name = basename(out).replace(/\.xlsx$/i, "");
  if (/^[\s\u3000]*$/.test(name)) {
    throw new UsageError(`输出文件名“${out}”只有空格，看不出是哪个文件。请写上有文字的文件名，例如 结果.xlsx（blank file name）`);
  }
}

/** lstat, with a missing file as undefined and any other failure as a Chinese line. */
async function lstatOrNone(path: string, shown: string): Promise<Stats | undefined> {
  try {
    return await lstat(path);
  } catch (error) {
    const code = errnoCode(error);
    if (code === "ENOENT") return undefined;
    throw code === undefined ? error : writeFailure(shown, code);
  }
}

/** Refuses `out` when it is, under any name, one of the inputs (a hard link, or a symbolic link to it). */
async function refuseInput(out: string, existing: Stats, options: OutputOptions): Promise<void> {
  const inputs = options.input === undefined ? [] : typeof options.input === "string" ? [options.input] : options.input;
  // The file a symbolic link points to (absent for a dangling link or a loop: then it cannot be an input).
  const target = existing.isSymbolicLink() ? await stat(out).catch(() => undefined) : existing;
  if (!target) return;
  for (const input of inputs) {
    const stats = await stat(input).catch(() => undefined);
    if (stats && sameFile(target, stats)) {
      throw new UsageError(
        `输出文件与输入文件是同一个文件（经符号链接或硬链接）：${out}。输入文件从不被修改，请换一个输出文件名（output is the input）`
      );
    }
  }
}

/**
 * Checks that `out` may be written and says what to write: refuses an empty name, the input
 * under any name, anything that is not a regular file or a symbolic link, and an existing
 * one without `force`. Call it before the work, so a refusal costs nothing; writeOutput
 * calls it again.
 */
export async function checkOutput(out: string, options: OutputOptions): Promise<OutputTarget> {
  checkOutputName(out);
  const path = resolve(out);
  const dir = dirname(path);
  const dirStats = await stat(dir).catch((error: unknown) => {
    const code = errnoCode(error);
    if (code === "ENOENT" || code === undefined) return undefined;
    throw writeFailure(out, code);
  });
  if (!dirStats?.isDirectory())
    throw new UsageError(`无法写入文件：${out}。输出目录 ${dir} 不存在，请先建立该目录或换一个输出位置（no such directory）`);
  const existing = await lstatOrNone(path, out);
  if (!existing) return { path };
  await refuseInput(out, existing, options);
  const link = existing.isSymbolicLink();
  if (!link && !existing.isFile()) {
    throw new UsageError(`输出位置是${kindOf(existing)}，不是普通文件：${out}。不会替换它，请换一个输出文件名（not a regular file）`);
  }
  if (!options.force) {
    const what = link ? "（是一个符号链接；加 --force 只替换链接本身，不会改动它指向的文件）" : "";
    throw new UsageError(`文件已存在：${out}${what}。如需覆盖请加 --force（file exists; use --force）`);
  }
  return link ? { path } : { path, mode: existing.mode & 0o7777 };
}

/** Writes all of `bytes`: a short write is continued, and a write that makes no progress is a full disk. */
async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let done = 0;
  while (done < bytes.length) {
    const written = await fileWrites.writeSome(handle, done === 0 ? bytes : bytes.subarray(done));
    if (!(written > 0)) throw Object.assign(new Error("no bytes written"), { code: "ENOSPC" });
    done += written;
  }
}

/** Flushes a directory's entries (the rename) to disk; some file systems cannot, and lose nothing by it. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, "r").catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

/**
 * Writes `content` (bytes, or chunks as they are produced) to `out` through a temporary
 * file beside it, after the checks of checkOutput: every byte checked as written, the file
 * flushed to disk, and renamed into place only when whole. Without `force` the file is
 * linked into place, which fails if something appeared at `out` meanwhile.
 */
export async function writeOutput(
  out: string,
  content: Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
  options: OutputOptions
): Promise<void> {
  try {
    const target = await checkOutput(out, options);
    const dir = dirname(target.path);
    await removeStaleTemps(dir);
    await withTempFile(dir, async (temp) => {
      const handle = await open(temp, "wx", 0o666);
      try {
        if (content instanceof Uint8Array) await writeAll(handle, content);
        else for await (const chunk of content) await writeAll(handle, chunk);
        if (target.mode !== undefined) await chmod(temp, target.mode);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await checkOutput(out, options);
      // rename and link never follow a symbolic link at target.path: a link there is replaced as a link.
      if (options.force) await rename(temp, target.path);
      else {
        await link(temp, target.path).catch((error: NodeJS.ErrnoException) => {
          if (error.code === "EEXIST") throw new UsageError(`文件已存在：${out}。如需覆盖请加 --force（file exists; use --force）`);
          // A file system without hard links (FAT, some network shares): rename, just checked to be free.
          if (!["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"].includes(error.code ?? "")) throw error;
          return rename(temp, target.path);
        });
      }
      await syncDirectory(dir);
    });
  } catch (error) {
    throw asWriteError(out, error);
  }
}
