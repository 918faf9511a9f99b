/**
 * Finds and reads the returned files of `tisheng collect`: a directory stands for the
 * files directly inside it; each file is refused before reading when it is not .xlsx (by
 * its name and by its first bytes), or when the reader's file checks refuse it. A refusal
 * here is the file's status, not the command's failure.
 */
import { createHash } from "node:crypto";
import { readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import type { CollectInput } from "../app/collect-run";
import { readerRefusalReason } from "../sheets/collect/file-refusal";
import { readReturnedFile as readReturnedBytes } from "../xlsx/collect-files";
import { nodeInflateRaw } from "../xlsx/lean/node-inflate";
import { XLSX_LIMITS } from "../xlsx/limits";
import { UsageError } from "./errors";
import { errnoCode, readFailure } from "./fs-errors";
import { readCheckedInput } from "./open-book";

/** The paths named on the command line, a directory replaced by its files (sorted; hidden and Office lock files skipped). */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const stats = await stat(path).catch((error: unknown) => {
      const code = errnoCode(error);
      if (code === undefined || code === "ENOENT") return undefined;
      throw readFailure(path, code);
    });
    if (!stats) throw new UsageError(`文件或文件夹不存在：${path}（not found）`);
    if (!stats.isDirectory()) {
      out.push(path);
      continue;
    }
    const names = (await readdir(path)).filter((n) => !n.startsWith(".") && !n.startsWith("~$")).sort();
    out.push(...names.map((n) => join(path, n)));
  }
  return out;
}

/** The reader's refusal as a file's reason: without the path (the file is named beside it) and the English gloss. */
function readerRefusal(error: UsageError): string {
  return readerRefusalReason(error.message.replace(/^无法读取 .*?：/, ""));
}

/** Reads one returned file into grids, or says why it is refused: the file checks here, the rest as the pane reads a file. */
export async function readReturnedFile(path: string): Promise<CollectInput> {
  const file = basename(path);
  let bytes: Uint8Array;
  try {
    bytes = await readCheckedInput(path);
  } catch (error) {
    if (error instanceof UsageError) return { file, sha256: "", refusal: readerRefusal(error) };
    throw error;
  }
  return readReturnedBytes({ name: file, data: bytes }, XLSX_LIMITS, nodeInflateRaw);
}

/** sha256 hex of a text (the header hash), with Node's crypto. */
export const nodeSha256Hex = async (text: string): Promise<string> => createHash("sha256").update(text, "utf8").digest("hex");
