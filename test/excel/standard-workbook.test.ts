/**
 * The full standard workbook through the Office.js port: built by the plan builder,
 * applied within three syncs, and read back cell for cell.
 */
import { blankCampaign } from "../../src/domain/blank";
import { demoCampaign } from "../../src/demo";
import { defaultSettings } from "../../src/domain/settings";
import { createOfficePort } from "../../src/excel";
import { buildWorkbookPlan } from "../../src/sheets/build-plan";
import type { CellValue } from "../../src/sheets/grid";
import { FakeWorkbook, PAYLOAD_LIMIT_BYTES } from "../support/fake-excel";
import { useFake } from "./helpers";

const settings = defaultSettings(2010);
const createdAt = new Date(Date.UTC(2010, 1, 1, 8));

/** Rows as a read sees them: "" is an empty cell (null), and emptiness at the right and bottom edges is not seen. */
function trimmed(rows: readonly CellValue[][]): CellValue[][] {
  const out = rows.map((row) => {
    const copy = row.map((v) => (v === "" ? null : v));
    while (copy.length > 0 && (copy[copy.length - 1] ?? null) === null) copy.pop();
    return copy;
  });
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}

describe("the standard workbook through Office.js", () => {
  it.each([
    ["blank", blankCampaign(settings)],
    ["demo", demoCampaign(settings)],
  ])("applies the %s standard workbook within three syncs, each request under 5 MB", async (_name, data) => {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1");
    const fake = useFake(book);
    const plan = buildWorkbookPlan(settings, { createdAt, data });
    await createOfficePort().run((s) => s.applyPlan(plan));
    expect(fake.syncCount()).toBeLessThanOrEqual(3);
    fake.requests.forEach((r) => expect(r.bytes).toBeLessThan(PAYLOAD_LIMIT_BYTES));
    expect(book.sheetNames()).toEqual(["Sheet1", ...plan.sheets.map((s) => s.name)]);
  });

  it("reads back every planned cell as it was planned", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1");
    useFake(book);
    const plan = buildWorkbookPlan(settings, { createdAt, data: demoCampaign(settings) });
    const grids = await createOfficePort().run(async (s) => {
      await s.applyPlan(plan);
      return s.readSheets(plan.sheets.map((p) => p.name));
    });
    for (const sheet of plan.sheets) {
      expect({ sheet: sheet.name, rows: trimmed(grids.get(sheet.name)?.rows ?? []) }).toEqual({ sheet: sheet.name, rows: trimmed(sheet.rows) });
    }
  });
});
