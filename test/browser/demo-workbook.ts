/** The demo workbook as `tisheng init --demo` writes it, made in-process once per run for the browser tests. */
import { createOperation } from "../../src/app/create-operation";
import { newXlsxPort } from "../../src/xlsx/xlsx-port";
import { oncePerRun } from "../support/run-cache";

/** The .xlsx bytes of the standard workbook of `year` filled with the demo campaign (made once per run). */
export function demoWorkbookBytes(year: number): Promise<Uint8Array> {
  return oncePerRun(`demo-workbook-${year}`, () => makeDemoWorkbook(year));
}

async function makeDemoWorkbook(year: number): Promise<Uint8Array> {
  const handle = await newXlsxPort();
  const outcome = await handle.port.run((session) =>
    // With a 活动编号, as init and the pane's 创建 give every new workbook (分发 needs one).
    createOperation(session, { year, demo: true, campaignId: "0123456789abcdef0123456789abcdef" }, new Date(Date.UTC(year, 0, 15)), () => undefined)
  );
  if (!outcome.ok) throw new Error(`the demo workbook could not be created: ${outcome.message}`);
  return handle.save();
}
