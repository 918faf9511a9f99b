import { newXlsxPort, openXlsxPort } from "../../src/xlsx/xlsx-port";

describe("reading a worksheet with exceljs", () => {
  it("gives formula results, rich text, link text, error cells and merged areas as the neutral grid", async () => {
    const handle = await newXlsxPort();
    const ws = handle.workbook.addWorksheet("表");
    ws.getCell("A1").value = { formula: "1+1", result: 2 };
    ws.getCell("B1").value = { richText: [{ text: "进度" }, { text: "(%)" }] };
    ws.getCell("C1").value = { text: "链接", hyperlink: "#'表'!A1" };
    ws.getCell("D1").value = { error: "#N/A" };
    ws.getCell("A3").value = "合并";
    ws.mergeCells("A3:B4");
    const reopened = await openXlsxPort(await handle.save());
    const grid = (await reopened.port.run((s) => s.readSheets(["表"]))).get("表")!;
    expect(grid.rows[0]).toEqual([2, "进度(%)", "链接", { error: "#N/A" }]);
    expect(grid.rows[2][0]).toBe("合并");
    expect(grid.merges).toEqual([{ top: 3, left: 1, bottom: 4, right: 2 }]);
  });
});
