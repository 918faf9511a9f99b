/**
 * Opens an input workbook for a command, after checking the file itself: only a regular
 * file is read (a FIFO, device or directory is refused by its type before any read, so
 * nothing hangs and /dev/zero is never read), its size is capped, and the zip limits are
 * checked from its directory before anything is inflated (../xlsx/check-archive).
 * The file itself is never written.
 */
import { constants } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { createLeanPort, openLeanWorkbook } from "../xlsx/lean/lean-workbook";
import { nodeInflateRaw } from "../xlsx/lean/node-inflate";
import { XLSX_LIMITS, type XlsxLimits } from "../xlsx/limits";
import { REFUSALS, WorkbookRefusedError } from "../xlsx/refusal";
import type { WorkbookPort } from "../sheets/port";
import { UsageError } from "./errors";
import { readFailure } from "./fs-errors";

/** What kind of non-regular file a path is, in the user's words. */
function kindOf(stats: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}): string {
  if (stats.isDirectory()) return "是一个目录";
  if (stats.isFIFO()) return "是一个管道";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "是一个设备";
  if (stats.isSocket()) return "是一个套接字";
  return "不是普通文件";
}

async function openForReading(path: string): Promise<FileHandle> {
  try {
    // O_NONBLOCK: opening a FIFO without a writer returns at once instead of waiting for one.
    return await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError(`文件不存在：${path}。请检查文件名和所在文件夹（file not found）`);
    if (code === "EACCES" || code === "EPERM") throw new UsageError(`没有权限读取文件：${path}。请检查文件权限（permission denied）`);
    throw readFailure(path, code ?? "EIO");
  }
}

/**
 * Reads a whole input file after checking, by its open handle, that it is a regular
 * file within the size cap. Throws UsageError (one Chinese line) otherwise.
 */
export async function readCheckedInput(path: string, limits: XlsxLimits = XLSX_LIMITS): Promise<Uint8Array> {
  const handle = await openForReading(path);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw refusedAt(path, REFUSALS.notRegular(kindOf(stats)));
    if (stats.size > limits.maxFileBytes) throw refusedAt(path, REFUSALS.tooLarge(stats.size, limits.maxFileBytes));
    // Read what fstat announced and no more: a file that grows while read cannot push past the cap.
    const bytes = new Uint8Array(stats.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled === bytes.length ? bytes : bytes.subarray(0, filled);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EISDIR") throw refusedAt(path, REFUSALS.notRegular("是一个目录"));
    throw readFailure(path, code ?? "EIO");
  } finally {
    await handle.close();
  }
}

/** A refusal as the command line's usage error, naming the file. */
function refusedAt(path: string, refusal: WorkbookRefusedError): UsageError {
  return new UsageError(`无法读取 ${path}：${refusal.message}`);
}

/** Turns a refusal raised while reading into a usage error; anything else passes through. */
function asUsageError(path: string, error: unknown): unknown {
  return error instanceof WorkbookRefusedError ? refusedAt(path, error) : error;
}

/**
 * Opens `path` for reading cell values only, through the lean reader: a port whose
 * reads stream just the sheets asked for and whose writes go nowhere. Refusals (caps,
 * malformed parts, XML nested too deep) surface as UsageError, here or when sheets are read.
 */
export async function openReadOnlyBook(path: string, limits: XlsxLimits = XLSX_LIMITS): Promise<WorkbookPort & { bytes: Uint8Array }> {
  return openReadOnlyBytes(path, await readCheckedInput(path, limits), limits);
}

/** openReadOnlyBook over bytes already read (and checked) from `path`, which only names the file in refusals. */
export async function openReadOnlyBytes(
  path: string,
  bytes: Uint8Array,
  limits: XlsxLimits = XLSX_LIMITS
): Promise<WorkbookPort & { bytes: Uint8Array }> {
  try {
    const port = createLeanPort(await openLeanWorkbook(bytes, { inflate: nodeInflateRaw, limits }));
    return {
      // The bytes read, so a result workbook can copy the input's parts from exactly what was ranked.
      bytes,
      run: async (work) => {
        try {
          return await port.run(work);
        } catch (error) {
          throw asUsageError(path, error);
        }
      },
    };
  } catch (error) {
    throw asUsageError(path, error);
  }
}

/** A usage error naming the contract sheets a workbook lacks. */
export function missingSheetsError(path: string, missing: readonly string[]): UsageError {
  return new UsageError(
    `工作簿 ${path} 缺少工作表：${missing.map((m) => `「${m}」`).join("、")}（missing sheets）。可用 tisheng init 生成标准工作簿。`
  );
}
