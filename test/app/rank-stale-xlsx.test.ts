/**
 * No stale result survives a blocked 一键排名 in file mode either: the same operation over
 * the exceljs adapter marks 排名结果 and 问责名单 已失效, and the saved workbook carries it.
 */
import { makeWorkbench } from "../../src/app/operations";
import { buildWorkbookPlan } from "../../src/sheets/build-plan";
import { demoCampaign } from "../../src/demo";
import { defaultSettings } from "../../src/domain/settings";
import { openXlsxPort, type XlsxHandle } from "../../src/xlsx/xlsx-port";
import { RUN_AT } from "./fixture";

const quiet = () => undefined;

/** A demo workbook in memory, as file mode holds it after the user chose it and created the standard sheets. */
async function openDemo(): Promise<XlsxHandle> {
  const { Workbook } = await import("exceljs");
  const wb = new Workbook();
  wb.addWorksheet("Sheet1");
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const handle = await openXlsxPort(bytes);
  const settings = defaultSettings(2010);
  await handle.port.run((s) => s.applyPlan(buildWorkbookPlan(settings, { createdAt: RUN_AT, data: demoCampaign(settings) })));
  return handle;
}

describe("一键排名 in file mode (exceljs)", () => {
  it("marks 排名结果 and 问责名单 已失效 after a blocked run, and the downloaded file carries it (regression)", async () => {
    const handle = await openDemo();
    const bench = makeWorkbench(
      handle.port,
      "file",
      async () => undefined,
      () => RUN_AT
    );
    expect((await bench.rank(quiet)).ok).toBe(true);
    const ws = handle.workbook.getWorksheet("评议评分")!;
    const header = (ws.getRow(1).values as unknown[]).indexOf("得分");
    ws.getRow(7).getCell(header).value = "九十分";

    const outcome = await bench.rank(quiet);

    expect(outcome.ok).toBe(false);
    // The marks are in the copy the pane holds: the message sends the user to 下载结果工作簿.
    expect(outcome.message).toContain("原排名结果和问责名单已标为已失效");
    expect(outcome.message).toContain("原文件未改动");
    expect(outcome.message).toContain("“下载结果工作簿”");
    const saved = await openXlsxPort(await handle.save());
    for (const name of ["排名结果", "问责名单"]) {
      const sheet = saved.workbook.getWorksheet(name)!;
      expect(String(sheet.getCell("A1").value)).toMatch(/^已失效（2010-11-01 12:00）：最近一次一键排名（2010-11-01 12:00）因数据错误未能完成/);
      const texts: string[] = [];
      sheet.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
      expect(texts.filter((t) => /^[ZBSK]\d{2,3}$/.test(t))).toEqual([]);
    }
    const findings = saved.workbook.getWorksheet("校验结果")!;
    expect(String(findings.getCell("B2").value)).toBe("2010-11-01 12:00");
  });
});
