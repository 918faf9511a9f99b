import fc from "fast-check";
import { createOperation } from "../../src/app/create-operation";
import { demoCampaign } from "../../src/demo";
import { defaultSettings, type Settings } from "../../src/domain/settings";
import type { CampaignData, Unit } from "../../src/domain/types";
import { buildWorkbookPlan } from "../../src/sheets/build-plan";
import { CONTRACT_SHEETS } from "../../src/sheets/contract";
import { readCampaign } from "../../src/sheets/read/read-campaign";
import { newXlsxPort, openXlsxPort } from "../../src/xlsx/xlsx-port";

/** Writes `data` as a standard workbook to .xlsx bytes and reads it back. */
async function roundTrip(settings: Settings, data: CampaignData) {
  const handle = await newXlsxPort();
  await handle.port.run((s) => s.applyPlan(buildWorkbookPlan(settings, { createdAt: new Date(0), data })));
  const reopened = await openXlsxPort(await handle.save());
  const grids = await reopened.port.run((s) => s.readSheets(CONTRACT_SHEETS.map((c) => c.name)));
  return readCampaign(grids);
}

function withoutOrigin<T extends object>(records: T[]): T[] {
  return records.map((r) => {
    const copy = { ...r } as T & { origin?: unknown };
    delete copy.origin;
    return copy;
  });
}

function expectSameCampaign(actual: CampaignData, expected: CampaignData): void {
  for (const key of Object.keys(expected) as (keyof CampaignData)[]) {
    expect({ [key]: withoutOrigin(actual[key] as object[]) }).toEqual({ [key]: expected[key] });
  }
}

describe("model → xlsx → model", () => {
  it("gives back the demo campaign and its settings exactly", async () => {
    const settings = defaultSettings(2010);
    const data = demoCampaign(settings);
    const read = await roundTrip(settings, data);
    expect(read.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(read.settings).toEqual(settings);
    expectSameCampaign(read.data, data);
  });

  it("is the identity for random rosters and settings", async () => {
    const code = fc.stringMatching(/^[A-Z][0-9]{2,4}$/);
    const text = fc
      .string({ minLength: 1, maxLength: 12 })
      .map((s) => s.trim())
      .filter((s) => s !== "" && !/^[=+\-@]/.test(s));
    const unit = fc.record({
      code,
      name: text,
      category: fc.constantFrom("镇(区)", "市级机关部门", "市直单位", "重点科室"),
      parentCode: fc.option(code, { nil: "" }),
      leader: fc.option(text, { nil: "" }),
    });
    const settingsArb = fc.record({
      year: fc.integer({ min: 2000, max: 2100 }),
      rankingMethod: fc.constantFrom("competition" as const, "dense" as const),
      trimThreshold: fc.constantFrom(0, 3, 5, 7),
      precision: fc.integer({ min: 0, max: 4 }),
      keySectionBottomN: fc.integer({ min: 1, max: 10 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(unit, { selector: (u) => u.code, maxLength: 15 }), settingsArb, async (units, partial) => {
        const settings = { ...defaultSettings(partial.year), ...partial, templateRows: 20 };
        const cleanUnits: Unit[] = units.map((u) => ({ ...u, parentCode: u.parentCode ?? "", leader: u.leader ?? "" }));
        const data: CampaignData = {
          ...demoCampaign(settings),
          units: cleanUnits,
          scores: [],
          progress: [],
          plans: [],
          inspections: [],
          supervision: [],
          violations: [],
          adjustments: [],
        };
        const read = await roundTrip(settings, data);
        expect(read.settings).toEqual(settings);
        expectSameCampaign(read.data, data);
      }),
      { numRuns: 15 }
    );
  });
});

describe("创建标准工作簿 as a file", () => {
  it("adds only the missing sheets when some exist, leaving the others untouched", async () => {
    const handle = await newXlsxPort();
    await handle.port.run((s) => createOperation(s, { year: 2012, demo: true }, new Date(0), () => undefined));
    handle.workbook.removeWorksheet(handle.workbook.getWorksheet("违规记录")!.id);
    const units = handle.workbook.getWorksheet("单位名册")!;
    units.getCell("B2").value = "改过的名称";
    const outcome = await handle.port.run((s) => createOperation(s, { year: 2012, demo: true }, new Date(0), () => undefined));
    expect(outcome.summary?.created).toEqual(["违规记录"]);
    expect(units.getCell("B2").value).toBe("改过的名称");
    expect(handle.workbook.getWorksheet("违规记录")!.actualRowCount).toBe(1);
  });

  it("补齐 follows the workbook's own 参数设置, not the year the pane offers (regression)", async () => {
    const handle = await newXlsxPort();
    await handle.port.run((s) => createOperation(s, { year: 2012, demo: false }, new Date(0), () => undefined));
    handle.workbook.removeWorksheet(handle.workbook.getWorksheet("违规记录")!.id);
    const outcome = await handle.port.run((s) => createOperation(s, { year: 2010, demo: false }, new Date(0), () => undefined));
    expect(outcome.summary?.created).toEqual(["违规记录"]);
    const ws = handle.workbook.getWorksheet("违规记录")! as unknown as {
      dataValidations: { model: Record<string, { type: string; formulae: Date[] }> };
    };
    const dateRule = Object.entries(ws.dataValidations.model).find(([, v]) => v.type === "date")![1];
    expect(dateRule.formulae.map((d) => d.toISOString().slice(0, 10))).toEqual(["2012-01-01", "2012-12-31"]);
  });
});
