/**
 * A minimal zip writer for hostile test files: entries deflated with zlib, with the
 * directory's declared inflated size overridable (a "zip bomb" that lies about itself).
 * Each entry carries the CRC-32 of its data (both readers check it), unless `crc32` overrides it.
 */
import { deflateRawSync } from "node:zlib";
import type JSZip from "jszip";
import { crc32 } from "node:zlib";

export interface RawEntry {
  name: string;
  data: Uint8Array;
  /** The inflated size the central directory declares; the real size when absent. */
  declaredSize?: number;
  /** The CRC-32 the headers declare; the data's own when absent. */
  crc32?: number;
  /** Stored (method 0) instead of deflated. */
  stored?: boolean;
}

/** The entries as a zip archive (deflate unless stored, no data descriptors). */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const packed = entry.stored ? Buffer.from(entry.data) : deflateRawSync(entry.data, { level: 9 });
    const size = entry.declaredSize ?? entry.data.length;
    const crc = entry.crc32 ?? crc32(entry.data);
    const method = entry.stored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(method, 10);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(packed.length, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    chunks.push(local, name, packed);
    central.push(header, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, directory, end]));
}

/** The files of a JSZip (folders left out), with some replaced or added, as raw entries. */
export async function entriesOf(zip: JSZip, replace: Record<string, RawEntry> = {}): Promise<RawEntry[]> {
  const entries: RawEntry[] = [];
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    entries.push(replace[file.name] ?? { name: file.name, data: await file.async("uint8array") });
  }
  for (const [name, entry] of Object.entries(replace)) if (!zip.files[name]) entries.push(entry);
  return entries;
}
