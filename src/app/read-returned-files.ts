/**
 * Reads the returned files handed to 汇总回收文件, in the pane or the file worker (never as
 * sheets of the open workbook): each is refused with one Chinese reason when it is not an
 * .xlsx by its name or its first bytes, or when the reader's file checks refuse it (size,
 * zip directory, XML); otherwise its metadata sheet and the three sheets a template covers
 * are read with the lean value reader. Loaded with import(): it brings the reader and pako.
 */
import { RECORD_SHEETS } from "../sheets/record-sheets";
import { TEMPLATE_META_SHEET } from "../sheets/template-meta";
import { openLeanWorkbook } from "../xlsx/lean/lean-workbook";
import { XLSX_LIMITS, type XlsxLimits } from "../xlsx/limits";
import { WorkbookRefusedError } from "../xlsx/refusal";
import type { CollectInput } from "./collect-run";
import { pakoInflateRaw } from "./file-codecs";
import { formatRefusal, readerRefusalReason } from "./returned-file-refusal";
import { sha256OfBytes } from "./sha256";
import type { ReturnedFileInput } from "./workbench";

/** The sheets read from a returned file. */
const FILE_SHEETS = [TEMPLATE_META_SHEET, RECORD_SHEETS.plans.name, RECORD_SHEETS.progress.name, RECORD_SHEETS.inspections.name];

/** Hears each file before it is read: its 1-based number, the count and its name. */
export type FileProgress = (index: number, total: number, name: string) => void;

/** Reads one returned file into grids, or says why it is refused. */
export async function readReturnedFile(file: ReturnedFileInput, limits: XlsxLimits = XLSX_LIMITS): Promise<CollectInput> {
  const bytes = new Uint8Array(file.data);
  const sha256 = await sha256OfBytes(bytes);
  const refusal = formatRefusal(file.name, bytes);
  if (refusal) return { file: file.name, sha256, refusal };
  try {
    const book = await openLeanWorkbook(bytes, { inflate: pakoInflateRaw, limits });
    const present = new Set(book.sheetNames());
    const grids = await book.readSheets(FILE_SHEETS.filter((n) => present.has(n)));
    return { file: file.name, sha256, grids };
  } catch (error) {
    if (error instanceof WorkbookRefusedError) return { file: file.name, sha256, refusal: readerRefusalReason(error.message) };
    throw error;
  }
}

/** Reads `files` in order; stops early (returning what was read) once `signal` is aborted. */
export async function readReturnedFiles(files: readonly ReturnedFileInput[], progress: FileProgress, signal?: AbortSignal): Promise<CollectInput[]> {
  const inputs: CollectInput[] = [];
  for (const [i, file] of files.entries()) {
    if (signal?.aborted) break;
    progress(i + 1, files.length, file.name);
    inputs.push(await readReturnedFile(file));
  }
  return inputs;
}
