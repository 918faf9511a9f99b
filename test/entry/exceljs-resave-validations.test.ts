/**
 * A workbook opened and saved again through exceljs (file mode's 按新年度更新日期限制 and 补齐, which
 * save the whole workbook) keeps one validation per range (issue 8, item 5). exceljs reads a range
 * as single cells and, merging them back after sorting addresses as text ("D10" before "D2"),
 * wrote two overlapping ranges, "D10:D2001" and "D2:D2001": Excel leaves overlapping validations
 * undefined, and 得分's formula, written for D2, then checked D10 against D2.
 */
import { makeWorkbench } from "../../src/app/operations";
import { CONTRACT_SHEETS, SCORES_SHEET, SETTINGS_SHEET } from "../../src/sheets/contract";
import { parseA1 } from "../../src/sheets/grid";
import { newXlsxPort, openXlsxPort } from "../../src/xlsx/xlsx-port";
import { sheetXml, validationsOf } from "./sheet-xml";

const quiet = () => undefined;
const NOW = () => new Date(Date.UTC(2011, 0, 5, 9, 30));

/** The rectangles of a sqref ("A2:A10 C3"). */
function rects(sqref: string) {
  return sqref.split(/\s+/).map((part) => {
    const [a, b = a] = part.split(":").map(parseA1);
    return { top: a.row, bottom: b.row, left: a.col, right: b.col, part };
  });
}

/** Every pair of validations on a sheet whose ranges share a cell. */
function overlaps(xml: string): string[] {
  const all = validationsOf(xml).flatMap((v) => rects(v.attrs.sqref));
  const out: string[] = [];
  all.forEach((a, i) =>
    all.slice(i + 1).forEach((b) => {
      if (a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right) out.push(`${a.part} / ${b.part}`);
    })
  );
  return out;
}

async function resavedAfterYearChange(): Promise<Uint8Array> {
  const made = await newXlsxPort();
  await makeWorkbench(made.port, "file", async () => undefined, NOW).createWorkbook({ year: 2010, demo: false }, quiet);
  // As file mode does: the user's file is opened (validations keyed by cell), changed, saved whole.
  const handle = await openXlsxPort(await made.save());
  handle.workbook.getWorksheet(SETTINGS_SHEET.name)!.getCell("B2").value = 2011;
  expect((await makeWorkbench(handle.port, "file", async () => undefined, NOW).updateDateLimits(quiet)).ok).toBe(true);
  return handle.save();
}

describe("a workbook saved again through exceljs", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await resavedAfterYearChange();
  }, 60_000);

  it.each(CONTRACT_SHEETS.map((s) => [s.name]))("has no overlapping validations on %s", async (name) => {
    expect(overlaps(await sheetXml(bytes, name))).toEqual([]);
  });

  it("keeps 得分's rule as one range whose formula is written for its top-left cell", async () => {
    const custom = validationsOf(await sheetXml(bytes, SCORES_SHEET.name)).filter((v) => v.attrs.type === "custom");
    expect(custom.map((v) => [v.attrs.sqref, v.formula1])).toEqual([
      ["D2:D2001", 'OR(AND(ISNUMBER(D2),D2>=0,D2<=100),D2="满意",D2="基本满意",D2="不满意")'],
    ]);
  });

  it("reads back with every input cell under its rule", async () => {
    const reopened = await openXlsxPort(bytes);
    const model = (reopened.workbook.getWorksheet(SCORES_SHEET.name) as unknown as { dataValidations: { model: Record<string, { type: string }> } })
      .dataValidations.model;
    for (const cell of ["D2", "D9", "D10", "D1000", "D2001"]) expect({ cell, type: model[cell]?.type }).toEqual({ cell, type: "custom" });
    expect(model.D2002).toBeUndefined();
  });
});
