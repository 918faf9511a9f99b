/** Batch selection, the plan tally and the whole report as of a date. */
import { defaultBatch, planTally, supervisionReport } from "../../../src/domain/supervision";
import type { PlanSubmission } from "../../../src/domain/types";
import { locate, problem, record, report, SETTINGS, task, UNITS } from "./planted";

const supervision = [
  record("第一季度常规督查", "T01", "2010-03-20", "动员会议精神传达不到位", true),
  record("第二季度常规督查", "D01", "2010-06-10", "重点工作台账不完整", false),
  record("上半年集中督查", "D02", "2010-06-25", "窗口工作人员脱岗", true),
  record("上半年集中督查", "T01", "2010-06-25", "公开承诺未公示", true),
  record("第二季度常规督查", "C01", "2010-06-25", "三牌一栏不规范", true),
  record("第三季度常规督查", "D01", "2010-09-10", "整改措施笼统", true),
];

describe("督查批次 of the notice", () => {
  it.each([
    ["the batch inspected last on or before the date", "2010-09-30", "第三季度常规督查"],
    ["never a batch inspected after the date", "2010-09-01", "上半年集中督查"],
    ["on one day, the concentrated inspection over its quarter's routine one", "2010-06-25", "上半年集中督查"],
    ["only earlier records", "2010-04-01", "第一季度常规督查"],
  ])("defaults to %s", (_, asOf, batch) => {
    expect(defaultBatch(supervision, SETTINGS, asOf)).toBe(batch);
  });

  it("with no record yet, is the quarter that holds the date", () => {
    expect(defaultBatch([], SETTINGS, "2010-05-05")).toBe("第二季度常规督查");
    expect(defaultBatch(supervision, SETTINGS, "2010-02-01")).toBe("第一季度常规督查");
    expect(defaultBatch([], SETTINGS, "2011-01-10")).toBe("第四季度常规督查");
  });
});

describe("方案报送 as of a date", () => {
  const plan = (unitCode: string, date: string): PlanSubmission => ({ unitCode, date, title: "实施方案" });
  const plans = [
    plan("D01", "2010-03-05"),
    plan("D02", "2010-03-08"),
    plan("D02", "2010-03-01"),
    plan("T01", "2010-03-06"),
    plan("K01", "2010-03-01"),
  ];

  it("counts units that owe a plan (not key sections): on time by the deadline, late after it, the rest missing", () => {
    expect(planTally(plans, UNITS, SETTINGS.planDue, "2010-06-30")).toEqual({ deadline: "2010-03-05", due: 4, onTime: 2, late: 1, missing: 1 });
  });

  it("does not count a plan sent after the date", () => {
    expect(planTally(plans, UNITS, SETTINGS.planDue, "2010-03-05")).toEqual({ deadline: "2010-03-05", due: 4, onTime: 2, late: 0, missing: 2 });
  });
});

describe("the supervision report", () => {
  const data = {
    units: UNITS,
    tasks: [task(1, "D01", "2010-12-31"), task(2, "D02", "2010-06-30"), task(3, "T01", "2010-12-31"), task(4, "C01", "2010-12-31")],
    progress: [
      report(1, "D01", "2010-09-01", 100),
      report(2, "D02", "2010-06-01", 95),
      report(3, "T01", "2010-09-20", 20),
      report(4, "C01", "2010-09-25", 70),
    ],
    plans: [],
    inspections: [problem("T01", "P01", "2010-09-15", "整改中")],
    supervision,
  };

  it("brings the statuses, the ledger, the plans and the batch's records dated by then together", () => {
    const r = supervisionReport({ data, settings: SETTINGS, locate, asOf: "2010-09-30", batch: "第二季度常规督查" });
    expect(r.statusCounts).toEqual({ 已完成: 1, 逾期: 1, 未报送: 0, 滞后: 1, 正常: 1 });
    expect(r.supervision.map((s) => s.unitCode)).toEqual(["D01", "C01"]);
    expect(r.plans.missing).toBe(4);
    expect(r.inspections.total.overdue).toBe(1);
    // Q2's notice dated at the end of September: the title's quarter and the figures' date differ (a warning).
    expect(r.findings.map((f) => f.rule)).toEqual(["supervision.rectificationOverdue", "supervision.noticeBatchMismatch"]);
    expect(r.ok).toBe(true);
  });

  it.each([
    ["a date within the batch", "2010-09-30", "第三季度常规督查", []],
    ["a date weeks after the batch closed", "2010-10-20", "第三季度常规督查", []],
    ["a date before the batch opens", "2010-06-30", "第三季度常规督查", ["supervision.noticeBatchMismatch"]],
    ["a date months after the batch closed", "2010-12-31", "第一季度常规督查", ["supervision.noticeBatchMismatch"]],
    ["a date before 活动开始日期", "2009-12-20", "第一季度常规督查", ["supervision.noticeBeforeCampaign", "supervision.noticeBatchMismatch"]],
  ])("warns about the notice's date: %s", (_name, asOf, batch, rules) => {
    const r = supervisionReport({ data: { ...data, inspections: [] }, settings: SETTINGS, locate, asOf, batch });
    expect(r.findings.map((f) => f.rule)).toEqual(rules);
    expect(r.ok).toBe(true);
  });

  it("is not ok when a task's lead is not in 单位名册", () => {
    const r = supervisionReport({
      data: { ...data, tasks: [...data.tasks, task(5, "市纪委", "2010-12-31")] },
      settings: SETTINGS,
      locate,
      asOf: "2010-09-30",
    });
    expect(r.ok).toBe(false);
    expect(r.tasks).toHaveLength(4);
    expect(r.batch).toBe("第三季度常规督查");
  });
});
