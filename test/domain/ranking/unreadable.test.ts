/**
 * Regression: one unreadable row of 单位名册 or 评议主体 flooded the ranking with "unknown"
 * errors on every record that refers to it. A unit or group whose own row could not be
 * read is known but unusable: its records are skipped without a second error.
 */
import { rankCampaign, type RankingInput, type Unreadable } from "../../../src/domain/ranking";
import { campaign, TOWN, type CampaignSpec } from "./campaign-builder";

/** T3's 单位名册 row and 乙's 评议主体 row could not be read: the reader left them out. */
const spec: CampaignSpec = {
  units: [
    ["T1", TOWN],
    ["T2", TOWN],
  ],
  groups: { 甲: 1 },
  scores: { T1: { 甲: [90], 乙: [70] }, T2: { 甲: [80], 乙: [60] }, T3: { 甲: [85] } },
  adjustments: [["T3", 2]],
  violations: [["T3", "张三", "影响恶劣"]],
};

const unreadable: Unreadable = { unitCodes: new Set(["T3"]), unitNames: new Set(["单位T3"]), groupNames: new Set(["乙"]) };

function rules(input: RankingInput): string[] {
  return rankCampaign(input).findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`);
}

describe("a unit or group on a row the reader could not read", () => {
  it("without `unreadable`, every reference to them is unknown (what the reader's callers used to get)", () => {
    expect(rules(campaign(spec))).toEqual(
      expect.arrayContaining([
        "ranking.unknownGroup@评议评分!B3",
        "ranking.unknownGroup@评议评分!B5",
        "ranking.unknownUnit@评议评分!A6",
        "ranking.unknownUnit@加减分!A2",
        "ranking.unknownUnit@违规记录!A2",
      ])
    );
  });

  it("gives no unknown-unit or unknown-group error for its scores, adjustments or violations", () => {
    const result = rankCampaign({ ...campaign(spec), unreadable });
    expect(result.findings.filter((f) => f.rule === "ranking.unknownUnit" || f.rule === "ranking.unknownGroup")).toEqual([]);
    // Their records are left out: T1 and T2 are ranked on 甲 alone, and T3 is named nowhere.
    expect(result.rankings.map((r) => [r.unitCode, r.score])).toEqual([
      ["T1", 90],
      ["T2", 80],
    ]);
    expect(result.accountability.some((a) => a.unitCode === "T3")).toBe(false);
  });

  it("still reports a code that is neither in the roster nor on an unreadable row", () => {
    const input = { ...campaign({ ...spec, adjustments: [["X9", 1]] }), unreadable };
    expect(rules(input)).toContain("ranking.unknownUnit@加减分!A2");
  });
});
