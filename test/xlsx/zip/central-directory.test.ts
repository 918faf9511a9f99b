import JSZip from "jszip";
import { inflateRawSync } from "node:zlib";
import { rawEntryBytes, readCentralDirectory, ZipFormatError, type ZipEntry } from "../../../src/xlsx/zip/central-directory";

async function zipOf(files: Record<string, string>, options: { compression: "STORE" | "DEFLATE"; comment?: string }): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text, { createFolders: false });
  return zip.generateAsync({ type: "uint8array", compression: options.compression, comment: options.comment });
}

function contentOf(bytes: Uint8Array, entry: ZipEntry): string {
  const raw = rawEntryBytes(bytes, entry);
  return (entry.method === 8 ? inflateRawSync(raw) : Buffer.from(raw)).toString("utf8");
}

/** A hand-made zip64 archive with one stored entry whose sizes and offset live in the zip64 extra field. */
function zip64Archive(name: string, text: string): Uint8Array {
  const nameBytes = Buffer.from(name);
  const data = Buffer.from(text);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(nameBytes.length, 26);
  const extra = Buffer.alloc(4 + 24);
  extra.writeUInt16LE(1, 0);
  extra.writeUInt16LE(24, 2);
  extra.writeBigUInt64LE(BigInt(data.length), 4);
  extra.writeBigUInt64LE(BigInt(data.length), 12);
  extra.writeBigUInt64LE(0n, 20);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt32LE(0x1234abcd, 16);
  central.writeUInt32LE(0xffffffff, 20);
  central.writeUInt32LE(0xffffffff, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt16LE(extra.length, 30);
  central.writeUInt32LE(0xffffffff, 42);
  const cdOffset = local.length + nameBytes.length + data.length;
  const cdSize = central.length + nameBytes.length + extra.length;
  const zip64End = Buffer.alloc(56);
  zip64End.writeUInt32LE(0x06064b50, 0);
  zip64End.writeBigUInt64LE(44n, 4);
  zip64End.writeBigUInt64LE(1n, 24);
  zip64End.writeBigUInt64LE(1n, 32);
  zip64End.writeBigUInt64LE(BigInt(cdSize), 40);
  zip64End.writeBigUInt64LE(BigInt(cdOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(cdOffset + cdSize), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return new Uint8Array(Buffer.concat([local, nameBytes, data, central, nameBytes, extra, zip64End, locator, end]));
}

function codeOf(thunk: () => unknown): string {
  try {
    thunk();
  } catch (error) {
    if (error instanceof ZipFormatError) return error.code;
    throw error;
  }
  return "no error";
}

describe("zip central directory parser", () => {
  it("lists deflated entries with their sizes, and rawEntryBytes gives their compressed bytes", async () => {
    const sheet = "<row>".repeat(1000);
    const bytes = await zipOf({ "[Content_Types].xml": "<Types/>", "xl/worksheets/sheet1.xml": sheet }, { compression: "DEFLATE" });
    const entries = readCentralDirectory(bytes);
    expect(entries.map((e) => e.name)).toEqual(["[Content_Types].xml", "xl/worksheets/sheet1.xml"]);
    const sheetEntry = entries[1];
    expect(sheetEntry.method).toBe(8);
    expect(sheetEntry.uncompressedSize).toBe(sheet.length);
    expect(sheetEntry.compressedSize).toBeLessThan(sheet.length / 10);
    expect(rawEntryBytes(bytes, sheetEntry).length).toBe(sheetEntry.compressedSize);
    expect(contentOf(bytes, sheetEntry)).toBe(sheet);
    expect(sheetEntry.flags & 1).toBe(0);
  });

  it("reads stored entries and UTF-8 names, behind an archive comment that itself contains the end signature", async () => {
    const bytes = await zipOf({ "目录/单位.txt": "单位" }, { compression: "STORE", comment: "PK\u0005\u0006 comment" });
    const [entry] = readCentralDirectory(bytes);
    expect(entry.name).toBe("目录/单位.txt");
    expect(entry.method).toBe(0);
    expect(contentOf(bytes, entry)).toBe("单位");
    // The local header has its own extra field (JSZip adds a Unicode path field there), which the data offset skips.
    const localExtra = new DataView(bytes.buffer, bytes.byteOffset).getUint16(entry.localHeaderOffset + 28, true);
    expect(localExtra).toBeGreaterThan(0);
    expect(entry.dataOffset).toBe(entry.localHeaderOffset + 30 + Buffer.byteLength("目录/单位.txt") + localExtra);
  });

  it("takes sizes and offsets from the zip64 end record and extra field", () => {
    const bytes = zip64Archive("xl/workbook.xml", "<workbook/>");
    const [entry] = readCentralDirectory(bytes);
    expect(entry).toMatchObject({ name: "xl/workbook.xml", compressedSize: 11, uncompressedSize: 11, localHeaderOffset: 0, crc32: 0x1234abcd });
    expect(contentOf(bytes, entry)).toBe("<workbook/>");
  });

  it("refuses bytes that are not a zip, or a zip cut short", async () => {
    expect(codeOf(() => readCentralDirectory(new TextEncoder().encode("name,score\n甲,90\n")))).toBe("not-zip");
    expect(codeOf(() => readCentralDirectory(new Uint8Array(0)))).toBe("not-zip");
    const bytes = await zipOf({ "a.xml": "<a/>".repeat(100) }, { compression: "DEFLATE" });
    // The end record survives but the data before it is gone.
    const cut = new Uint8Array([...bytes.subarray(0, 10), ...bytes.subarray(bytes.length - 22)]);
    expect(codeOf(() => readCentralDirectory(cut))).toBe("truncated");
  });

  it("refuses an entry count the directory cannot hold and an entry whose data lies past the end", async () => {
    const bytes = await zipOf({ "a.xml": "<a/>" }, { compression: "STORE" });
    const liar = bytes.slice();
    const dv = new DataView(liar.buffer);
    const end = liar.length - 22;
    dv.setUint16(end + 8, 5000, true);
    dv.setUint16(end + 10, 5000, true);
    expect(codeOf(() => readCentralDirectory(liar))).toBe("truncated");
    const big = bytes.slice();
    const cd = new DataView(big.buffer).getUint32(big.length - 22 + 16, true);
    new DataView(big.buffer).setUint32(cd + 20, 1_000_000, true);
    expect(codeOf(() => readCentralDirectory(big))).toBe("truncated");
  });

  it("refuses an archive split over several disks", async () => {
    const bytes = (await zipOf({ "a.xml": "<a/>" }, { compression: "STORE" })).slice();
    new DataView(bytes.buffer).setUint16(bytes.length - 22 + 4, 1, true);
    expect(codeOf(() => readCentralDirectory(bytes))).toBe("multi-disk");
  });
});
