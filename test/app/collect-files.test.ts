/**
 * The file tools the pane and the worker pass to the workbench (src/xlsx/collect-files.ts):
 * pako's inflater as the lean reader needs it (in steps, stopping past the declared size),
 * the .zip of templates, and a returned file refused by the reader's file checks in words.
 */
import { deflateRawSync } from "node:zlib";
import { readReturnedFile, zipFiles } from "../../src/xlsx/collect-files";
import { pakoInflateRaw } from "../../src/xlsx/pako-codecs";
import { rawEntryBytes, readCentralDirectory } from "../../src/xlsx/zip/central-directory";

async function inflateAll(raw: Uint8Array, max: number): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const chunk of pakoInflateRaw(raw, max)) out.push(chunk);
  return out;
}

const total = (chunks: Uint8Array[]) => chunks.reduce((n, c) => n + c.length, 0);

describe("pako as the lean reader's inflater", () => {
  const text = new TextEncoder().encode("<row><c>工作进度</c></row>".repeat(40_000));
  const raw = deflateRawSync(text);

  it("gives back exactly the bytes deflated, in several chunks", async () => {
    const chunks = await inflateAll(raw, text.length);
    expect(Buffer.concat(chunks).equals(Buffer.from(text))).toBe(true);
    expect(chunks.length).toBeGreaterThan(1);
  });

  it("stops soon after the declared size when a part inflates past it (a directory that lied)", async () => {
    const chunks = await inflateAll(raw, 100_000);
    expect(total(chunks)).toBeGreaterThan(100_000);
    expect(total(chunks)).toBeLessThanOrEqual(256 * 1024);
  });

  it("fails on data that is not deflate", async () => {
    await expect(inflateAll(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x00]), 1_000)).rejects.toThrow();
  });
});

describe("the file tools", () => {
  it("zip the templates as stored entries a zip reader gives back unchanged", async () => {
    const files = [
      { name: "S01_市教育局_2010.xlsx", bytes: new Uint8Array([1, 2, 3]) },
      { name: "S02_市卫健委_2010.xlsx", bytes: new Uint8Array([4, 5]) },
    ];
    const zip = await zipFiles(files);
    const entries = readCentralDirectory(zip);
    expect(entries.map((e) => [e.name, [...rawEntryBytes(zip, e)]])).toEqual(files.map((f) => [f.name, [...f.bytes]]));
  });

  it("refuse a damaged .xlsx with the reader's reason, never throwing", async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(200).fill(7)]);
    const read = await readReturnedFile({ name: "损坏.xlsx", data: bytes.buffer });
    expect(read).toEqual({
      file: "损坏.xlsx",
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      refusal: expect.stringMatching(/^不是有效的 \.xlsx 工作簿.*此文件未汇总。$/),
    });
    expect("refusal" in read && read.refusal).not.toContain("not an xlsx workbook");
  });
});
