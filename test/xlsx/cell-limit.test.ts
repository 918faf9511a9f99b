/** Issue 18: every file writer keeps a cell within Excel's 32,767 characters, clipping with “…”. */
import { clipText, EXCEL_CELL_CHARS } from "../../src/domain/text";
import { inlineStringCell, unescapeXml } from "../../src/xlsx/result-xml";
import { newXlsxPort, openXlsxPort } from "../../src/xlsx/xlsx-port";

describe("clipText", () => {
  it("keeps a text within the limit as it is and cuts a longer one with …", () => {
    expect(clipText("abc", 3)).toBe("abc");
    expect(clipText("abcd", 3)).toBe("ab…");
  });

  it("never leaves half of a surrogate pair", () => {
    expect(clipText("a😀😀", 3)).toBe("a…");
    expect(clipText("ab😀😀", 4)).toBe("ab…");
  });
});

describe("the writers", () => {
  const long = "长".repeat(40_000);

  it("the zip-level writers (templates, merged and result workbooks) write at most 32,767 characters", () => {
    const xml = inlineStringCell("A1", long, "");
    const text = unescapeXml(/<t[^>]*>([^<]*)<\/t>/.exec(xml)![1]);
    expect(text.length).toBe(EXCEL_CELL_CHARS);
    expect(text.endsWith("…")).toBe(true);
  });

  it("the exceljs writer (the standard workbook, 退回说明) writes at most 32,767 characters", async () => {
    const handle = await newXlsxPort();
    await handle.port.run((s) => s.writeBlocks([{ name: "校验结果", rows: [[long]] }]));
    const back = await openXlsxPort(await handle.save());
    const value = String(back.workbook.getWorksheet("校验结果")!.getCell("A1").value);
    expect(value.length).toBe(EXCEL_CELL_CHARS);
    expect(value.endsWith("…")).toBe(true);
  });
});
