/**
 * The bytes 分发填报模板 hands out in the pane and the file worker: each unit's template made
 * with exceljs from its plan (its metadata also as custom properties), and the .zip of them
 * all, through the product's zip writer. Loaded with import(): exceljs and pako stay out of
 * the pane's start bundle.
 */
import type { WorkbookPlan } from "../sheets/plan";
import { templateMetaEntries, type TemplateMeta } from "../sheets/template-meta";
import { withCustomProperties } from "../xlsx/custom-properties";
import { newXlsxPort } from "../xlsx/xlsx-port";
import { concatChunks, crc32, zipChunks, type ZipWriteEntry } from "../xlsx/zip/write-zip";
import { pakoZipCodec } from "./file-codecs";

/** A unit's template as .xlsx bytes: the plan applied by exceljs, the metadata also as custom properties. */
export async function templateBytes(plan: WorkbookPlan, meta: TemplateMeta): Promise<Uint8Array> {
  const handle = await newXlsxPort();
  await handle.port.run((s) => s.applyPlan(plan));
  return withCustomProperties(await handle.save(), templateMetaEntries(meta), pakoZipCodec);
}

/**
 * A .zip entry holding `bytes` stored as they are: an .xlsx is already deflated inside, so
 * deflating it again would cost time for a few per cent.
 */
export function storedEntry(name: string, bytes: Uint8Array): ZipWriteEntry {
  return { name, method: 0, crc32: crc32(bytes), uncompressedSize: bytes.length, data: bytes };
}

/** The .zip of `entries`, as one buffer (the pane offers it as one download). */
export function zipBytes(entries: readonly ZipWriteEntry[]): Uint8Array {
  return concatChunks(zipChunks(entries));
}
