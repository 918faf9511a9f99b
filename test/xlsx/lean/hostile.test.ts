import { randomBytes } from "node:crypto";
import { openLeanWorkbook } from "../../../src/xlsx/lean/lean-workbook";
import { nodeInflateRaw } from "../../../src/xlsx/lean/node-inflate";
import { XLSX_LIMITS, type XlsxLimits } from "../../../src/xlsx/limits";
import { WorkbookRefusedError } from "../../../src/xlsx/refusal";
import { handZip } from "./package-builder";
import { entriesOf, rawZip, type RawEntry } from "./raw-zip";

const MB = 1024 * 1024;
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** A sheet part whose XML is valid but padded with `spaces` bytes of white space. */
function whitespaceSheet(spaces: number, declaredSize?: number): RawEntry {
  const head = Buffer.from(`<worksheet ${NS}><sheetData/>`);
  const tail = Buffer.from("</worksheet>");
  const data = Buffer.alloc(head.length + spaces + tail.length, 0x20);
  head.copy(data, 0);
  tail.copy(data, data.length - tail.length);
  return { name: "xl/worksheets/sheet1.xml", data, declaredSize };
}

async function workbookWith(sheet: RawEntry, extra: RawEntry[] = []): Promise<Uint8Array> {
  const zip = handZip([{ name: "评议评分", body: "<sheetData/>" }]);
  return rawZip([...(await entriesOf(zip, { [sheet.name]: sheet })), ...extra]);
}

/** Opens and reads the one sheet; resolves to the refusal's message, with the time it took. */
async function refusal(bytes: Uint8Array, limits: Partial<XlsxLimits> = {}): Promise<{ message: string; ms: number }> {
  const start = Date.now();
  try {
    const book = await openLeanWorkbook(bytes, { inflate: nodeInflateRaw, limits: { ...XLSX_LIMITS, ...limits } });
    await book.readSheets(["评议评分"]);
  } catch (error) {
    if (!(error instanceof WorkbookRefusedError)) throw error;
    return { message: error.message, ms: Date.now() - start };
  }
  throw new Error("the workbook was read, not refused");
}

describe("hostile workbooks are refused before they cost memory or time", () => {
  let bomb: Uint8Array;
  beforeAll(async () => {
    bomb = await workbookWith(whitespaceSheet(128 * MB));
  });

  it("a sheet of white space compressed about 1000:1 is refused by its ratio, from the directory alone", async () => {
    expect(bomb.length).toBeLessThan(1 * MB);
    const { message, ms } = await refusal(bomb);
    expect(message).toMatch(/压缩比达 \d+ 倍，超过 200 倍的上限/);
    expect(ms).toBeLessThan(500);
  });

  it("the same bomb under a lowered part cap is refused by its declared size", async () => {
    const { message } = await refusal(bomb, { maxPartBytes: 8 * MB, maxCompressionRatio: 10_000 });
    expect(message).toMatch(/解压后达 128\.0 MB，超过 8\.0 MB 的上限/);
  });

  it("a bomb whose directory understates its size stops inflating at the declared size", async () => {
    const liar = await workbookWith(whitespaceSheet(32 * MB, 4096));
    const { message, ms } = await refusal(liar);
    expect(message).toMatch(/解压后比文件声明的更大/);
    // Inflating all 32 MB and parsing it would take far longer than stopping after the first chunk.
    expect(ms).toBeLessThan(1000);
  });

  it("parts each under the cap but over it in total are refused, and so are too many entries", async () => {
    const parts = [1, 2, 3].map((i) => ({ name: `xl/media/image${i}.bin`, data: randomBytes(3 * MB + i) }));
    const bytes = await workbookWith(whitespaceSheet(0), parts);
    expect((await refusal(bytes, { maxPartBytes: 4 * MB, maxTotalUncompressed: 8 * MB })).message).toMatch(/超过 8\.0 MB 的上限/);
    expect((await refusal(bytes, { maxEntries: 5 })).message).toMatch(/包含 \d+ 个部件，超过 5 个的上限/);
  });

  it("elements nested past the depth cap after </sheetData> are refused at the cap", async () => {
    const depthBomb = Buffer.from(`<worksheet ${NS}><sheetData/>${"<a>".repeat(1_000_000)}`);
    const bytes = await workbookWith({ name: "xl/worksheets/sheet1.xml", data: depthBomb });
    // 1,000,000 "<a>" compress past the ratio cap too: lift it to reach the depth cap.
    const { message, ms } = await refusal(bytes, { maxCompressionRatio: 10_000 });
    expect(message).toMatch(/工作表「评议评分」的内容嵌套超过 64 层/);
    expect(ms).toBeLessThan(1000);
  });

  it("a cell beyond Excel's last column or row is refused, not spread over a giant grid", async () => {
    for (const ref of ['<row r="1"><c r="XFE1"><v>1</v></c></row>', '<row r="1048577"><c><v>1</v></c></row>']) {
      const sheet = { name: "xl/worksheets/sheet1.xml", data: Buffer.from(`<worksheet ${NS}><sheetData>${ref}</sheetData></worksheet>`) };
      expect((await refusal(await workbookWith(sheet))).message).toMatch(/超出 Excel 的行列范围/);
    }
  });

  it("bytes that are not a zip, and a zip without a workbook, are not workbooks", async () => {
    expect((await refusal(new TextEncoder().encode("单位编码,分数\nU001,90\n"))).message).toMatch(/不是有效的 \.xlsx 工作簿/);
    expect((await refusal(rawZip([{ name: "readme.txt", data: Buffer.from("hi") }]))).message).toMatch(/不是有效的 \.xlsx 工作簿/);
  });
});
