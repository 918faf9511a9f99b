/**
 * Request sizes measured by Microsoft's own serializer (test/support/office-js): the largest writes
 * the adapter makes — 校验结果 with thousands of findings and their links, a result sheet of
 * 200,000 rows, a collect batch rewriting record sheets — are each sent in requests under Excel on
 * the web's 5 MB, as Excel on the web would receive them, not as our own estimate counts them.
 */
import type { Finding } from "../../src/domain/findings";
import { applyPlan } from "../../src/excel/apply-plan";
import { REQUEST_BUDGET_BYTES, REQUEST_LIMIT_BYTES } from "../../src/excel/chunks";
import { SheetDirectory } from "../../src/excel/sheet-directory";
import { writeBlocks } from "../../src/excel/write-blocks";
import type { SheetBlock } from "../../src/sheets/grid";
import type { SheetPlan } from "../../src/sheets/plan";
import { validationBlock } from "../../src/sheets/results/validation-block";
import { microsoftExcel } from "../support/office-js/serializer";

const OPTIONS = { budget: REQUEST_BUDGET_BYTES, limit: REQUEST_LIMIT_BYTES };

/** A directory that knows the workbook holds only Sheet1 (a write after a read in the same session). */
function knownDirectory(): SheetDirectory {
  const directory = new SheetDirectory();
  directory.set(["Sheet1"]);
  return directory;
}

/** `count` findings as 校验 reports wrong scores: every one with a link to its cell. */
function scoreFindings(count: number): Finding[] {
  return Array.from({ length: count }, (_, i) => ({
    severity: "error",
    sheet: "评议评分",
    cell: `D${i + 2}`,
    rule: "score.range",
    message: `“得分”为“1${i % 10}0”，超出 0–100 的范围；请填写 0 到 100 之间的数字，或 满意、基本满意、不满意 之一（评议人编号 P${String(i).padStart(6, "0")}）。`,
  }));
}

async function measure(write: (context: Excel.RequestContext) => Promise<void>): Promise<number[]> {
  const excel = microsoftExcel();
  const previous = (globalThis as { Excel?: unknown }).Excel;
  (globalThis as { Excel?: unknown }).Excel = excel.Excel;
  try {
    await write(excel.context());
  } finally {
    (globalThis as { Excel?: unknown }).Excel = previous;
  }
  return [...excel.requests];
}

describe("request sizes by Microsoft's serializer", () => {
  it("校验结果 with 20,000 findings and their links: every request under 5 MB (links once made it 5.3 MB)", async () => {
    const block = validationBlock(scoreFindings(20_000), { runAt: "2010-11-01 12:00", year: 2010 });
    expect(block.links?.length).toBe(20_000);
    const sizes = await measure((context) => writeBlocks(context, [block], knownDirectory(), OPTIONS));
    expect(sizes.length).toBeGreaterThan(1);
    expect(Math.max(...sizes)).toBeLessThan(REQUEST_LIMIT_BYTES);
  });

  it("校验结果 with 8,000 findings: the estimate holds the request to the 4 MB budget by Microsoft's count too", async () => {
    const block = validationBlock(scoreFindings(8_000), { runAt: "2010-11-01 12:00", year: 2010 });
    const sizes = await measure((context) => writeBlocks(context, [block], knownDirectory(), OPTIONS));
    // The budget leaves the estimate room under the limit; a request past the budget means links are undercounted.
    expect(Math.max(...sizes)).toBeLessThan(REQUEST_BUDGET_BYTES * 1.05);
  });

  it("a result sheet of 200,000 rows of text: every request under 5 MB, in a few requests", async () => {
    const rows = [
      ["单位编码", "单位名称", "说明"],
      ...Array.from({ length: 200_000 }, (_, i) => [`U${i}`, `第${i}个单位`, "这是一段很长的说明文字".repeat(3)]),
    ];
    const block: SheetBlock = { name: "排名结果", rows };
    const sizes = await measure((context) => writeBlocks(context, [block], knownDirectory(), OPTIONS));
    expect(Math.max(...sizes)).toBeLessThan(REQUEST_LIMIT_BYTES);
    expect(sizes.length).toBeLessThan(20);
  });

  it("a collect batch rewriting 工作进度 and 自查自纠 with 30,000 rows each: every request under 5 MB", async () => {
    const plan = (name: string): SheetPlan => ({
      name,
      visibility: "visible",
      rows: [
        ["单位编码", "进展情况"],
        ...Array.from({ length: 30_000 }, (_, i) => [`U${i % 150}`, `第${i}条：按计划推进，已完成阶段任务，下一步继续落实整改措施。`.repeat(2)]),
      ],
      widths: [12, 60],
      frozenRows: 1,
      headerRows: [1],
      numberFormats: [],
      validations: [],
      protect: true,
      unlocked: ["A2:B30001"],
    });
    const sizes = await measure((context) =>
      applyPlan(context, { sheets: [plan("工作进度"), plan("自查自纠")] }, knownDirectory(), {
        budget: REQUEST_BUDGET_BYTES,
        suspendCalculation: true,
        markRules: false,
      })
    );
    expect(Math.max(...sizes)).toBeLessThan(REQUEST_LIMIT_BYTES);
  });
});
