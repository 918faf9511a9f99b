/**
 * distribute writes each template at the zip level (src/xlsx/plan-workbook.ts). Read back with
 * exceljs, a template holds the same workbook as its plan applied through exceljs (the way
 * distribute wrote it before): sheets in order with their visibility, every cell's value, format,
 * lock, bold and wrapping, column styles, dropdowns and limits, protection, frozen header, and
 * the same custom properties. One unit of each kind: a department with tasks, a town, a key section,
 * and a unit with a single task.
 */
import { createHash } from "node:crypto";
import { createOperation } from "../../src/app/create-operation";
import { distributeOperation } from "../../src/app/distribute-operation";
import { templateBytes } from "../../src/cli/distribute-command";
import { nodeZipCodec } from "../../src/cli/zip-codec";
import type { WorkbookPlan } from "../../src/sheets/plan";
import { templateMetaEntries, type TemplateMeta } from "../../src/sheets/template-meta";
import { withCustomProperties } from "../../src/xlsx/custom-properties";
import { readCustomProperties } from "../support/custom-properties";
import { newXlsxPort, openXlsxPort } from "../../src/xlsx/xlsx-port";
import { sheetContent } from "../e2e/sheet-content";

const sha256 = async (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** A template the way distribute made it through exceljs. */
async function throughExceljs(plan: WorkbookPlan, meta: TemplateMeta): Promise<Uint8Array> {
  const handle = await newXlsxPort();
  await handle.port.run((s) => s.applyPlan(plan));
  return withCustomProperties(await handle.save(), templateMetaEntries(meta), nodeZipCodec);
}

it("holds the same workbook as the exceljs path, for a department, a town, a key section and a one-task unit", async () => {
  const master = await newXlsxPort();
  await master.port.run((s) => createOperation(s, { year: 2010, demo: true, campaignId: "e".repeat(32) }, new Date(0), () => undefined));
  const made: { code: string; plan: WorkbookPlan; meta: TemplateMeta }[] = [];
  await master.port.run((s) =>
    distributeOperation(s, {
      units: ["B02", "Z01", "K001", "S02"],
      now: new Date(Date.UTC(2010, 1, 20, 1, 0)),
      sha256,
      record: false,
      buildTemplate: async (plan, entry) => {
        made.push({ code: entry.unitCode, plan, meta: entry.meta });
      },
    })
  );
  expect(made.map((m) => m.code).sort()).toEqual(["B02", "K001", "S02", "Z01"]);
  // S02 has a single pre-listed task: its two reports come first, then the task's one empty row.
  const s02 = made.find((m) => m.code === "S02")!.plan.sheets.find((s) => s.name === "工作进度")!.rows;
  expect(s02).toHaveLength(4);
  expect(s02[3].slice(3)).toEqual([null, null, null, null]);
  for (const { code, plan, meta } of made) {
    const bytes = await templateBytes(plan, meta);
    const reference = await throughExceljs(plan, meta);
    const zip = (await openXlsxPort(bytes)).workbook;
    const ref = (await openXlsxPort(reference)).workbook;
    expect([code, zip.worksheets.map((w) => [w.name, w.state])]).toEqual([code, ref.worksheets.map((w) => [w.name, w.state])]);
    for (const ws of ref.worksheets) expect([code, ws.name, sheetContent(zip.getWorksheet(ws.name)!)]).toEqual([code, ws.name, sheetContent(ws)]);
    expect(readCustomProperties(bytes, nodeZipCodec)).toEqual(readCustomProperties(reference, nodeZipCodec));
  }
}, 120_000);
