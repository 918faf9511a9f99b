/**
 * A small zip writer (PKWARE APPNOTE 4.3): local headers, data, central directory, end
 * record. Entries arrive already compressed (copied as they are from another archive, or
 * deflated by the caller), so writing an archive is only framing: no byte of an untouched
 * entry is inflated or changed. No zip64: a workbook past 4 GB is refused.
 */
import { crc32 } from "./crc32";

export { crc32 };

/** One entry to write: its compressed bytes and what the directory says about them. */
export interface ZipWriteEntry {
  name: string;
  /** 0 = stored, 8 = deflate (copied entries keep theirs). */
  method: number;
  crc32: number;
  uncompressedSize: number;
  /** The compressed bytes, exactly as they go into the archive. */
  data: Uint8Array;
}

/** Compression functions injected by the caller (Node's zlib in the command line). */
export interface ZipCodec {
  /** Raw deflate (RFC 1951, no zlib header). */
  deflateRaw(data: Uint8Array): Uint8Array;
  /** Raw inflate (RFC 1951, no zlib header). */
  inflateRaw(data: Uint8Array): Uint8Array;
}

const LIMIT = 0xffffffff;
/** Bit 11: the name is UTF-8 (our sheet names are Chinese). */
const UTF8_FLAG = 0x0800;
/** 1980-01-01 00:00, the earliest DOS date: the same bytes on every run. */
const DOS_TIME = 0;
const DOS_DATE = 0x21;

/** A new entry from uncompressed bytes, deflated with `codec`. */
export function deflatedEntry(name: string, content: Uint8Array, codec: ZipCodec): ZipWriteEntry {
  return { name, method: 8, crc32: crc32(content), uncompressedSize: content.length, data: codec.deflateRaw(content) };
}

const encoder = new TextEncoder();

function header(size: number): { bytes: Uint8Array; view: DataView } {
  const bytes = new Uint8Array(size);
  return { bytes, view: new DataView(bytes.buffer) };
}

/** The archive as chunks in order (headers and views of the entries' data, never copied). */
export function zipChunks(entries: readonly ZipWriteEntry[]): Uint8Array[] {
  if (entries.length >= 0xffff) throw new RangeError("too many zip entries");
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    if (offset >= LIMIT || entry.data.length >= LIMIT || entry.uncompressedSize >= LIMIT) throw new RangeError("zip archive over 4 GB");
    const local = header(30 + name.length);
    local.view.setUint32(0, 0x04034b50, true);
    local.view.setUint16(4, 20, true);
    local.view.setUint16(6, UTF8_FLAG, true);
    local.view.setUint16(8, entry.method, true);
    local.view.setUint16(10, DOS_TIME, true);
    local.view.setUint16(12, DOS_DATE, true);
    local.view.setUint32(14, entry.crc32, true);
    local.view.setUint32(18, entry.data.length, true);
    local.view.setUint32(22, entry.uncompressedSize, true);
    local.view.setUint16(26, name.length, true);
    local.bytes.set(name, 30);
    const dir = header(46 + name.length);
    dir.view.setUint32(0, 0x02014b50, true);
    dir.view.setUint16(4, 20, true);
    dir.view.setUint16(6, 20, true);
    dir.bytes.set(local.bytes.subarray(6, 30), 8);
    dir.view.setUint32(42, offset, true);
    dir.bytes.set(name, 46);
    chunks.push(local.bytes, entry.data);
    central.push(dir.bytes);
    offset += local.bytes.length + entry.data.length;
  }
  const centralSize = central.reduce((sum, c) => sum + c.length, 0);
  if (offset + centralSize >= LIMIT) throw new RangeError("zip archive over 4 GB");
  const end = header(22);
  end.view.setUint32(0, 0x06054b50, true);
  end.view.setUint16(8, entries.length, true);
  end.view.setUint16(10, entries.length, true);
  end.view.setUint32(12, centralSize, true);
  end.view.setUint32(16, offset, true);
  return [...chunks, ...central, end.bytes];
}

/** Joins chunks into one array (for callers that need the whole file in memory). */
export function concatChunks(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
