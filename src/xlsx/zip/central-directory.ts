/**
 * A pure parser of a zip archive's end of central directory and central directory
 * (PKWARE APPNOTE 4.3.12–4.3.16). It reads only the directory and each entry's local
 * header, never the compressed data, so sizes and counts can be judged before anything
 * is inflated. Zip64 is handled where a writer uses it (the zip64 end record and the
 * zip64 extra field); archives split over several disks are refused.
 */

/** One file in the archive, as the central directory declares it. */
export interface ZipEntry {
  /** The entry's path inside the archive ("xl/worksheets/sheet1.xml"). */
  name: string;
  /** 0 = stored, 8 = deflate; anything else is left to the caller to refuse. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  crc32: number;
  /** General purpose bit flags: bit 0 = encrypted, bit 3 = sizes in a data descriptor, bit 11 = UTF-8 name. */
  flags: number;
  localHeaderOffset: number;
  /** Where the compressed bytes start: after the local header, its name and its own extra field. */
  dataOffset: number;
}

/** Why bytes are not a zip archive this parser reads; `code` lets callers word it for users. */
export type ZipFormatCode = "not-zip" | "truncated" | "multi-disk" | "bad-entry";

/** Raised when bytes are not a well-formed zip archive. */
export class ZipFormatError extends Error {
  constructor(
    readonly code: ZipFormatCode,
    detail: string
  ) {
    super(`zip ${code}: ${detail}`);
    this.name = "ZipFormatError";
  }
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const CENTRAL_HEADER_SIZE = 46;
const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;
const ZIP64_EXTRA_ID = 0x0001;
const MAX_COMMENT = 0xffff;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;

/** The directory's location and declared entry count, from the end record (zip64 where used). */
export interface CentralDirectoryInfo {
  entryCount: number;
  offset: number;
  size: number;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A 64-bit little-endian integer as a number; beyond 2^53 it cannot be a real offset here. */
function u64(dv: DataView, at: number): number {
  const value = dv.getUint32(at, true) + dv.getUint32(at + 4, true) * 0x1_0000_0000;
  if (!Number.isSafeInteger(value)) throw new ZipFormatError("bad-entry", "64-bit field out of range");
  return value;
}

/** Finds the end of central directory record, searching back over a comment of up to 64 KB. */
function findEndRecord(bytes: Uint8Array, dv: DataView): number {
  const last = bytes.length - EOCD_SIZE;
  if (last < 0) throw new ZipFormatError("not-zip", "too short for an end of central directory record");
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    // The comment length must reach exactly to the end, so a signature inside a comment is not taken.
    if (dv.getUint32(at, true) === EOCD_SIGNATURE && at + EOCD_SIZE + dv.getUint16(at + 20, true) === bytes.length) return at;
  }
  throw new ZipFormatError("not-zip", "no end of central directory record");
}

/** Reads the end record (and the zip64 end record when the plain one is saturated). */
export function readEndOfCentralDirectory(bytes: Uint8Array): CentralDirectoryInfo {
  const dv = view(bytes);
  const at = findEndRecord(bytes, dv);
  const disk = dv.getUint16(at + 4, true);
  const cdDisk = dv.getUint16(at + 6, true);
  const diskEntries = dv.getUint16(at + 8, true);
  let entryCount = dv.getUint16(at + 10, true);
  let size = dv.getUint32(at + 12, true);
  let offset = dv.getUint32(at + 16, true);
  const saturated = entryCount === U16_MAX || size === U32_MAX || offset === U32_MAX;
  const locatorAt = at - ZIP64_LOCATOR_SIZE;
  if (saturated && locatorAt >= 0 && dv.getUint32(locatorAt, true) === ZIP64_LOCATOR_SIGNATURE) {
    const zip64At = u64(dv, locatorAt + 8);
    if (zip64At + 56 > bytes.length || dv.getUint32(zip64At, true) !== ZIP64_EOCD_SIGNATURE)
      throw new ZipFormatError("truncated", "zip64 end of central directory record missing");
    if (dv.getUint32(zip64At + 16, true) !== 0 || dv.getUint32(zip64At + 20, true) !== 0 || dv.getUint32(locatorAt + 16, true) > 1)
      throw new ZipFormatError("multi-disk", "archive spans several disks");
    entryCount = u64(dv, zip64At + 32);
    size = u64(dv, zip64At + 40);
    offset = u64(dv, zip64At + 48);
  } else if (disk !== 0 || cdDisk !== 0 || diskEntries !== entryCount) {
    throw new ZipFormatError("multi-disk", "archive spans several disks");
  }
  if (offset + size > at) throw new ZipFormatError("truncated", "central directory runs past its end record");
  return { entryCount, offset, size };
}

/** Applies the zip64 extra field: each saturated size or offset is taken from it, in order. */
function applyZip64Extra(dv: DataView, from: number, to: number, entry: ZipEntry): void {
  let at = from;
  while (at + 4 <= to) {
    const id = dv.getUint16(at, true);
    const length = dv.getUint16(at + 2, true);
    const end = at + 4 + length;
    if (end > to) break;
    if (id === ZIP64_EXTRA_ID) {
      let field = at + 4;
      const take = (): number => {
        if (field + 8 > end) throw new ZipFormatError("bad-entry", `zip64 extra field too short for ${entry.name}`);
        const value = u64(dv, field);
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === U32_MAX) entry.uncompressedSize = take();
      if (entry.compressedSize === U32_MAX) entry.compressedSize = take();
      if (entry.localHeaderOffset === U32_MAX) entry.localHeaderOffset = take();
      return;
    }
    at = end;
  }
}

const utf8 = new TextDecoder("utf-8");

/**
 * Parses every central directory entry and locates its data through its local header.
 * Throws ZipFormatError when the archive is not a zip, is cut short, or an entry's
 * data would lie outside the bytes. The declared sizes are reported as they are: the
 * caller judges them (and inflation must still cap its output, since they can lie).
 */
export function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const dv = view(bytes);
  const info = readEndOfCentralDirectory(bytes);
  // Each entry takes at least 46 bytes, so a declared count the directory cannot hold is a lie.
  if (info.entryCount * CENTRAL_HEADER_SIZE > info.size) throw new ZipFormatError("truncated", "entry count exceeds the central directory");
  const entries: ZipEntry[] = [];
  let at = info.offset;
  const end = info.offset + info.size;
  for (let i = 0; i < info.entryCount; i++) {
    if (at + CENTRAL_HEADER_SIZE > end || dv.getUint32(at, true) !== CENTRAL_SIGNATURE)
      throw new ZipFormatError("bad-entry", `central directory entry ${i} malformed`);
    const nameLength = dv.getUint16(at + 28, true);
    const extraLength = dv.getUint16(at + 30, true);
    const commentLength = dv.getUint16(at + 32, true);
    const next = at + CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
    if (next > end) throw new ZipFormatError("bad-entry", `central directory entry ${i} runs past the directory`);
    const nameStart = at + CENTRAL_HEADER_SIZE;
    const entry: ZipEntry = {
      name: utf8.decode(bytes.subarray(nameStart, nameStart + nameLength)),
      method: dv.getUint16(at + 10, true),
      flags: dv.getUint16(at + 8, true),
      crc32: dv.getUint32(at + 16, true),
      compressedSize: dv.getUint32(at + 20, true),
      uncompressedSize: dv.getUint32(at + 24, true),
      localHeaderOffset: dv.getUint32(at + 42, true),
      dataOffset: 0,
    };
    applyZip64Extra(dv, nameStart + nameLength, nameStart + nameLength + extraLength, entry);
    entry.dataOffset = dataOffsetOf(bytes, dv, entry);
    entries.push(entry);
    at = next;
  }
  return entries;
}

function dataOffsetOf(bytes: Uint8Array, dv: DataView, entry: ZipEntry): number {
  const local = entry.localHeaderOffset;
  if (local + LOCAL_HEADER_SIZE > bytes.length || dv.getUint32(local, true) !== LOCAL_SIGNATURE)
    throw new ZipFormatError("bad-entry", `local header of ${entry.name} missing`);
  const dataOffset = local + LOCAL_HEADER_SIZE + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
  if (dataOffset + entry.compressedSize > bytes.length) throw new ZipFormatError("truncated", `data of ${entry.name} runs past the end`);
  return dataOffset;
}

/** The entry's compressed bytes, as stored (a view into `bytes`, not a copy). */
export function rawEntryBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  return bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
}
