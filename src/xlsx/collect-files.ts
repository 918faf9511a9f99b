/**
 * The file work of 分发填报模板 and 汇总回收文件 over this adapter (the app's CollectFiles):
 * a unit's template made with exceljs, the .zip of them through the product's zip writer,
 * and a returned file read with the lean value reader after the reader's file checks, refused
 * in the command line's words when it is not an .xlsx. Runs alike in the pane, the file worker
 * and Node (pako, SubtleCrypto); loaded on first use through ./collect-files-lazy.
 */
import { formatRefusal, readerRefusalReason } from "../sheets/collect/file-refusal";
import { sha256OfBytes } from "../sheets/sha256";
import type { SheetBlock, WorkbookGrids } from "../sheets/grid";
import type { WorkbookPlan } from "../sheets/plan";
import { RETURNED_FILE_SHEETS } from "../sheets/template-base";
import { metaGridFromProperties, templateMetaEntries, TEMPLATE_META_SHEET, type TemplateMeta } from "../sheets/template-meta";
import { withCustomProperties } from "./custom-properties";
import type { InflateRaw } from "./lean/inflate";
import { openLeanWorkbook, type LeanWorkbook } from "./lean/lean-workbook";
import { XLSX_LIMITS, type XlsxLimits } from "./limits";
import { pakoInflateRaw, pakoZipCodec } from "./pako-codecs";
import { WorkbookRefusedError } from "./refusal";
import { newXlsxPort } from "./xlsx-port";
import { concatChunks, crc32, zipChunks } from "./zip/write-zip";

/** A returned file as read: its grids, or why it was refused before reading (the app's CollectInput). */
export type ReturnedFileRead = { file: string; sha256: string; grids: WorkbookGrids } | { file: string; sha256: string; refusal: string };

/** A unit's template as .xlsx bytes: the plan applied by exceljs, the metadata also as custom properties. */
export async function templateBytes(plan: WorkbookPlan, meta: TemplateMeta): Promise<Uint8Array> {
  const handle = await newXlsxPort();
  await handle.port.run((s) => s.applyPlan(plan));
  return withCustomProperties(await handle.save(), templateMetaEntries(meta), pakoZipCodec);
}

/**
 * One .zip of `files`, each stored as it is: an .xlsx is deflated inside already, so
 * deflating it again would cost time for a few per cent.
 */
export async function zipFiles(files: readonly { name: string; bytes: Uint8Array }[]): Promise<Uint8Array> {
  const entries = files.map(({ name, bytes }) => ({ name, method: 0, crc32: crc32(bytes), uncompressedSize: bytes.length, data: bytes }));
  return concatChunks(zipChunks(entries));
}

/** A new workbook holding `blocks` (a 退回说明), as .xlsx bytes: the same writer as the command line's --return-dir. */
export async function blocksWorkbook(blocks: readonly SheetBlock[]): Promise<Uint8Array> {
  const handle = await newXlsxPort();
  await handle.port.run((s) => s.writeBlocks(blocks));
  return handle.save();
}

/**
 * The sheets of a returned file Collect judges; when its 模板信息 sheet was deleted, one made
 * from the document's custom properties (which keep the same identity), so the file is still
 * known as its unit's.
 */
export async function returnedGrids(book: LeanWorkbook): Promise<WorkbookGrids> {
  const present = new Set(book.sheetNames());
  const grids = await book.readSheets(RETURNED_FILE_SHEETS.filter((n) => present.has(n)));
  if (grids.has(TEMPLATE_META_SHEET)) return grids;
  const fromProperties = metaGridFromProperties(await book.customProperties());
  return fromProperties ? new Map([...grids, [TEMPLATE_META_SHEET, fromProperties]]) : grids;
}

/**
 * Reads one returned file into grids, or says why it is refused (never inserted into any workbook).
 * The pane and the worker inflate with pako; the command line passes Node's zlib.
 */
export async function readReturnedFile(
  file: { name: string; data: ArrayBuffer | Uint8Array },
  limits: XlsxLimits = XLSX_LIMITS,
  inflate: InflateRaw = pakoInflateRaw
): Promise<ReturnedFileRead> {
  const bytes = file.data instanceof Uint8Array ? file.data : new Uint8Array(file.data);
  const sha256 = await sha256OfBytes(bytes);
  const refusal = formatRefusal(file.name, bytes);
  if (refusal) return { file: file.name, sha256, refusal };
  try {
    const book = await openLeanWorkbook(bytes, { inflate, limits });
    return { file: file.name, sha256, grids: await returnedGrids(book) };
  } catch (error) {
    if (error instanceof WorkbookRefusedError) return { file: file.name, sha256, refusal: readerRefusalReason(error.message) };
    throw error;
  }
}
