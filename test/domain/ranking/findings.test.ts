/**
 * Every error and warning of the ranking, each at its exact cell. Errors withhold the
 * ranking and the accountability list; warnings do not.
 */
import { rankCampaign, type RankingResult } from "../../../src/domain/ranking";
import type { Finding } from "../../../src/domain/findings";
import type { Score } from "../../../src/domain/types";
import { campaign, DEPT, KEY, locate, single, TOWN, unitsOf, type CampaignSpec } from "./campaign-builder";

const towns: CampaignSpec = {
  units: [
    ["T1", TOWN],
    ["T2", TOWN],
  ],
  scores: single({ T1: 90, T2: 80 }),
};

function only(result: RankingResult, rule: string): Finding {
  const found = result.findings.filter((f) => f.rule === rule);
  expect(found).toHaveLength(1);
  return found[0];
}

function expectBlocked(result: RankingResult): void {
  expect(result.ok).toBe(false);
  expect(result.rankings).toEqual([]);
  expect(result.accountability).toEqual([]);
}

describe("errors block the ranking and point at the offending cell", () => {
  it("an unknown unit code in 评议评分", () => {
    // Rows: T1 (row 2), T2 (row 3), X9 (row 4).
    const result = rankCampaign(campaign({ ...towns, scores: single({ T1: 90, T2: 80, X9: 70 }) }));
    expectBlocked(result);
    expect(only(result, "ranking.unknownUnit")).toMatchObject({ severity: "error", sheet: "评议评分", cell: "A4" });
    expect(only(result, "ranking.unknownUnit").message).toContain("“X9”不在「单位名册」中");
  });

  it("an unknown unit code in 加减分", () => {
    const result = rankCampaign(
      campaign({
        ...towns,
        adjustments: [
          ["T1", 1],
          ["X9", 2],
        ],
      })
    );
    expectBlocked(result);
    expect(only(result, "ranking.unknownUnit")).toMatchObject({ sheet: "加减分", cell: "A3" });
  });

  it("an unknown unit code in 违规记录", () => {
    const result = rankCampaign(campaign({ ...towns, violations: [["X9", "张三", "一般"]] }));
    expectBlocked(result);
    expect(only(result, "ranking.unknownUnit")).toMatchObject({ sheet: "违规记录", cell: "A2" });
  });

  it("an unknown evaluator group in 评议评分, naming the groups allowed", () => {
    const result = rankCampaign(campaign({ ...towns, groups: { 甲: 1, 乙: 1 }, scores: { T1: { 甲: [90] }, T2: { 甲: [80], 丁: [70] } } }));
    expectBlocked(result);
    const finding = only(result, "ranking.unknownGroup");
    expect(finding).toMatchObject({ severity: "error", sheet: "评议评分", cell: "B4" });
    expect(finding.message).toContain("甲、乙");
  });

  it("the same evaluator scoring the same unit twice in one group, at the second row's 评议人编号, naming the first row", () => {
    const row = (unitCode: string, group: string, evaluatorId: string, score: number, n: number): Score => ({
      unitCode,
      group,
      evaluatorId,
      score,
      origin: { sheet: "评议评分", row: n },
    });
    const input = campaign({ ...towns, groups: { 甲: 1, 乙: 1 } });
    input.scores = [
      row("T1", "甲", "E1", 80, 2),
      row("T1", "甲", "E2", 70, 3),
      row("T2", "甲", "E1", 60, 4), // same evaluator, other unit: allowed
      row("T1", "乙", "E1", 60, 5), // same evaluator, other group: allowed
      row("T1", "甲", "E1", 90, 6), // repeat of row 2
    ];
    const result = rankCampaign(input);
    expectBlocked(result);
    const finding = only(result, "ranking.duplicateScore");
    expect(finding).toMatchObject({ sheet: "评议评分", cell: "C6" });
    expect(finding.message).toContain("第2行");
  });

  it("a duplicate unit code in 单位名册, at the second occurrence", () => {
    const result = rankCampaign(
      campaign({
        ...towns,
        units: [
          ["T1", TOWN],
          ["T2", TOWN],
          ["T1", DEPT],
        ],
      })
    );
    expectBlocked(result);
    const finding = only(result, "ranking.duplicateUnit");
    expect(finding).toMatchObject({ sheet: "单位名册", cell: "A4" });
    expect(finding.message).toContain("第2行");
  });

  it.each([0, -1, Number.NaN])("a weight of %p in 评议主体, at its 权重 cell, without a second error for that group's scores", (weight) => {
    const result = rankCampaign(campaign({ ...towns, groups: { 甲: 1, 乙: weight }, scores: { T1: { 甲: [90], 乙: [80] }, T2: { 甲: [80] } } }));
    expectBlocked(result);
    expect(only(result, "ranking.weightNotPositive")).toMatchObject({ sheet: "评议主体", cell: "B3" });
    expect(result.findings.filter((f) => f.severity === "error")).toHaveLength(1);
  });

  it("a group listed twice in 评议主体", () => {
    const input = campaign(towns);
    input.groups = [
      { name: "甲", weight: 1, origin: { sheet: "评议主体", row: 2 } },
      { name: "甲", weight: 2, origin: { sheet: "评议主体", row: 3 } },
    ];
    expect(only(rankCampaign(input), "ranking.duplicateGroup")).toMatchObject({ sheet: "评议主体", cell: "A3" });
  });

  it("an unknown 单位类别, naming the categories allowed", () => {
    const result = rankCampaign(
      campaign({
        ...towns,
        units: [
          ["T1", TOWN],
          ["T2", "乡镇"],
        ],
      })
    );
    expectBlocked(result);
    const finding = only(result, "ranking.unknownCategory");
    expect(finding).toMatchObject({ sheet: "单位名册", cell: "C3" });
    expect(finding.message).toContain("镇(区)、市级机关部门、市直单位、重点科室");
  });

  it("a unit named for 考评问责 without 主要负责人, at its 主要负责人 cell; an unnamed unit may lack one", () => {
    // T1 (first, not named) has no leader: fine. T2 (last) has none: error at E3.
    const result = rankCampaign(
      campaign({
        ...towns,
        units: [
          ["T1", TOWN, ""],
          ["T2", TOWN, " "],
        ],
      })
    );
    expectBlocked(result);
    const finding = only(result, "ranking.leaderMissing");
    expect(finding).toMatchObject({ sheet: "单位名册", cell: "E3" });
    expect(finding.message).toContain("考评问责");
  });

  it("a unit named for 监管问责 without 主要负责人", () => {
    const result = rankCampaign(
      campaign({
        units: [
          ["T1", TOWN, ""],
          ["T2", TOWN],
        ],
        scores: single({ T1: 90, T2: 80 }),
        violations: [["T1", "张三", "影响恶劣"]],
      })
    );
    expectBlocked(result);
    expect(only(result, "ranking.leaderMissing")).toMatchObject({ sheet: "单位名册", cell: "E2" });
  });

  it("reports every error of a run at once, errors before warnings", () => {
    const result = rankCampaign(
      campaign({
        units: [
          ["T1", TOWN],
          ["T1", TOWN],
          ["T3", TOWN],
        ],
        scores: single({ T1: 90, X9: 1 }),
      })
    );
    expect(result.findings.map((f) => [f.severity, f.rule, f.cell])).toEqual([
      ["error", "ranking.duplicateUnit", "A3"],
      ["error", "ranking.unknownUnit", "A3"],
      // Within a sheet, by row: 单位名册 C2 (the category's first unit) before A4.
      ["warning", "ranking.smallCategory", "C2"],
      ["warning", "ranking.unscored", "A4"],
    ]);
  });
});

describe("warnings explain the ranking without blocking it", () => {
  it("a group missing for a scored unit, at the unit's 单位编码 in 单位名册", () => {
    const result = rankCampaign(campaign({ ...towns, groups: { 甲: 1, 乙: 1 }, scores: { T1: { 甲: [90], 乙: [90] }, T2: { 甲: [80] } } }));
    expect(result.ok).toBe(true);
    const finding = only(result, "ranking.groupMissing");
    expect(finding).toMatchObject({ severity: "warning", sheet: "单位名册", cell: "A3" });
    expect(finding.message).toContain("乙");
  });

  it("a unit with no score (未参评), at its 单位编码", () => {
    const result = rankCampaign(
      campaign({
        ...towns,
        units: [
          ["T1", TOWN],
          ["T2", TOWN],
          ["T3", TOWN],
        ],
      })
    );
    expect(result.ok).toBe(true);
    expect(only(result, "ranking.unscored")).toMatchObject({ severity: "warning", sheet: "单位名册", cell: "A4" });
  });

  it("a category with fewer than two ranked units, at its first unit's 单位类别", () => {
    const result = rankCampaign(
      campaign({
        ...towns,
        units: [
          ["T1", TOWN],
          ["K1", KEY],
          ["T2", TOWN],
          ["K2", KEY],
        ],
        scores: single({ T1: 90, T2: 80, K1: 70 }),
      })
    );
    expect(result.ok).toBe(true);
    const finding = only(result, "ranking.smallCategory");
    expect(finding).toMatchObject({ severity: "warning", sheet: "单位名册", cell: "C3" });
    expect(finding.message).toContain("重点科室");
    expect(finding.message).toContain("1 个");
  });

  it("names the rule of the category it skips: 后N位 for key sections, 最后一位 for the others", () => {
    // Regression: the warning spoke of 排名最后一位 for 重点科室 too, which follows the bottom-N rule.
    const result = rankCampaign(
      campaign({
        units: [
          ["T1", TOWN],
          ["K1", KEY],
        ],
        scores: single({ T1: 90, K1: 70 }),
        settings: { keySectionBottomN: 5 },
      })
    );
    const message = (cell: string) => result.findings.find((f) => f.rule === "ranking.smallCategory" && f.cell === cell)?.message ?? "";
    expect(message("C3")).toContain("“考评排名在后5位”的考评问责");
    expect(message("C3")).not.toContain("最后一位");
    expect(message("C2")).toContain("“排名最后一位”的考评问责");
  });

  it("uses an empty cell for records built in code, without an origin", () => {
    const input = campaign(towns);
    input.units = unitsOf([
      ["T1", TOWN],
      ["T2", TOWN],
      ["T3", TOWN],
    ]).map((unit) => ({ ...unit, origin: undefined }));
    const finding = only(rankCampaign({ ...input, locate }), "ranking.unscored");
    expect(finding.cell).toBe("");
  });
});
