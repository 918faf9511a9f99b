/** 工作看板's figures on planted data: stage, plan rates, task statuses, 销号率 by category, findings by batch. */
import { dashboardFigures, batchFigures } from "../../../src/domain/supervision/dashboard";
import { supervisionReport } from "../../../src/domain/supervision";
import { locate, problem, record, report, SETTINGS, task, UNITS } from "./planted";

const data = {
  units: UNITS,
  tasks: [
    task(1, "D01", "2010-12-31"),
    task(2, "D02", "2010-06-30"),
    task(3, "T01", "2010-12-31"),
    task(4, "C01", "2010-12-31"),
    task(5, "D01", "2010-12-31"),
    task(6, "市监察局", "2010-07-31"),
  ],
  progress: [
    report(1, "D01", "2010-07-01", 100),
    report(2, "D02", "2010-06-01", 95),
    report(3, "T01", "2010-08-01", 10, "推进中", "受机构调整影响"),
    report(4, "C01", "2010-08-10", 60),
    // A cooperating unit's report on task 5 is shown, never counted: task 5 stays 未报送.
    report(5, "T01", "2010-08-01", 50),
  ],
  plans: [
    { unitCode: "D01", date: "2010-03-01", title: "方案" },
    { unitCode: "T01", date: "2010-03-09", title: "方案" },
    { unitCode: "K01", date: "2010-03-01", title: "方案" },
  ],
  inspections: [
    problem("T01", "P01", "2010-08-01", "整改中"),
    problem("T01", "P02", "2010-09-30", "已整改", "2010-07-20"),
    problem("D01", "P01", "2010-12-31", "未整改"),
    // Closed after the as-of date: still open on it.
    problem("K01", "P01", "2010-09-30", "已整改", "2010-08-20"),
  ],
  supervision: [
    record("第一季度常规督查", "T01", "2010-03-20", "动员会议精神传达不到位", true),
    record("第二季度常规督查", "D01", "2010-06-10", "重点工作台账不完整", false),
    record("第二季度常规督查", "D01", "2010-06-12", "窗口服务承诺未公开", true),
    record("上半年集中督查", "D02", "2010-06-25", "窗口工作人员脱岗", true),
    record("第三季度常规督查", "T01", "2010-08-02", "自查自纠座谈会未召开", true),
    record("第三季度常规督查", "C01", "2010-09-10", "重点项目帮办跟踪不及时", true),
  ],
};
const AS_OF = "2010-08-15";
const figures = dashboardFigures({ data, settings: SETTINGS, locate, asOf: AS_OF });

describe("工作看板 figures", () => {
  it("names the stage the date falls in, and none outside the campaign year", () => {
    expect(figures.stage?.name).toBe("自查自纠");
    expect(dashboardFigures({ data, settings: SETTINGS, locate, asOf: "2011-01-10" }).stage).toBeNull();
    expect(dashboardFigures({ data, settings: SETTINGS, locate, asOf: "2010-02-10" }).stage?.name).toBe("动员部署");
  });

  it("gives the plan submission rate and the on-time rate of the units that owe a plan", () => {
    expect(figures.plans).toEqual({ deadline: "2010-03-05", due: 4, onTime: 1, late: 1, missing: 2, submittedRate: 50, onTimeRate: 25 });
  });

  it("counts every status in the order they are judged, the same counts as the 督查通报", () => {
    expect(figures.statusCounts).toEqual([
      { status: "已完成", count: 1 },
      { status: "逾期", count: 2 },
      { status: "未报送", count: 1 },
      { status: "滞后", count: 1 },
      { status: "正常", count: 1 },
    ]);
    const notice = supervisionReport({ data, settings: SETTINGS, locate, asOf: AS_OF });
    for (const { status, count } of figures.statusCounts) expect(notice.statusCounts[status]).toBe(count);
  });

  it("lists 逾期 then 滞后 tasks by 序号, with the lead's name, 序时进度 and the reported progress", () => {
    expect(figures.behind.map((t) => [t.seq, t.status, t.lead, t.actual])).toEqual([
      [2, "逾期", "市监察局", 95],
      [6, "逾期", "市监察局", null],
      [3, "滞后", "朱林镇", 10],
    ]);
    // 226 of the 364 days from 1 January to 31 December have passed on 15 August.
    expect(figures.behind[2]).toMatchObject({ expected: 62.1, lastReport: "2010-08-01", deadline: "2010-12-31" });
    expect(figures.tasks.map((t) => t.status)).toEqual(["已完成", "逾期", "滞后", "正常", "未报送", "逾期"]);
  });

  it("gives 销号率 by 单位类别 in the campaign's order, a problem closed after the date still open", () => {
    expect(figures.rectification.byCategory.map((c) => [c.category, c.found, c.closed, c.rate, c.overdue])).toEqual([
      ["镇(区)", 2, 1, 50, 1],
      ["市级机关部门", 1, 0, 0, 0],
      ["重点科室", 1, 0, 0, 0],
    ]);
    expect(figures.rectification.total).toEqual({ found: 4, closed: 1, rate: 25, overdue: 1 });
  });

  it("counts each batch's findings up to the date, circulated ones and the distinct units named", () => {
    expect(figures.batches.map((b) => [b.batch, b.found, b.circulated, b.units])).toEqual([
      ["第一季度常规督查", 1, 1, 1],
      ["第二季度常规督查", 2, 1, 1],
      ["第三季度常规督查", 1, 1, 1],
      ["第四季度常规督查", 0, 0, 0],
      ["上半年集中督查", 1, 1, 1],
      ["下半年集中督查", 0, 0, 0],
    ]);
    expect(batchFigures(data.supervision, SETTINGS, "2010-09-30")[2]).toMatchObject({ found: 2, units: 2 });
  });

  it("has no rate where nothing is owed or found", () => {
    const empty = dashboardFigures({
      data: { units: [], tasks: [], progress: [], plans: [], inspections: [], supervision: [] },
      settings: SETTINGS,
      locate,
      asOf: AS_OF,
    });
    expect(empty.plans).toMatchObject({ due: 0, submittedRate: null, onTimeRate: null });
    expect(empty.rectification.total.rate).toBeNull();
    expect(empty.statusCounts.every((c) => c.count === 0)).toBe(true);
  });
});
