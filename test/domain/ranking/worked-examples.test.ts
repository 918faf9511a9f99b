/**
 * Worked examples of the rules of BRIEF.md ("The calculations, precisely") and section 五
 * of the campaign document. Every expected figure is computed by hand in the comments.
 */
import { rankCampaign, type RankingResult } from "../../../src/domain/ranking";
import { KEY_SECTION_BASIS, LAST_PLACE_BASIS, ROLE_LEADER, ROLE_SECTION_HEAD } from "../../../src/domain/ranking/basis";
import { campaign, DEPT, KEY, single, TOWN, type CampaignSpec } from "./campaign-builder";

function rank(spec: CampaignSpec): RankingResult {
  const result = rankCampaign(campaign(spec));
  expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  return result;
}

/** [unitCode, rank, score] of one category, in the engine's order. */
function table(result: RankingResult, category: string): [string, number, number][] {
  return result.rankings.filter((r) => r.category === category).map((r) => [r.unitCode, r.rank, r.score]);
}

/** [unitCode, needsReview] of the 考评问责 entries. */
function evaluationNames(result: RankingResult): [string, boolean][] {
  return result.accountability.filter((a) => a.type === "考评问责").map((a) => [a.unitCode, a.needsReview]);
}

describe("last place of a category (五：各类排名最后一位)", () => {
  it("names every unit tied for last, without review, as 党政主要负责人", () => {
    const result = rank({
      units: [
        ["T1", TOWN],
        ["T2", TOWN],
        ["T3", TOWN],
        ["T4", TOWN],
      ],
      scores: single({ T1: 90, T2: 85, T3: 70, T4: 70 }),
    });
    // Competition ranks: 90 → 1, 85 → 2, 70 and 70 → 3 and 3.
    expect(table(result, TOWN)).toEqual([
      ["T1", 1, 90],
      ["T2", 2, 85],
      ["T3", 3, 70],
      ["T4", 3, 70],
    ]);
    expect(evaluationNames(result)).toEqual([
      ["T3", false],
      ["T4", false],
    ]);
    const t3 = result.accountability.find((a) => a.unitCode === "T3");
    expect(t3).toMatchObject({ person: "负责人T3", role: ROLE_LEADER, basis: LAST_PLACE_BASIS, category: TOWN });
    expect(t3?.evidence).toBe("排名结果：镇(区) 第3名/共4名，总分 70.00");
  });

  it("marks for review when every ranked unit of the category is tied (no unit told from another)", () => {
    const result = rank({
      units: [
        ["T1", TOWN],
        ["T2", TOWN],
      ],
      scores: single({ T1: 80, T2: 80 }),
    });
    expect(evaluationNames(result)).toEqual([
      ["T1", true],
      ["T2", true],
    ]);
    expect(result.rankings.every((r) => r.needsReview && r.notes.some((n) => n.startsWith("需复核")))).toBe(true);
  });

  it("never names an unranked unit as last: a unit with no score is 未参评 and the lowest ranked unit is last", () => {
    const result = rank({
      units: [
        ["T1", TOWN],
        ["T2", TOWN],
        ["T3", TOWN],
      ],
      scores: single({ T1: 90, T2: 80 }),
    });
    expect(table(result, TOWN)).toEqual([
      ["T1", 1, 90],
      ["T2", 2, 80],
    ]);
    expect(result.unranked).toEqual([{ unitCode: "T3", unitName: "单位T3", category: TOWN, reason: "未参评" }]);
    expect(evaluationNames(result)).toEqual([["T2", false]]);
  });

  it("ranks a category with one unit but names nobody in it", () => {
    const result = rank({
      units: [
        ["T1", TOWN],
        ["T2", TOWN],
        ["D1", DEPT],
      ],
      scores: single({ T1: 90, T2: 80, D1: 10 }),
    });
    expect(table(result, DEPT)).toEqual([["D1", 1, 10]]);
    expect(evaluationNames(result)).toEqual([["T2", false]]);
  });
});

describe("bottom N key sections (五：重点科室考评排名在后三位)", () => {
  it("names the bottom three as 科室负责人 when no tie crosses the boundary", () => {
    const result = rank({ units: ["K1", "K2", "K3", "K4", "K5"].map((c) => [c, KEY]), scores: single({ K1: 95, K2: 90, K3: 85, K4: 80, K5: 70 }) });
    expect(evaluationNames(result)).toEqual([
      ["K3", false],
      ["K4", false],
      ["K5", false],
    ]);
    expect(result.accountability[0]).toMatchObject({ role: ROLE_SECTION_HEAD, basis: KEY_SECTION_BASIS, person: "负责人K3" });
  });

  it("lists every unit of a tie crossing the bottom-3 boundary and marks them 需复核; the unit below it is certain", () => {
    // Sorted: K1 95, K2 90, K3 80, K4 80, K5 80, K6 60. The 3rd from the bottom (position 4) is K4 at 80;
    // every unit at or below 80 is named: K3, K4, K5, K6. The 80s sit at positions 3–5, across the line
    // between position 3 (outside the bottom three) and 4 (inside), so they need review; K6 does not.
    const units = ["K1", "K2", "K3", "K4", "K5", "K6"].map((c): [string, string] => [c, KEY]);
    const result = rank({ units, scores: single({ K1: 95, K2: 90, K3: 80, K4: 80, K5: 80, K6: 60 }) });
    expect(evaluationNames(result)).toEqual([
      ["K3", true],
      ["K4", true],
      ["K5", true],
      ["K6", false],
    ]);
    expect(table(result, KEY).map(([code, r]) => [code, r])).toEqual([
      ["K1", 1],
      ["K2", 2],
      ["K3", 3],
      ["K4", 3],
      ["K5", 3],
      ["K6", 6],
    ]);
    expect(result.rankings.find((r) => r.unitCode === "K3")?.notes).toContain("需复核：总分 80.00 并列跨越后3名界线");
    expect(result.accountability.find((a) => a.unitCode === "K3")?.evidence).toBe(
      "排名结果：重点科室 第3名/共6名，总分 80.00；总分 80.00 并列跨越后3名界线，需复核"
    );
    // The last key section is named once, under the bottom-N rule, not a second time as last place.
    expect(result.accountability.filter((a) => a.unitCode === "K6")).toHaveLength(1);
  });

  it("follows the 重点科室问责名额 setting", () => {
    const units = ["K1", "K2", "K3", "K4"].map((c): [string, string] => [c, KEY]);
    const result = rank({ units, scores: single({ K1: 95, K2: 90, K3: 85, K4: 80 }), settings: { keySectionBottomN: 1 } });
    expect(evaluationNames(result)).toEqual([["K4", false]]);
  });
});

describe("ranking methods", () => {
  const spec: CampaignSpec = {
    units: [
      ["A", TOWN],
      ["B", TOWN],
      ["C", TOWN],
      ["D", TOWN],
    ],
    scores: single({ A: 90, B: 90, C: 80, D: 70 }),
  };

  it("competition ranking skips after a tie (1,1,3,4); dense ranking does not (1,1,2,3)", () => {
    const competition = rank({ ...spec, settings: { rankingMethod: "competition" } });
    const dense = rank({ ...spec, settings: { rankingMethod: "dense" } });
    expect(table(competition, TOWN).map(([c, r]) => [c, r])).toEqual([
      ["A", 1],
      ["B", 1],
      ["C", 3],
      ["D", 4],
    ]);
    expect(table(dense, TOWN).map(([c, r]) => [c, r])).toEqual([
      ["A", 1],
      ["B", 1],
      ["C", 2],
      ["D", 3],
    ]);
    // The same unit is last either way; only the rank quoted in the evidence differs.
    expect(competition.accountability[0].evidence).toBe("排名结果：镇(区) 第4名/共4名，总分 70.00");
    expect(dense.accountability[0].evidence).toBe("排名结果：镇(区) 第3名/共4名，总分 70.00");
  });
});

describe("group scores and totals", () => {
  it("trims one highest and one lowest at exactly the threshold, not one below it", () => {
    // 5 scores 50,80,80,80,100 at threshold 5: (80+80+80)/3 = 80; untrimmed it would be 390/5 = 78.
    // 4 scores 50,80,80,100 (one below): untrimmed 310/4 = 77.5.
    const result = rank({
      units: [
        ["T1", TOWN],
        ["T2", TOWN],
      ],
      scores: { T1: { 甲: [50, 80, 80, 80, 100] }, T2: { 甲: [50, 80, 80, 100] } },
      settings: { trimThreshold: 5 },
    });
    expect(table(result, TOWN)).toEqual([
      ["T1", 1, 80],
      ["T2", 2, 77.5],
    ]);
    const never = rank({ units: [["T1", TOWN]], scores: { T1: { 甲: [50, 80, 80, 80, 100] } }, settings: { trimThreshold: 0 } });
    expect(never.rankings[0].score).toBe(78);
  });

  it("re-weights over the groups present when a group is missing, instead of counting it as zero", () => {
    // Weights 甲 3, 乙 1, 丙 1. T1 has 甲 80 and 乙 90, no 丙: (3×80 + 1×90) / (3+1) = 82.5 (as a zero it would be 66).
    // T2 has all three: (3×70 + 70 + 100) / 5 = 76.
    const result = rank({
      units: [
        ["T1", TOWN],
        ["T2", TOWN],
      ],
      groups: { 甲: 3, 乙: 1, 丙: 1 },
      scores: { T1: { 甲: [80], 乙: [90] }, T2: { 甲: [70], 乙: [70], 丙: [100] } },
    });
    expect(table(result, TOWN)).toEqual([
      ["T1", 1, 82.5],
      ["T2", 2, 76],
    ]);
    const t1 = result.rankings[0];
    expect(t1).toMatchObject({ reweighted: true, groupScores: { 甲: 80, 乙: 90, 丙: null } });
    expect(t1.notes).toContain("缺少评议主体：丙（已按其余主体权重归一）");
    expect(result.rankings[1].reweighted).toBe(false);
  });

  it("adds 加减分 to the weighted, trimmed evaluation", () => {
    // 甲 (weight 2): 60,70,80,90,100 trimmed → (70+80+90)/3 = 80. 乙 (weight 1): 90,96 → 93.
    // Evaluation (2×80 + 93)/3 = 84.333…; adjustments +1 and −0.5 → 84.8333… → shown as 84.83.
    const result = rank({
      units: [["T1", TOWN]],
      groups: { 甲: 2, 乙: 1 },
      scores: { T1: { 甲: [70, 100, 60, 90, 80], 乙: [90, 96] } },
      adjustments: [
        ["T1", 1],
        ["T1", -0.5],
      ],
    });
    const t1 = result.rankings[0];
    expect(t1.evaluation).toBeCloseTo(84.3333333, 6);
    expect(t1.adjustment).toBe(0.5);
    expect(t1.total).toBeCloseTo(84.8333333, 6);
    expect(t1.score).toBe(84.83);
  });

  it("ties two units when an adjustment brings one level with the other", () => {
    // T1 88; T2 86.5 + 1.5 = 88 → tied at rank 2 behind T3 95; T4 60 stays last.
    const result = rank({
      units: [
        ["T1", TOWN],
        ["T2", TOWN],
        ["T3", TOWN],
        ["T4", TOWN],
      ],
      scores: single({ T1: 88, T2: 86.5, T3: 95, T4: 60 }),
      adjustments: [["T2", 1.5]],
    });
    expect(table(result, TOWN)).toEqual([
      ["T3", 1, 95],
      ["T1", 2, 88],
      ["T2", 2, 88],
      ["T4", 4, 60],
    ]);
  });

  it("compares totals at the score precision: equal at 2 decimals is a tie, at 3 it is not", () => {
    const spec: CampaignSpec = {
      units: [
        ["T1", TOWN],
        ["T2", TOWN],
        ["T3", TOWN],
      ],
      scores: single({ T1: 80.001, T2: 80.004, T3: 90 }),
    };
    // Precision 2: 80.00 and 80.00 tie for 2nd, and both are last.
    const two = rank({ ...spec, settings: { precision: 2 } });
    expect(table(two, TOWN)).toEqual([
      ["T3", 1, 90],
      ["T1", 2, 80],
      ["T2", 2, 80],
    ]);
    expect(evaluationNames(two)).toEqual([
      ["T1", false],
      ["T2", false],
    ]);
    // Precision 3: 80.004 ranks above 80.001, and only T1 is last.
    const three = rank({ ...spec, settings: { precision: 3 } });
    expect(table(three, TOWN)).toEqual([
      ["T3", 1, 90],
      ["T2", 2, 80.004],
      ["T1", 3, 80.001],
    ]);
    expect(evaluationNames(three)).toEqual([["T1", false]]);
  });

  it("rounds a total of 80.445 up to 80.45 as the sheet shows it, despite binary noise", () => {
    // 80.44 + 0.005 is stored just below 80.445 (×100 = 8044.4999…), so Math.round(x×100)/100 gives 80.44;
    // the decimal total is 80.445, which the sheet (and Excel's ROUND) shows as 80.45.
    const result = rank({ units: [["T1", TOWN]], scores: single({ T1: 80.44 }), adjustments: [["T1", 0.005]] });
    expect(result.rankings[0].score).toBe(80.45);
  });
});

describe("violations (五：违规问责、监管问责)", () => {
  const spec: CampaignSpec = {
    units: [
      ["T1", TOWN],
      ["T2", TOWN],
      ["K1", KEY],
    ],
    scores: single({ T1: 90, T2: 80, K1: 70 }),
    violations: [
      ["T2", "李四", "影响恶劣"],
      ["T1", "张三", "一般"],
      ["T2", "王五", "影响恶劣"],
      ["T1", "赵六", "一般"],
      ["K1", "钱七", "影响恶劣"],
    ],
  };

  it("lists one 违规问责 per row, citing the row, and one 监管问责 per unit with a 影响恶劣 row", () => {
    const result = rank(spec);
    const violation = result.accountability.filter((a) => a.type === "违规问责");
    // By category, then unit code, then row: T1 rows 3 and 5, T2 rows 2 and 4, then the key section's row 6.
    expect(violation.map((a) => [a.unitCode, a.person, a.role, a.evidence])).toEqual([
      ["T1", "张三", "责任人", "违规记录!第3行（违反机关效能规定，情节一般）"],
      ["T1", "赵六", "责任人", "违规记录!第5行（违反机关效能规定，情节一般）"],
      ["T2", "李四", "责任人", "违规记录!第2行（违反机关效能规定，情节影响恶劣）"],
      ["T2", "王五", "责任人", "违规记录!第4行（违反机关效能规定，情节影响恶劣）"],
      ["K1", "钱七", "责任人", "违规记录!第6行（违反机关效能规定，情节影响恶劣）"],
    ]);
    const supervision = result.accountability.filter((a) => a.type === "监管问责");
    expect(supervision.map((a) => [a.unitCode, a.person, a.role, a.evidence])).toEqual([
      ["T2", "负责人T2", "党政主要负责人", "违规记录!第2行、第4行（情节影响恶劣，共2起）"],
      ["K1", "负责人K1", "科室负责人", "违规记录!第6行（情节影响恶劣，共1起）"],
    ]);
    expect(supervision.every((a) => a.basis.includes("二是实施监管问责"))).toBe(true);
    expect(violation.every((a) => a.basis.includes("一是实施违规问责") && !a.needsReview)).toBe(true);
  });

  it("orders the list as section 五 does: 违规问责, then 监管问责, then 考评问责", () => {
    const types = rank(spec).accountability.map((a) => a.type);
    expect(types).toEqual(["违规问责", "违规问责", "违规问责", "违规问责", "违规问责", "监管问责", "监管问责", "考评问责"]);
  });
});
