import { createHash } from "node:crypto";
import { createOperation } from "../../src/app/create-operation";
import { distributeOperation } from "../../src/app/distribute-operation";
import { makeWorkbench } from "../../src/app/operations";
import { DISTRIBUTION_HEADERS, DISTRIBUTION_SHEET } from "../../src/app/distribute-record";
import { META_SHEET } from "../../src/sheets/contract";
import { readMeta } from "../../src/sheets/meta-sheet";
import type { WorkbookPlan } from "../../src/sheets/plan";
import { TEMPLATE_META_SHEET } from "../../src/sheets/template-meta";
import { newXlsxPort } from "../../src/xlsx/xlsx-port";

const sha256 = async (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const now = new Date(2026, 1, 3, 9, 30);

async function demoMaster(campaignId?: string) {
  const handle = await newXlsxPort();
  await handle.port.run((s) => createOperation(s, { year: 2026, demo: true, campaignId }, now, () => undefined));
  return handle;
}

describe("distributeOperation", () => {
  it("hands each unit asked for its plan and records them in a hidden 分发记录 in one write", async () => {
    const handle = await demoMaster("c".repeat(32));
    const plans: WorkbookPlan[] = [];
    const codes = handle.workbook.getWorksheet("单位名册")!.getColumn(1).values.slice(2, 5).map(String);
    const outcome = await handle.port.run((s) =>
      distributeOperation(s, { units: codes, now, sha256, record: true, buildTemplate: async (plan) => void plans.push(plan) })
    );
    expect(outcome.ok).toBe(true);
    expect(plans).toHaveLength(3);
    expect(plans[0].sheets.find((p) => p.name === TEMPLATE_META_SHEET)?.rows).toContainEqual(["活动编号", "c".repeat(32)]);
    const record = handle.workbook.getWorksheet(DISTRIBUTION_SHEET)!;
    expect(record.state).toBe("hidden");
    expect(record.getRow(1).values).toEqual([undefined, ...DISTRIBUTION_HEADERS]);
    expect(record.getColumn(1).values.slice(2)).toEqual(codes);
    expect(record.getCell(2, 4).value).toBe("2026-02-03 09:30");

    // A second run appends below the first.
    await handle.port.run((s) =>
      distributeOperation(s, { units: codes.slice(0, 1), now, sha256, record: true, buildTemplate: async () => undefined })
    );
    expect(handle.workbook.getWorksheet(DISTRIBUTION_SHEET)!.getColumn(1).values.slice(2)).toEqual([...codes, codes[0]]);
  });

  it("refuses a master without 活动编号 and writes nothing; 补齐 then adds one", async () => {
    const handle = await demoMaster();
    expect(readMeta((await handle.port.run((s) => s.readSheets([META_SHEET]))).get(META_SHEET)).campaignId).toBeNull();
    const build = jest.fn();
    const outcome = await handle.port.run((s) => distributeOperation(s, { now, sha256, record: true, buildTemplate: build }));
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toContain("活动编号");
    expect(outcome.message).toContain("补记活动编号");
    expect(build).not.toHaveBeenCalled();
    expect(handle.workbook.getWorksheet(DISTRIBUTION_SHEET)).toBeUndefined();

    const repaired = await handle.port.run((s) => createOperation(s, { year: 2026, demo: false, campaignId: "d".repeat(32) }, now, () => undefined));
    expect(repaired.message).toContain("活动编号");
    const meta = readMeta((await handle.port.run((s) => s.readSheets([META_SHEET]))).get(META_SHEET));
    expect(meta).toEqual(expect.objectContaining({ campaignId: "d".repeat(32), dateLimitYear: 2026 }));
  });

  it("tells the pane the 活动编号 is missing until 补记活动编号 (the create operation) adds it", async () => {
    const handle = await demoMaster();
    const workbench = makeWorkbench(
      handle.port,
      "file",
      async () => undefined,
      () => now
    );
    expect(await workbench.state()).toEqual(expect.objectContaining({ missingSheets: [], campaignIdMissing: true }));
    await workbench.createWorkbook({ year: 2026, demo: false }, () => undefined);
    expect(await workbench.state()).toEqual(expect.objectContaining({ missingSheets: [], campaignIdMissing: false }));
  });

  it("refuses unknown unit codes and names them", async () => {
    const handle = await demoMaster("e".repeat(32));
    const outcome = await handle.port.run((s) =>
      distributeOperation(s, { units: ["NOPE"], now, sha256, record: true, buildTemplate: async () => undefined })
    );
    expect(outcome).toEqual(expect.objectContaining({ ok: false, summary: expect.objectContaining({ unknownUnits: ["NOPE"] }) }));
    expect(handle.workbook.getWorksheet(DISTRIBUTION_SHEET)).toBeUndefined();
  });
});
