/**
 * File system errors in the user's words: each code a Chinese sentence that says what
 * happened and what to do, the code itself kept in brackets for whoever reads a log.
 */
import { UsageError } from "./errors";

/** What went wrong and what to do, per error code, when writing an output. */
const WRITE_WHY: Readonly<Record<string, string>> = {
  ENOSPC: "磁盘空间不足，文件没有写成（未留下不完整的文件）。请清理磁盘或换一个空间充足的位置后重试",
  EDQUOT: "磁盘配额已用完，文件没有写成（未留下不完整的文件）。请清理后重试，或换一个输出位置",
  EFBIG: "文件超出了该磁盘允许的大小，文件没有写成。请换一个输出位置",
  EROFS: "该位置是只读的（只读挂载的磁盘、光盘或网络盘）。请换一个可以写入的输出位置",
  EACCES: "没有写入该位置的权限。请换一个输出位置，或请管理员开放该文件夹的写入权限",
  EPERM: "没有写入该位置的权限。请换一个输出位置，或请管理员开放该文件夹的写入权限",
  ENAMETOOLONG: "文件名或路径过长（一个文件名最多 255 字节，约 85 个汉字）。请缩短文件名，或换一个较短的路径",
  ELOOP: "路径中的符号链接构成了循环（或层数过多），无法确定写到哪里。请修正该链接，或换一个输出位置",
  ENOTDIR: "路径中有一段是文件而不是文件夹。请检查路径",
  EISDIR: "该位置是一个文件夹。请在文件夹名后写上文件名",
  EBUSY: "文件正被其他程序占用。请关闭占用它的程序后重试",
  ETXTBSY: "文件正被其他程序占用。请关闭占用它的程序后重试",
  EIO: "磁盘读写出错，文件没有写成。请检查磁盘后重试，或换一个输出位置",
  EMFILE: "打开的文件过多。请关闭一些程序后重试",
  ENFILE: "打开的文件过多。请关闭一些程序后重试",
  EXDEV: "临时文件与输出文件不在同一磁盘上。请换一个输出位置",
};

/** What went wrong and what to do, per error code, when reading an input. */
const READ_WHY: Readonly<Record<string, string>> = {
  ENOENT: "文件不存在。请检查文件名和所在文件夹",
  EACCES: "没有读取该文件的权限。请检查文件权限",
  EPERM: "没有读取该文件的权限。请检查文件权限",
  ENAMETOOLONG: "文件名或路径过长（一个文件名最多 255 字节，约 85 个汉字）。请检查文件名",
  ELOOP: "路径中的符号链接构成了循环（或层数过多），找不到真正的文件。请修正该链接，或直接写出文件所在的位置",
  ENOTDIR: "路径中有一段是文件而不是文件夹。请检查路径",
  EIO: "磁盘读写出错。请检查磁盘后重试",
  EMFILE: "打开的文件过多。请关闭一些程序后重试",
  ENFILE: "打开的文件过多。请关闭一些程序后重试",
};

/** The error code of a Node file system error, if it is one. */
export function errnoCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

/** A failed write of `path` as one Chinese line. */
export function writeFailure(path: string, code: string): UsageError {
  return new UsageError(`无法写入文件：${path}。${WRITE_WHY[code] ?? "写入失败，请检查磁盘和输出位置后重试"}（${code}）`);
}

/** A failed read of `path` as one Chinese line. */
export function readFailure(path: string, code: string): UsageError {
  return new UsageError(`无法读取文件：${path}。${READ_WHY[code] ?? "读取失败，请检查文件和磁盘后重试"}（${code}）`);
}

/** A file system error while writing `path` as one Chinese line; anything else (a bug while producing the bytes) passes through. */
export function asWriteError(path: string, error: unknown): unknown {
  const code = errnoCode(error);
  return error instanceof UsageError || code === undefined ? error : writeFailure(path, code);
}
