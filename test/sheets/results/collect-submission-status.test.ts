/**
 * 报送情况: 已报送 (date, file; or 本办录入) / 退回 (reason) / 逾期 / 未报送 per unit and sheet of its
 * template ("—" for the others), and the 未报送 list with 主要负责人.
 */
import { zeroCounts, type CollectLogEntry } from "../../../src/domain/collect";
import { defaultSettings } from "../../../src/domain/settings";
import type { KeyTask, PlanSubmission, Unit } from "../../../src/domain/types";
import { deadlinesOf, submissionMatrix, submissionStatusBlock } from "../../../src/sheets/results/submission-status";

const unit = (code: string, leader: string): Unit => ({ code, name: `单位${code}`, category: "镇(区)", parentCode: "", leader });
const units = [unit("A", "甲"), unit("B", "乙"), unit("C", "丙")];
const task: KeyTask = {
  seq: 1,
  project: "干部素质优化工程",
  content: "任务",
  lead: "A",
  cooperating: [],
  deadline: "2010-12-31",
  source: "三(一)",
};
const planOf = (unitCode: string): PlanSubmission => ({ unitCode, date: "2010-03-01", title: "实施方案" });
/** The master: A's plan came by file, C's by the office (本办录入); only A has a task (so only A's template has 工作进度). */
const data = { units, tasks: [task], plans: [planOf("A"), planOf("C")], progress: [], inspections: [] };
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
    const before = submissionMatrix(data, log, settings, "2010-03-04");
    expect(before.get("A")!.plans).toEqual({ state: "已报送", text: "已报送（2010-03-01，A.xlsx）" });
    expect(before.get("B")!.plans.state).toBe("未报送"); // its batch was undone
    const noRows = { ...data, plans: [planOf("A")] };
    expect(submissionMatrix(noRows, log, settings, "2010-03-04").get("C")!.plans.text).toBe("退回：表头被改动");
    const after = submissionMatrix(data, log, settings, "2010-03-06");
    expect(after.get("B")!.plans.text).toBe(`逾期（截止 ${settings.planDue}）`);
    expect(after.get("A")!.inspections.state).toBe("未报送");
    expect(deadlinesOf(settings).inspections).toBe(settings.selfInspectionEnd);
  });

  it("counts rows the office keyed as 已报送 (本办录入), and says a later refusal beside them", () => {
    const m = submissionMatrix(data, log, settings, "2010-03-06");
    expect(m.get("C")!.plans).toEqual({ state: "已报送", text: "已报送（本办录入）；2010-03-02 收到的 f.xlsx 被退回" });
  });

  it("has a cell only for the sheets of the unit's template: the others read —, never 逾期", () => {
    const m = submissionMatrix(data, log, settings, "2010-12-31");
    expect(m.get("A")!.progress.state).toBe("逾期");
    expect(m.get("B")!.progress).toEqual({ state: "—", text: "—" });
    const keySection = { ...unit("K", "丁"), category: "重点科室" };
    const withKey = submissionMatrix({ ...data, units: [...units, keySection] }, log, settings, "2010-12-31");
    expect(withKey.get("K")!.plans.state).toBe("—");
    expect(withKey.get("K")!.inspections.state).toBe("逾期");
  });

  it("lists the units that sent nothing with their 主要负责人", () => {
    const block = submissionStatusBlock(data, log, settings, "2010-03-06");
    const at = block.rows.findIndex((r) => String(r[0] ?? "").startsWith("未报送单位"));
    expect(block.rows[at][0]).toContain("共 1 个");
    expect(block.rows.slice(at + 2)).toEqual([["B", "单位B", "乙"]]);
  });

  it("prints landscape, one page wide, with the matrix header repeated on every page", () => {
    const block = submissionStatusBlock(data, log, settings, "2010-03-06");
    expect(block.print).toMatchObject({ orientation: "landscape", fitToWidth: true, titleRows: { first: 3, last: 3 } });
    expect(block.rows[2][0]).toBe("单位编码");
  });
});
