/** The pure collect core: the three-way merge by natural key, batch statuses, undo that respects later work. */
import {
  collectBatch,
  emptyRecords,
  mergeSheet,
  foreignUnitRows,
  campaignMismatch,
  undoLastCollect,
  type CollectCandidate,
  type CollectKind,
  type CollectRecords,
} from "../../../src/domain/collect";
import { inspection, plan, progress } from "./records";

function master(): CollectRecords {
  return {
    plans: [plan("A", "甲方案"), plan("B", "乙方案"), plan("C", "丙方案")],
    progress: [progress("A", 1, "2010-04-01", 20), progress("B", 2, "2010-04-01", 30), progress("A", 1, "2010-05-01", 40)],
    inspections: [inspection("B", "B-1"), inspection("A", "A-1")],
  };
}

/** The unit's rows of `data` (what a template made from it carries). */
function own(data: CollectRecords, unitCode: string): CollectRecords {
  return {
    plans: data.plans.filter((r) => r.unitCode === unitCode),
    progress: data.progress.filter((r) => r.unitCode === unitCode),
    inspections: data.inspections.filter((r) => r.unitCode === unitCode),
  };
}

/**
 * A returned file of `unitCode` from a template made of `from` (its base: the unit's rows
 * there), holding `records` (default: the base, i.e. nothing changed).
 */
function fileOf(
  unitCode: string,
  records: Partial<CollectRecords>,
  extra: Partial<CollectCandidate> = {},
  from: CollectRecords = master()
): CollectCandidate {
  const base = own(from, unitCode);
  const all = { ...base, ...records };
  return {
    file: `${unitCode}.xlsx`,
    sha256: JSON.stringify(all),
    unitCode,
    templateCreatedAt: "2010-02-01 09:00",
    kinds: ["plans", "progress", "inspections"],
    records: all,
    base,
    baseHash: JSON.stringify(base),
    ...extra,
  };
}

const B1 = "2010-06-01T08:00:00.000Z";
const B2 = "2010-07-01T08:00:00.000Z";
const B3 = "2010-08-01T08:00:00.000Z";

describe("mergeSheet", () => {
  const base = [progress("A", 1, "2010-04-01", 20), progress("A", 1, "2010-05-01", 40)];
  it("adds new rows, changes carried ones, keeps what the unit left as it was (by key, not position)", () => {
    const returned = [progress("A", 1, "2010-05-01", 50), progress("A", 1, "2010-04-01", 20), progress("A", 2, "2010-05-01", 10)];
    const m = mergeSheet("progress", base, returned, base);
    expect(m.counts).toEqual({ added: 1, changed: 1, removed: 0, unchanged: 1 });
    expect(m.conflicts).toEqual([]);
  });
  it("a carried row the unit cleared is a removal; a row it never carried is never removed", () => {
    const master = [...base, progress("A", 3, "2010-05-02", 5)];
    const m = mergeSheet("progress", base, [base[1]], master);
    expect(m.changes).toEqual([{ key: JSON.stringify([1, "A", "2010-04-01"]), before: base[0], after: null }]);
    expect(m.counts.removed).toBe(1);
  });
  it("a row both sides changed is a conflict with both values, and nothing is changed", () => {
    const office = [progress("A", 1, "2010-04-01", 25), base[1]];
    const m = mergeSheet("progress", base, [progress("A", 1, "2010-04-01", 30), base[1]], office);
    expect(m.changes).toEqual([]);
    expect(m.conflicts).toEqual([
      { kind: "progress", key: JSON.stringify([1, "A", "2010-04-01"]), master: office[0], returned: progress("A", 1, "2010-04-01", 30) },
    ]);
  });
  it("the unit's change already in the master is unchanged; the office's change to a row the unit left stands", () => {
    const office = [progress("A", 1, "2010-04-01", 25), progress("A", 1, "2010-05-01", 45)];
    const m = mergeSheet("progress", base, [base[0], progress("A", 1, "2010-05-01", 45)], office);
    expect(m.changes).toEqual([]);
    expect(m.conflicts).toEqual([]);
  });
  it("without a base (a template from before templates carried rows) rows are upserted and none removed", () => {
    const m = mergeSheet("progress", null, [progress("A", 1, "2010-05-01", 60)], base);
    expect(m.counts).toEqual({ added: 0, changed: 1, removed: 0, unchanged: 0 });
    expect(m.changes.every((c) => c.after !== null)).toBe(true);
  });
});

/** The date of a batch id as the tests' calendar reads it (the product passes the office's local date). */
const utcDay = (iso: string) => iso.slice(0, 10);
const ofUnit = <K extends CollectKind>(data: CollectRecords, kind: K, unit: string): CollectRecords[K] =>
  (data[kind] as readonly { unitCode: string }[]).filter((r) => r.unitCode === unit) as CollectRecords[K];

describe("collectBatch", () => {
  it("dates an earlier batch in its messages by the office's calendar, not by the UTC date of its id", () => {
    const file = fileOf("A", { plans: [plan("A", "新方案")] });
    // 23:30 UTC on 2010-06-01 is the morning of 2010-06-02 in 北京时间 (UTC+8).
    const beijing = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
    const first = collectBatch(master(), [], [file], "2010-06-01T23:30:00.000Z", beijing);
    const again = collectBatch(first.data, first.entries, [file], "2010-06-03T02:00:00.000Z", beijing);
    expect(again.files[0].reason).toBe("此文件已于 2010-06-02 汇总过（内容完全相同），本次不再汇总，总表不变。");
  });

  it("applies the unit's changes in place and leaves every other unit's rows and order untouched", () => {
    const file = fileOf("A", {
      plans: [plan("A", "甲方案"), plan("A", "补充方案")],
      progress: [progress("A", 1, "2010-04-01", 25), progress("A", 1, "2010-05-01", 40)],
    });
    const result = collectBatch(master(), [], [file], B1, utcDay);
    expect(result.data.plans).toEqual([plan("A", "甲方案"), plan("A", "补充方案"), plan("B", "乙方案"), plan("C", "丙方案")]);
    expect(result.data.progress).toEqual([
      progress("A", 1, "2010-04-01", 25),
      progress("B", 2, "2010-04-01", 30),
      progress("A", 1, "2010-05-01", 40),
    ]);
    expect(result.data.inspections).toEqual(master().inspections);
    expect(result.files[0]).toMatchObject({ status: "merged", rows: { added: 1, changed: 1, removed: 0, unchanged: 3 } });
  });

  it("B09: a later quarter's file adds its reports and keeps the earlier quarter's (a template carries them)", () => {
    const q2 = fileOf("A", { progress: [...ofUnit(master(), "progress", "A"), progress("A", 1, "2010-06-30", 60)] });
    const afterQ2 = collectBatch(master(), [], [q2], B1, utcDay);
    // Next quarter's template is made from the master as it is now.
    const q3 = fileOf(
      "A",
      { progress: [...ofUnit(afterQ2.data, "progress", "A"), progress("A", 1, "2010-09-30", 80)] },
      { file: "A_q3.xlsx", templateCreatedAt: "2010-07-01 09:00" },
      afterQ2.data
    );
    const afterQ3 = collectBatch(afterQ2.data, afterQ2.entries, [q3], B2, utcDay);
    expect(ofUnit(afterQ3.data, "progress", "A").map((r) => r.date)).toEqual(["2010-04-01", "2010-05-01", "2010-06-30", "2010-09-30"]);
    expect(ofUnit(afterQ3.data, "plans", "A")).toEqual([plan("A", "甲方案")]);
    expect(afterQ3.files[0].rows.removed).toBe(0);
  });

  it("a file from an old template (no base) only adds and updates, and says so", () => {
    const legacy = fileOf("A", { progress: [progress("A", 1, "2010-06-30", 60)], plans: [], inspections: [] }, { base: null, baseHash: null });
    const result = collectBatch(master(), [], [legacy], B1, utcDay);
    expect(ofUnit(result.data, "progress", "A")).toHaveLength(3);
    expect(ofUnit(result.data, "plans", "A")).toEqual([plan("A", "甲方案")]);
    expect(result.files[0].reason).toContain("旧版模板");
  });

  it("Z08: an old file sent again after a newer one brings nothing back and takes nothing away", () => {
    const first = fileOf("A", { plans: [plan("A", "初稿")] }, { file: "A_v1.xlsx" });
    const b1 = collectBatch(master(), [], [first], B1, utcDay);
    const second = fileOf("A", { plans: [plan("A", "定稿")] }, { file: "A_v2.xlsx", templateCreatedAt: "2010-06-02 09:00" }, b1.data);
    const b2 = collectBatch(b1.data, b1.entries, [second], B2, utcDay);
    expect(ofUnit(b2.data, "plans", "A")).toEqual([plan("A", "定稿")]);
    const b3 = collectBatch(b2.data, [...b1.entries, ...b2.entries], [{ ...first, file: "A_v1 (1).xlsx" }], B3, utcDay);
    expect(b3.data).toEqual(b2.data);
    expect(b3.files[0].status).toBe("unchanged");
  });

  it("an edited older file merges only its own changes and says it is an older version", () => {
    const t1 = fileOf("A", { plans: [plan("A", "初稿")] }, { file: "A_v1.xlsx" });
    const b1 = collectBatch(master(), [], [t1], B1, utcDay);
    const t2 = fileOf("A", { plans: [plan("A", "定稿")] }, { file: "A_v2.xlsx", templateCreatedAt: "2010-06-02 09:00" }, b1.data);
    const b2 = collectBatch(b1.data, b1.entries, [t2], B2, utcDay);
    // The unit adds a problem to its first file (the template of 2010-02-01) and sends it again.
    const edited = {
      ...t1,
      file: "A_v1_补.xlsx",
      sha256: "edited",
      records: { ...t1.records, inspections: [...t1.records.inspections, inspection("A", "A-9")] },
    };
    const b3 = collectBatch(b2.data, [...b1.entries, ...b2.entries], [edited], B3, utcDay);
    expect(ofUnit(b3.data, "plans", "A")).toEqual([plan("A", "定稿")]);
    expect(ofUnit(b3.data, "inspections", "A").map((r) => r.problemId)).toEqual(["A-1", "A-9"]);
    expect(b3.files[0].status).toBe("merged");
    expect(b3.files[0].reason).toContain("较早的版本");
    expect(b3.files[0].conflicts).toEqual([]);
  });

  it("a unit correcting its own file and sending it again changes only what it changed this time", () => {
    const v1 = fileOf("A", { inspections: [inspection("A", "A-1", "第一次")] }, { file: "A.xlsx" });
    const b1 = collectBatch(master(), [], [v1], B1, utcDay);
    const v2 = { ...v1, sha256: "v2", records: { ...v1.records, inspections: [inspection("A", "A-1", "第一次"), inspection("A", "A-2")] } };
    const b2 = collectBatch(b1.data, b1.entries, [v2], B2, utcDay);
    expect(b2.files[0]).toMatchObject({ status: "merged", rows: { added: 1, changed: 0, removed: 0 }, conflicts: [] });
    expect(ofUnit(b2.data, "inspections", "A").map((r) => r.description)).toEqual(["第一次", "问题"]);
  });

  it("a second, fresh copy of the same template never removes what the first copy added", () => {
    const first = fileOf("A", { inspections: [inspection("A", "A-1"), inspection("A", "A-2")] }, { file: "A_甲.xlsx" });
    const b1 = collectBatch(master(), [], [first], B1, utcDay);
    const second = fileOf("A", { progress: [...ofUnit(master(), "progress", "A"), progress("A", 1, "2010-06-30", 60)] }, { file: "A_乙.xlsx" });
    const b2 = collectBatch(b1.data, b1.entries, [second], B2, utcDay);
    expect(ofUnit(b2.data, "inspections", "A").map((r) => r.problemId)).toEqual(["A-1", "A-2"]);
    expect(ofUnit(b2.data, "progress", "A")).toHaveLength(3);
  });

  it("rows the office keyed are never removed by a unit's file that did not carry them", () => {
    const before = master();
    const template = own(before, "A");
    const keyed = { ...before, inspections: [...before.inspections, inspection("A", "A-电话")] };
    const file = fileOf("A", { inspections: [...template.inspections, inspection("A", "A-2")] }, {}, before);
    const result = collectBatch(keyed, [], [file], B1, utcDay);
    expect(ofUnit(result.data, "inspections", "A").map((r) => r.problemId)).toEqual(["A-1", "A-电话", "A-2"]);
  });

  it("a row the office changed and the unit changed too is a conflict: listed, not overwritten; the rest merges", () => {
    const file = fileOf("A", { inspections: [inspection("A", "A-1", "单位改")], plans: [plan("A", "甲方案"), plan("A", "新增")] });
    const office = { ...master(), inspections: [inspection("B", "B-1"), inspection("A", "A-1", "本办改")] };
    const result = collectBatch(office, [], [file], B1, utcDay);
    expect(ofUnit(result.data, "inspections", "A")[0].description).toBe("本办改");
    expect(ofUnit(result.data, "plans", "A")).toHaveLength(2);
    expect(result.files[0].status).toBe("merged");
    expect(result.files[0].conflicts).toEqual([
      expect.objectContaining({
        kind: "inspections",
        file: "A.xlsx",
        master: inspection("A", "A-1", "本办改"),
        returned: inspection("A", "A-1", "单位改"),
      }),
    ]);
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

  it("refused and unclaimed files merge nothing; a refusal may be a conflict", () => {
    const refused = fileOf("A", { plans: [plan("A", "x")] }, { refusal: "理由" });
    const unclaimed = fileOf("B", { plans: [plan("B", "y")] }, { unitCode: undefined, file: "无名.xlsx" });
    const impostor = fileOf("C", { plans: [plan("C", "z")] }, { file: "Z_c.xlsx", refusal: "文件名指向另一个单位", refusalStatus: "conflict" });
    const result = collectBatch(master(), [], [refused, unclaimed, impostor], B1, utcDay);
    expect(result.data).toEqual(master());
    expect(result.files.map((f) => f.status)).toEqual(["refused", "unclaimed", "conflict"]);
  });

  it("ends the same whatever order the files of a batch come in", () => {
    const files = [
      fileOf("A", { plans: [plan("A", "甲方案"), plan("A", "甲二")] }),
      fileOf("B", { progress: [progress("B", 2, "2010-04-01", 35)] }),
      fileOf("C", { inspections: [inspection("C", "C-1")] }),
    ];
    const forward = collectBatch(master(), [], files, B1, utcDay);
    const backward = collectBatch(master(), [], [...files].reverse(), B1, utcDay);
    expect(backward.data).toEqual(forward.data);
  });
});

describe("undoLastCollect", () => {
  it("restores exactly the rows the last batch wrote, and only those", () => {
    const first = collectBatch(master(), [], [fileOf("A", { plans: [plan("A", "一")] })], B1, utcDay);
    const second = collectBatch(
      first.data,
      first.entries,
      [fileOf("A", { plans: [plan("A", "二")] }, { file: "A2.xlsx" }, first.data), fileOf("C", { inspections: [inspection("C", "C-1")] })],
      B2,
      utcDay
    );
    const undone = undoLastCollect(second.data, [...first.entries, ...second.entries]);
    expect(undone.batch).toBe(B2);
    expect(undone.data).toEqual(first.data);
    expect(undone.kept).toEqual([]);
    const again = undoLastCollect(undone.data, undone.log);
    expect(again.batch).toBe(B1);
    expect(again.data).toEqual(master());
    expect(undoLastCollect(again.data, again.log).batch).toBeUndefined();
  });

  it("keeps and lists a row changed after the batch, and still reverts the rest", () => {
    const batch = collectBatch(
      master(),
      [],
      [fileOf("A", { inspections: [inspection("A", "A-1", "单位")], plans: [plan("A", "甲方案"), plan("A", "补")] })],
      B1,
      utcDay
    );
    // The office corrects the merged problem and keys a phone report for the unit.
    const edited = {
      ...batch.data,
      inspections: batch.data.inspections.map((r) => (r.problemId === "A-1" ? { ...r, description: "本办更正" } : r)),
      progress: [...batch.data.progress, progress("A", 2, "2010-06-05", 10)],
    };
    const undone = undoLastCollect(edited, batch.entries);
    expect(ofUnit(undone.data, "inspections", "A")[0].description).toBe("本办更正");
    expect(ofUnit(undone.data, "plans", "A")).toEqual([plan("A", "甲方案")]);
    expect(ofUnit(undone.data, "progress", "A")).toHaveLength(3);
    expect(undone.kept).toEqual([
      expect.objectContaining({ unitCode: "A", kind: "inspections", current: expect.objectContaining({ description: "本办更正" }) }),
    ]);
    expect(undone.restored).toEqual({ plans: 1 });
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
