/** Task lights as of a date: every status, first match wins, and the boundary days of 序时进度. */
import { expectedProgress, judgeTask, taskStatuses } from "../../../src/domain/supervision";
import { locate, report, SETTINGS, task, UNITS } from "./planted";

const START = "2010-01-01";
const YEAR_END = "2010-12-31"; // 364 days after START: 91 days are exactly 25%

describe("序时进度", () => {
  it.each([
    ["before the campaign start", "2009-12-20", YEAR_END, 0],
    ["on the campaign start", START, YEAR_END, 0],
    ["a quarter of the way (91 of 364 days)", "2010-04-02", YEAR_END, 25],
    ["a third of the way (31 of 93 days), rounded to a tenth", "2010-02-01", "2010-04-04", 33.3],
    ["on the deadline", YEAR_END, YEAR_END, 100],
    ["after the deadline (capped)", "2011-02-01", YEAR_END, 100],
    ["a task due on the start, the day after", "2010-01-02", START, 100],
  ])("is the share of days elapsed: %s", (_, asOf, deadline, expected) => {
    expect(expectedProgress(START, deadline, asOf)).toBe(expected);
  });

  it("counts from the 活动开始日期 setting, not from 1 January", () => {
    expect(expectedProgress("2010-03-01", "2010-03-11", "2010-03-06")).toBe(50);
  });
});

describe("the status of one task (first match wins)", () => {
  const asOf = "2010-04-02"; // 序时进度 of a year-end task: 25%
  const latest = (percent: number, date = "2010-04-01", status?: string) => report(1, "D01", date, percent, status);

  it.each([
    ["已完成 by the word, even when past its deadline", "2010-03-31", latest(100, "2010-03-30", "已完成"), "已完成"],
    ["已完成 by 100% whatever the status says", "2010-03-31", latest(100, "2010-03-30", "推进中"), "已完成"],
    ["逾期: past its deadline at 95%", "2010-03-31", latest(95, "2010-03-30"), "逾期"],
    ["逾期 before 未报送: past its deadline with no report", "2010-03-31", null, "逾期"],
    ["未报送: no report by the lead", YEAR_END, null, "未报送"],
    ["滞后: 11 points behind", YEAR_END, latest(14), "滞后"],
    ["正常: exactly 序时容差 (10 points) behind", YEAR_END, latest(15), "正常"],
    ["正常: ahead of schedule", YEAR_END, latest(60), "正常"],
  ])("%s", (_, deadline, last, status) => {
    const expected = expectedProgress(SETTINGS.campaignStart, deadline, asOf);
    expect(judgeTask(deadline, last, expected, asOf, SETTINGS)).toBe(status);
  });

  it("a task due on the as-of date is not yet 逾期: judged against a 序时进度 of 100%", () => {
    const due = "2010-06-30";
    expect(judgeTask(due, report(1, "D01", "2010-06-29", 90), 100, due, SETTINGS)).toBe("正常");
    expect(judgeTask(due, report(1, "D01", "2010-06-29", 89), 100, due, SETTINGS)).toBe("滞后");
    expect(judgeTask(due, report(1, "D01", "2010-06-29", 90), 100, "2010-07-01", SETTINGS)).toBe("逾期");
  });

  it("未报送 once the latest report is older than 报送周期 (92 days), not on the 92nd day", () => {
    const asOfLate = "2010-10-01";
    const expected = expectedProgress(START, YEAR_END, asOfLate);
    // 2010-07-01 is 92 days before 2010-10-01; 2010-06-30 is 93.
    expect(judgeTask(YEAR_END, report(1, "D01", "2010-07-01", 75), expected, asOfLate, SETTINGS)).toBe("正常");
    expect(judgeTask(YEAR_END, report(1, "D01", "2010-06-30", 75), expected, asOfLate, SETTINGS)).toBe("未报送");
  });

  it("follows the settings: a shorter 报送周期 and no 序时容差", () => {
    const strict = { ...SETTINGS, reportCycleDays: 30, scheduleTolerance: 0 };
    expect(judgeTask(YEAR_END, latest(25, "2010-03-02"), 25, asOf, strict)).toBe("未报送");
    expect(judgeTask(YEAR_END, latest(24), 25, asOf, strict)).toBe("滞后");
    expect(judgeTask(YEAR_END, latest(25), 25, asOf, strict)).toBe("正常");
  });
});

describe("task lights of 重点工作", () => {
  const asOf = "2010-04-02";
  const tasks = [
    task(1, "D01", YEAR_END, ["市监察局"]),
    task(2, "市监察局", YEAR_END),
    task(3, " 朱林镇 ", YEAR_END),
    task(4, "市纪委", YEAR_END),
    task(5, "Ｄ０１", "2010-03-31"),
  ];
  const progress = [
    report(1, "D02", "2010-04-01", 80), // the cooperating unit: shown, never counted
    report(1, "D01", "2010-03-01", 10),
    report(2, "D02", "2010-03-15", 30),
    report(2, "D02", "2010-04-03", 0), // after the as-of date: not yet reported
    report(3, "T01", "2010-03-20", 5),
    report(3, "T01", "2010-03-20", 20), // same day, lower on the sheet: the later entry counts
    report(5, "D01", "2010-03-31", 95),
  ];
  const { tasks: judged, findings } = taskStatuses({ tasks, progress, units: UNITS, settings: SETTINGS, asOf, locate });
  const bySeq = new Map(judged.map((t) => [t.task.seq, t]));

  it("counts only the lead unit's latest report on or before the date", () => {
    expect(bySeq.get(1)).toMatchObject({ status: "滞后", expected: 25, latest: { unitCode: "D01", percent: 10 } });
    expect(bySeq.get(1)?.others.map((r) => [r.unitCode, r.percent])).toEqual([["D02", 80]]);
    expect(bySeq.get(2)).toMatchObject({ status: "正常", latest: { date: "2010-03-15", percent: 30 } });
    expect(bySeq.get(3)).toMatchObject({ status: "正常", latest: { percent: 20 } });
    expect(bySeq.get(5)).toMatchObject({ status: "逾期", latest: { percent: 95 } });
  });

  it("finds the lead by code or by name, however it is spaced or typed in full width", () => {
    expect([1, 2, 3, 5].map((s) => bySeq.get(s)?.lead.code)).toEqual(["D01", "D02", "T01", "D01"]);
  });

  it("leaves out a task whose lead is not in 单位名册, with an error at its 牵头单位 cell", () => {
    expect(bySeq.has(4)).toBe(false);
    expect(findings).toEqual([
      expect.objectContaining({ severity: "error", sheet: "重点工作", cell: `D${tasks[3].origin?.row}`, rule: "supervision.leadUnmatched" }),
    ]);
    expect(findings[0].message).toContain("市纪委");
  });
});
