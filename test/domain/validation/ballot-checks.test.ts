/**
 * Ballot checks of 评议评分 (issue 23): each fires on planted rows, naming the evaluator and the
 * rows, and none fires on the demo campaign's honest rows; thresholds come from 参数设置, and a
 * workbook without those rows takes the defaults without a word.
 */
import { demoCampaign } from "../../../src/demo";
import type { Finding } from "../../../src/domain/findings";
import { defaultSettings, type Settings } from "../../../src/domain/settings";
import type { CampaignData, Score } from "../../../src/domain/types";
import { validateCampaign } from "../../../src/domain/validation";
import { readSettings, settingsRows } from "../../../src/sheets/settings-sheet";
import { locate } from "../ranking/campaign-builder";

const TODAY = "2010-12-20";

/** The demo campaign of `seed`, its score rows numbered as the sheet would (row 2 on). */
function demo(seed = 2010): CampaignData {
  const data = demoCampaign(defaultSettings(2010), seed);
  data.scores = data.scores.map((s, i) => ({ ...s, origin: { sheet: "评议评分", row: i + 2 } }));
  return data;
}

function withScores(data: CampaignData, scores: Score[]): CampaignData {
  return { ...data, scores: scores.map((s, i) => ({ ...s, origin: { sheet: "评议评分", row: i + 2 } })) };
}

function ballotFindings(data: CampaignData, settings: Partial<Settings> = {}): Finding[] {
  const all = validateCampaign({ data, settings: { ...defaultSettings(2010), ...settings }, locate, today: TODAY });
  return all.filter((f) => f.rule.startsWith("ballot."));
}

describe("ballot checks on honest rows", () => {
  it.each([2010, 1, 2, 3, 7])("find nothing in the demo campaign of seed %s", (seed) => {
    expect(ballotFindings(demo(seed))).toEqual([]);
  });
});

describe("ballot checks on planted rows", () => {
  const base = demo();
  const units = base.units.filter((u) => base.scores.some((s) => s.unitCode === u.code)).slice(0, 12);

  it("an evaluator who gave every unit the same score", () => {
    const planted = units.slice(0, 6).map((u) => ({ unitCode: u.code, group: "党代表", evaluatorId: "DB-99", score: 88 }));
    const data = withScores(base, [...base.scores, ...planted]);
    const findings = ballotFindings(data);
    expect(findings.map((f) => f.rule)).toEqual(["ballot.sameScore"]);
    const first = base.scores.length + 2;
    expect(findings[0]).toEqual(expect.objectContaining({ severity: "warning", sheet: "评议评分", cell: `C${first}` }));
    expect(findings[0].message).toContain("评议人“DB-99”（党代表）为 6 个单位评分，全部是 88 分");
    expect(findings[0].message).toContain(`第${first}、${first + 1}、${first + 2}、${first + 3}、${first + 4}行等共 6 行`);
    expect(findings[0].message).toContain("请核对该评议人的原始评分表");
    // Below 评议核查最少单位数 it is not judged.
    expect(ballotFindings(data, { ballotMinUnits: 7 })).toEqual([]);
  });

  it("an evaluator whose scores sit far from the rest of the group for most units", () => {
    // Others score each unit within a few points of its standing; 100 and 20 alternate, far from every mean.
    const planted = units.slice(0, 8).map((u, i) => ({ unitCode: u.code, group: "人大代表", evaluatorId: "RD-99", score: i % 2 === 0 ? 100 : 20 }));
    const findings = ballotFindings(withScores(base, [...base.scores, ...planted]));
    expect(findings.map((f) => f.rule)).toEqual(["ballot.deviates"]);
    expect(findings[0].message).toMatch(/评议人“RD-99”（人大代表）评分的 8 个单位中，有 [5-8] 个与本组其他评议人的平均分相差超过 3 个标准差/);
    // A looser threshold lets the same ballot pass.
    expect(ballotFindings(withScores(base, [...base.scores, ...planted]), { ballotDeviation: 10 })).toEqual([]);
  });

  it("one evaluator code scoring the same unit in two groups", () => {
    const first = base.scores.find((s) => s.group === "党代表");
    if (!first) throw new Error("no 党代表 score");
    const twice = { unitCode: first.unitCode, group: "人大代表", evaluatorId: first.evaluatorId, score: 80 };
    const findings = ballotFindings(withScores(base, [...base.scores, twice]));
    expect(findings.map((f) => f.rule)).toEqual(["ballot.unitTwice"]);
    expect(findings[0].cell).toBe(`C${base.scores.length + 2}`);
    expect(findings[0].message).toContain(
      `评议人编号“${first.evaluatorId}”已在第${first.origin?.row}行以「党代表」身份为单位“${first.unitCode}”评分，本行又以「人大代表」身份评分`
    );
  });

  it("a unit scored by fewer than half of the group's usual number of evaluators", () => {
    const unit = units[3].code;
    const kept = base.scores.filter((s) => s.unitCode === unit && s.group === "政协委员")[0];
    const scores = base.scores.filter((s) => !(s.unitCode === unit && s.group === "政协委员") || s === kept);
    const findings = ballotFindings(withScores(base, scores));
    expect(findings.map((f) => f.rule)).toEqual(["ballot.thin"]);
    expect(findings[0].message).toMatch(
      new RegExp(`单位“${unit}”（.+）只有 1 位「政协委员」评议人评分（「评议评分」第\\d+行），不到该评议主体为各单位评分人数中位数 \\d+ 人的 50%`)
    );
    expect(ballotFindings(withScores(base, scores), { ballotCoveragePercent: 10 })).toEqual([]);
  });
});

describe("ballot thresholds in 参数设置", () => {
  it("are read from their rows, and a workbook made before them takes the defaults without a finding", () => {
    const settings = { ...defaultSettings(2010), ballotMinUnits: 8, ballotDeviation: 2.5, ballotCoveragePercent: 40 };
    const rows = settingsRows(settings);
    const grid = (body: typeof rows) => ({ name: "参数设置", rows: [["参数", "值", "说明"], ...body] });
    const read = readSettings(grid(rows));
    expect(read.settings).toEqual(expect.objectContaining({ ballotMinUnits: 8, ballotDeviation: 2.5, ballotCoveragePercent: 40 }));
    const older = readSettings(grid(rows.filter((r) => !["评议核查最少单位数", "评分偏离标准差倍数", "评议人数不足比例(%)"].includes(String(r[0])))));
    expect(older.findings).toEqual([]);
    expect(older.settings).toEqual(expect.objectContaining({ ballotMinUnits: 5, ballotDeviation: 3, ballotCoveragePercent: 50 }));
  });
});
