/** The pure collect core: diff by natural key, merge = replace one unit's rows, batch statuses, undo. */
import {
  collectBatch,
  diffRows,
  emptyRecords,
  foreignUnitRows,
  campaignMismatch,
  undoLastCollect,
  type CollectCandidate,
  type CollectRecords,
} from "../../../src/domain/collect";
import type { PlanSubmission, ProgressReport, SelfInspection } from "../../../src/domain/types";

const plan = (unitCode: string, title: string, date = "2010-03-01"): PlanSubmission => ({ unitCode, title, date });
const progress = (unitCode: string, taskSeq: number, date: string, percent: number): ProgressReport => ({
  unitCode,
  taskSeq,
  date,
  percent,
  status: "推进中",
  notes: "",
});
const inspection = (unitCode: string, problemId: string, description = "问题"): SelfInspection => ({
  unitCode,
  problemId,
  description,
  category: "作风效能",
  cause: "原因",
  measures: "措施",
  dueDate: "2010-09-30",
  owner: "张三",
  status: "整改中",
  doneDate: null,
});

function master(): CollectRecords {
  return {
    plans: [plan("A", "甲方案"), plan("B", "乙方案"), plan("C", "丙方案")],
    progress: [progress("A", 1, "2010-04-01", 20), progress("B", 2, "2010-04-01", 30), progress("A", 1, "2010-05-01", 40)],
    inspections: [inspection("B", "B-1"), inspection("A", "A-1")],
  };
}

function fileOf(unitCode: string, records: Partial<CollectRecords>, extra: Partial<CollectCandidate> = {}): CollectCandidate {
  return {
    file: `${unitCode}.xlsx`,
    sha256: JSON.stringify(records),
    unitCode,
    templateCreatedAt: "2010-02-01T00:00:00.000Z",
    kinds: ["plans", "progress", "inspections"],
    records: { ...emptyRecords(), ...records },
    ...extra,
  };
}

const B1 = "2010-06-01T08:00:00.000Z";
const B2 = "2010-07-01T08:00:00.000Z";

describe("diffRows", () => {
  it("matches 工作进度 by (序号, 单位编码, 填报日期), not by position", () => {
    const current = [progress("A", 1, "2010-04-01", 20), progress("A", 1, "2010-05-01", 40)];
    const incoming = [progress("A", 1, "2010-05-01", 50), progress("A", 1, "2010-04-01", 20), progress("A", 2, "2010-05-01", 10)];
    expect(diffRows("progress", current, incoming)).toEqual({ added: 1, changed: 1, removed: 0, unchanged: 1 });
  });
  it("counts rows the file no longer has as removed", () => {
    expect(diffRows("inspections", [inspection("A", "1"), inspection("A", "2")], [inspection("A", "2", "新描述")])).toEqual({
      added: 0,
      changed: 1,
      removed: 1,
      unchanged: 0,
    });
  });
});

/** The date of a batch id as the tests' calendar reads it (the product passes the office's local date). */
const utcDay = (iso: string) => iso.slice(0, 10);

describe("collectBatch", () => {
  it("dates an earlier batch in its messages by the office's calendar, not by the UTC date of its id", () => {
    const file = fileOf("A", { plans: [plan("A", "新方案")] });
    // 23:30 UTC on 2010-06-01 is the morning of 2010-06-02 in 北京时间 (UTC+8).
    const beijing = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
    const first = collectBatch(master(), [], [file], "2010-06-01T23:30:00.000Z", beijing);
    const again = collectBatch(first.data, first.entries, [file], "2010-06-03T02:00:00.000Z", beijing);
    expect(again.files[0].reason).toBe("此文件已于 2010-06-02 汇总过，总表中的数据没有变化。");
  });

  it("replaces the unit's rows and leaves every other unit's rows and order untouched", () => {
    const file = fileOf("A", { plans: [plan("A", "甲方案（修订）")], progress: [progress("A", 1, "2010-04-01", 25)], inspections: [] });
    const result = collectBatch(master(), [], [file], B1, utcDay);
    expect(result.data.plans).toEqual([plan("A", "甲方案（修订）"), plan("B", "乙方案"), plan("C", "丙方案")]);
    expect(result.data.progress).toEqual([progress("A", 1, "2010-04-01", 25), progress("B", 2, "2010-04-01", 30)]);
    // The file's 自查自纠 has no row and A never sent one before: the row the office keyed in stays.
    expect(result.data.inspections).toEqual([inspection("B", "B-1"), inspection("A", "A-1")]);
    expect(result.files[0]).toMatchObject({ status: "merged", rows: { added: 1, changed: 1, removed: 2, unchanged: 0 } });
    expect(result.entries.map((e) => e.kind)).toEqual(["plans", "progress"]);
  });

  it("an empty sheet clears the unit's rows only when its own earlier file put them there", () => {
    const sent = collectBatch(master(), [], [fileOf("A", { inspections: [inspection("A", "A-2")] }, { kinds: ["inspections"] })], B1, utcDay);
    expect(sent.data.inspections).toEqual([inspection("B", "B-1"), inspection("A", "A-2")]);
    const emptied = collectBatch(sent.data, sent.entries, [fileOf("A", {}, { file: "A_v2.xlsx", kinds: ["inspections"] })], B2, utcDay);
    expect(emptied.data.inspections).toEqual([inspection("B", "B-1")]);
    expect(emptied.files[0]).toMatchObject({ status: "merged", rows: { removed: 1 } });

    const untouched = collectBatch(master(), [], [fileOf("A", {})], B1, utcDay);
    expect(untouched.data).toEqual(master());
    expect(untouched.files[0].status).toBe("unchanged");
    expect(untouched.files[0].reason).toContain("没有填写任何内容");
  });

  it("collecting the same file twice changes nothing the second time", () => {
    const file = fileOf("A", { plans: [plan("A", "新方案")] });
    const first = collectBatch(master(), [], [file], B1, utcDay);
    const second = collectBatch(first.data, first.entries, [file], B2, utcDay);
    expect(second.data).toEqual(first.data);
    expect(second.files[0].status).toBe("unchanged");
    expect(second.files[0].reason).toContain("2010-06-01");
  });

  it("a newer file for the same unit replaces the older one and says so", () => {
    const older = fileOf("A", { plans: [plan("A", "初稿")] }, { file: "A_v1.xlsx" });
    const newer = fileOf("A", { plans: [plan("A", "定稿")] }, { file: "A_v2.xlsx", templateCreatedAt: "2010-03-01T00:00:00.000Z" });
    const first = collectBatch(master(), [], [older], B1, utcDay);
    const second = collectBatch(first.data, first.entries, [newer], B2, utcDay);
    expect(second.data.plans.filter((p) => p.unitCode === "A")).toEqual([plan("A", "定稿")]);
    expect(second.files[0]).toMatchObject({ status: "merged" });
    expect(second.files[0].reason).toContain("A_v1.xlsx");
  });

  it("refuses a file made from an older template than the one already collected", () => {
    const newer = fileOf("A", { plans: [plan("A", "定稿")] }, { file: "new.xlsx", templateCreatedAt: "2010-03-01T00:00:00.000Z" });
    const older = fileOf("A", { plans: [plan("A", "初稿")] }, { file: "old.xlsx" });
    const first = collectBatch(master(), [], [newer], B1, utcDay);
    const second = collectBatch(first.data, first.entries, [older], B2, utcDay);
    expect(second.files[0].status).toBe("refused");
    expect(second.data).toEqual(first.data);
  });

  it("two different files for one unit in one batch are a conflict: neither merged, the rest still merges", () => {
    const a1 = fileOf("A", { plans: [plan("A", "一")] }, { file: "A1.xlsx" });
    const a2 = fileOf("A", { plans: [plan("A", "二")] }, { file: "A2.xlsx" });
    const b = fileOf("B", { plans: [plan("B", "乙新")] });
    const result = collectBatch(master(), [], [a1, b, a2], B1, utcDay);
    expect(result.files.map((f) => [f.file, f.status])).toEqual([
      ["A1.xlsx", "conflict"],
      ["B.xlsx", "merged"],
      ["A2.xlsx", "conflict"],
    ]);
    expect(result.data.plans.filter((p) => p.unitCode === "A")).toEqual([plan("A", "甲方案")]);
    expect(result.data.plans.filter((p) => p.unitCode === "B")).toEqual([plan("B", "乙新")]);
  });

  it("refused and unclaimed files merge nothing", () => {
    const refused = fileOf("A", { plans: [plan("A", "x")] }, { refusal: "理由" });
    const unclaimed = fileOf("B", { plans: [plan("B", "y")] }, { unitCode: undefined, file: "无名.xlsx" });
    const result = collectBatch(master(), [], [refused, unclaimed], B1, utcDay);
    expect(result.data).toEqual(master());
    expect(result.files.map((f) => f.status)).toEqual(["refused", "unclaimed"]);
  });
});

describe("undoLastCollect", () => {
  it("restores exactly the rows the last batch replaced, and only those", () => {
    const first = collectBatch(master(), [], [fileOf("A", { plans: [plan("A", "一")] })], B1, utcDay);
    const second = collectBatch(
      first.data,
      first.entries,
      [fileOf("A", { plans: [plan("A", "二")] }, { file: "A2.xlsx" }), fileOf("C", { inspections: [inspection("C", "C-1")] })],
      B2,
      utcDay
    );
    const undone = undoLastCollect(second.data, [...first.entries, ...second.entries]);
    expect(undone.batch).toBe(B2);
    expect(undone.data).toEqual(first.data);
    const again = undoLastCollect(undone.data, undone.log);
    expect(again.batch).toBe(B1);
    expect(again.data).toEqual(master());
    expect(undoLastCollect(again.data, again.log).batch).toBeUndefined();
  });
});

describe("checks", () => {
  it("refuses another campaign or year", () => {
    expect(campaignMismatch({ campaignId: "x", year: 2010 }, { campaignId: "x", year: 2011, unitCode: "A" })).toContain("2011");
    expect(campaignMismatch({ campaignId: "x", year: 2010 }, { campaignId: "y", year: 2010, unitCode: "A" })).toContain("活动标识");
    expect(campaignMismatch({ campaignId: "x", year: 2010 }, { campaignId: "x", year: 2010, unitCode: "A" })).toBeUndefined();
  });
  it("refuses rows carrying another unit's code, naming the sheet and row", () => {
    const records = { ...emptyRecords(), inspections: [{ ...inspection("B", "1"), origin: { sheet: "自查自纠", row: 3 } }] };
    expect(foreignUnitRows(records, "A")).toMatch(/自查自纠.*第 3 行.*B/);
    expect(foreignUnitRows({ ...emptyRecords(), plans: [plan("A", "t")] }, "A")).toBeUndefined();
  });
});
