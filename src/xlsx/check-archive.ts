/**
 * Judges a workbook file from its size and its zip directory alone, before anything is
 * inflated: a hostile archive is refused here in milliseconds, whatever it would inflate to.
 */
import type { XlsxLimits } from "./limits";
import { REFUSALS } from "./refusal";
import { readCentralDirectory, ZipFormatError, type ZipEntry } from "./zip/central-directory";

const ENCRYPTED_FLAG = 0x1;
const STORED = 0;
const DEFLATED = 8;

/** Throws a WorkbookRefusedError when a file of `size` bytes is over the file cap. */
export function checkFileSize(size: number, limits: XlsxLimits): void {
  if (size > limits.maxFileBytes) throw REFUSALS.tooLarge(size, limits.maxFileBytes);
}

/**
 * The archive's entries, once the file size, entry count, declared inflated sizes
 * (each and in total), compression ratios, methods and encryption pass the caps.
 * Throws a WorkbookRefusedError otherwise.
 */
export function checkArchive(bytes: Uint8Array, limits: XlsxLimits): ZipEntry[] {
  checkFileSize(bytes.length, limits);
  let entries: ZipEntry[];
  try {
    entries = readCentralDirectory(bytes);
  } catch (error) {
    if (error instanceof ZipFormatError) throw REFUSALS.notWorkbook(error);
    throw error;
  }
  if (entries.length > limits.maxEntries) throw REFUSALS.tooManyEntries(entries.length, limits.maxEntries);
  let total = 0;
  for (const entry of entries) {
    // Encrypted OOXML is an OLE compound file, not a zip; an encrypted zip entry is still refused plainly.
    if (entry.flags & ENCRYPTED_FLAG) throw REFUSALS.encrypted();
    if (entry.method !== STORED && entry.method !== DEFLATED) throw REFUSALS.notWorkbook(new Error(`method ${entry.method}`));
    if (entry.uncompressedSize > limits.maxPartBytes) throw REFUSALS.inflatesTooLarge(entry.uncompressedSize, limits.maxPartBytes);
    total += entry.uncompressedSize;
    if (total > limits.maxTotalUncompressed) throw REFUSALS.inflatesTooLarge(total, limits.maxTotalUncompressed);
    if (entry.uncompressedSize >= limits.ratioFloorBytes) {
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (ratio > limits.maxCompressionRatio) throw REFUSALS.ratioTooHigh(ratio, limits.maxCompressionRatio);
    }
  }
  return entries;
}
