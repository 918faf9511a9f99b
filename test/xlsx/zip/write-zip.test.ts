/** The small zip writer: what it writes, other readers read (jszip, our own directory parser). */
import { deflateRawSync, inflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { readCentralDirectory } from "../../../src/xlsx/zip/central-directory";
import { concatChunks, crc32, deflatedEntry, zipChunks, type ZipCodec } from "../../../src/xlsx/zip/write-zip";

const codec: ZipCodec = { deflateRaw: (d) => deflateRawSync(d), inflateRaw: (d) => inflateRawSync(d) };
const bytes = (text: string) => new TextEncoder().encode(text);

describe("zip writer", () => {
  it("computes the standard CRC-32", () => {
    expect(crc32(bytes("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it("writes deflated and stored entries with UTF-8 names that jszip reads back", async () => {
    const stored = bytes("stored as it is");
    const archive = concatChunks(
      zipChunks([
        deflatedEntry("xl/worksheets/排名结果.xml", bytes("<x>排名</x>".repeat(100)), codec),
        { name: "a.txt", method: 0, crc32: crc32(stored), uncompressedSize: stored.length, data: stored },
      ])
    );
    const zip = await JSZip.loadAsync(archive, { checkCRC32: true });
    expect(await zip.file("xl/worksheets/排名结果.xml")!.async("string")).toBe("<x>排名</x>".repeat(100));
    expect(await zip.file("a.txt")!.async("string")).toBe("stored as it is");
    expect(readCentralDirectory(archive).map((e) => [e.name, e.method])).toEqual([
      ["xl/worksheets/排名结果.xml", 8],
      ["a.txt", 0],
    ]);
  });

  it("copies another archive's compressed bytes without inflating them", async () => {
    const source = new JSZip();
    source.file("big.xml", "<row/>".repeat(10_000));
    const input = await source.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const [entry] = readCentralDirectory(input);
    const data = input.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    const copy = concatChunks(
      zipChunks([{ name: entry.name, method: entry.method, crc32: entry.crc32, uncompressedSize: entry.uncompressedSize, data }])
    );
    expect(await (await JSZip.loadAsync(copy, { checkCRC32: true })).file("big.xml")!.async("string")).toBe("<row/>".repeat(10_000));
  });
});
