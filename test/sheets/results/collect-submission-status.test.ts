/** 报送情况: 已报送 (date, file) / 退回 (reason) / 逾期 / 未报送 per unit and sheet, and the 未报送 list with 主要负责人. */
import { zeroCounts, type CollectLogEntry } from "../../../src/domain/collect";
import { defaultSettings } from "../../../src/domain/settings";
import type { Unit } from "../../../src/domain/types";
import { deadlinesOf, submissionMatrix, submissionStatusBlock } from "../../../src/sheets/results/submission-status";

const unit = (code: string, leader: string): Unit => ({ code, name: `单位${code}`, category: "镇(区)", parentCode: "", leader });
const units = [unit("A", "甲"), unit("B", "乙"), unit("C", "丙")];
const entry = (e: Partial<CollectLogEntry>): CollectLogEntry => ({
  batch: "2010-03-01T08:00:00.000Z",
  file: "f.xlsx",
  sha256: "x",
  unitCode: "A",
  counts: zeroCounts(),
  status: "merged",
  reason: "",
  templateCreatedAt: null,
  ...e,
});
const settings = defaultSettings(2010);

describe("报送情况", () => {
  const log = [
    entry({ unitCode: "A", kind: "plans", file: "A.xlsx" }),
    entry({ unitCode: "B", kind: "plans", file: "B.xlsx", undone: true }),
    entry({ unitCode: "C", status: "refused", reason: "表头被改动", batch: "2010-03-02T08:00:00.000Z" }),
  ];

  it("marks each unit and sheet against the deadlines of 参数设置", () => {
    const before = submissionMatrix(units, log, settings, "2010-03-04");
    expect(before.get("A")!.plans).toEqual({ state: "已报送", text: "已报送（2010-03-01，A.xlsx）" });
    expect(before.get("B")!.plans.state).toBe("未报送"); // its batch was undone
    expect(before.get("C")!.plans.text).toBe("退回：表头被改动");
    const after = submissionMatrix(units, log, settings, "2010-03-06");
    expect(after.get("B")!.plans.text).toBe(`逾期（截止 ${settings.planDue}）`);
    expect(after.get("A")!.inspections.state).toBe("未报送");
    expect(deadlinesOf(settings).inspections).toBe(settings.selfInspectionEnd);
  });

  it("lists the units that sent nothing with their 主要负责人", () => {
    const block = submissionStatusBlock(units, log, settings, "2010-03-06");
    const at = block.rows.findIndex((r) => String(r[0] ?? "").startsWith("未报送单位"));
    expect(block.rows[at][0]).toContain("共 2 个");
    expect(block.rows.slice(at + 2)).toEqual([
      ["B", "单位B", "乙"],
      ["C", "单位C", "丙"],
    ]);
  });

  it("prints landscape, one page wide, with the matrix header repeated on every page", () => {
    const block = submissionStatusBlock(units, log, settings, "2010-03-06");
    expect(block.print).toMatchObject({ orientation: "landscape", fitToWidth: true, titleRows: { first: 3, last: 3 } });
    expect(block.rows[2][0]).toBe("单位编码");
  });
});
