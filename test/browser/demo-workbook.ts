/** The demo workbook as `tisheng init --demo` writes it, made in-process for the file-mode test. */
import { createOperation } from "../../src/app/create-operation";
import { newXlsxPort } from "../../src/xlsx/xlsx-port";

/** The .xlsx bytes of the standard workbook of `year` filled with the demo campaign. */
export async function demoWorkbookBytes(year: number): Promise<Uint8Array> {
  const handle = await newXlsxPort();
  const outcome = await handle.port.run((session) =>
    // With a 活动编号, as init and the pane's 创建 give every new workbook (分发 needs one).
    createOperation(session, { year, demo: true, campaignId: "0123456789abcdef0123456789abcdef" }, new Date(Date.UTC(year, 0, 15)), () => undefined)
  );
  if (!outcome.ok) throw new Error(`the demo workbook could not be created: ${outcome.message}`);
  return handle.save();
}
