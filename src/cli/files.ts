/**
 * File access for the command line. Nothing is overwritten by surprise: an output that is
 * the input under another name (a symbolic or hard link) is refused by real path and inode,
 * an existing output only with --force, and something that is not a regular file (a
 * directory, a FIFO, a device such as /dev/null) never. Output is written to a short-named
 * temporary file beside the target and renamed over it, so an interrupted run never leaves
 * a half-written workbook (see ./temp-file for the clean-up).
 */
import type { Stats } from "node:fs";
import { chmod, link, lstat, open, realpath, rename, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { UsageError } from "./errors";
import { removeStaleTemps, withTempFile } from "./temp-file";

/** What may stand at an output path. */
export interface OutputOptions {
  /** Replace an existing regular file. */
  force: boolean;
  /** The command's input file, which the output must never be. */
  input?: string;
}

/** What an output will replace, found by checkOutput. */
export interface OutputTarget {
  /** The path to write: the output path with symbolic links followed. */
  path: string;
  /** The permission bits of the file it replaces, kept on the new file. */
  mode?: number;
}

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

/**
 * Checks that `out` may be written and says what to write: refuses the input under any
 * name, anything that is not a regular file, and an existing file without `force`.
 * Call it before the work, so a refusal costs nothing; writeOutput calls it again.
 */
export async function checkOutput(out: string, options: OutputOptions): Promise<OutputTarget> {
  const dir = await stat(dirname(resolve(out))).catch(() => undefined);
  if (!dir?.isDirectory())
    throw new UsageError(`无法写入文件：${out}，输出目录 ${dirname(resolve(out))} 不存在。请先建立该目录或换一个输出位置（no such directory）`);
  const existing = await stat(out).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw new UsageError(`无法检查输出文件：${out}（${error.code ?? "stat error"}）`);
  });
  if (!existing) {
    if (await exists(out)) throw new UsageError(`输出位置是指向不存在文件的符号链接：${out}。请换一个输出文件名（dangling symbolic link）`);
    return { path: resolve(out) };
  }
  const input = options.input === undefined ? undefined : await stat(options.input).catch(() => undefined);
  if (input && sameFile(existing, input)) {
    throw new UsageError(`--out 与输入文件是同一个文件（经符号链接或硬链接）：${out}。输入文件从不被修改，请换一个输出文件名（output is the input）`);
  }
  if (!existing.isFile()) {
    throw new UsageError(`输出位置是${kindOf(existing)}，不是普通文件：${out}。不会替换它，请换一个输出文件名（not a regular file）`);
  }
  if (!options.force) throw new UsageError(`文件已存在：${out}。如需覆盖请加 --force（file exists; use --force）`);
  return { path: await realpath(out), mode: existing.mode & 0o7777 };
}

/** A file system error as one Chinese line; anything else (a bug while producing the bytes) passes through. */
function writeError(path: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (error instanceof UsageError || typeof code !== "string") return error;
  const why: Record<string, string> = {
    ENOSPC: "磁盘空间不足，请清理磁盘后重试",
    EDQUOT: "磁盘配额已满，请清理后重试",
    EACCES: "没有写入权限，请换一个输出位置",
    EPERM: "没有写入权限，请换一个输出位置",
    EROFS: "该位置只读，请换一个输出位置",
    ENAMETOOLONG: "文件名过长，请缩短文件名",
  };
  return new UsageError(`无法写入文件：${path}，${why[code] ?? "写入失败，请检查磁盘和输出位置"}（${code}）`);
}

/**
 * Writes `content` (bytes, or chunks as they are produced) to `out` through a temporary
 * file in the same directory, after the checks of checkOutput. Without `force` the file is
 * linked into place, which fails if something appeared at `out` meanwhile.
 */
export async function writeOutput(
  out: string,
  content: Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
  options: OutputOptions
): Promise<void> {
  const target = await checkOutput(out, options);
  const dir = dirname(target.path);
  await removeStaleTemps(dir);
  try {
    await withTempFile(dir, async (temp) => {
      const handle = await open(temp, "wx", 0o666);
      try {
        if (content instanceof Uint8Array) await handle.write(content);
        else for await (const chunk of content) await handle.write(chunk);
        if (target.mode !== undefined) await chmod(temp, target.mode);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await checkOutput(out, options);
      if (options.force) await rename(temp, target.path);
      else {
        await link(temp, target.path).catch((error: NodeJS.ErrnoException) => {
          if (error.code === "EEXIST") throw new UsageError(`文件已存在：${out}。如需覆盖请加 --force（file exists; use --force）`);
          // A file system without hard links (FAT, some network shares): rename, just checked to be free.
          if (!["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"].includes(error.code ?? "")) throw error;
          return rename(temp, target.path);
        });
      }
    });
  } catch (error) {
    throw writeError(out, error);
  }
}
