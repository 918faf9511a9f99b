/**
 * Worked examples of group scores, weights, adjustments and precision (BRIEF.md "The calculations, precisely"; section 五 of the campaign
 * document). Every expected figure is computed by hand in the comments.
 */
import { single, TOWN, type CampaignSpec } from "./campaign-builder";
import { evaluationNames, rank, table } from "./expectations";

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
    // Precision 2: 80.00 and 80.00 tie for 2nd, and both are last: both named, both 需复核.
    const two = rank({ ...spec, settings: { precision: 2 } });
    expect(table(two, TOWN)).toEqual([
      ["T3", 1, 90],
      ["T1", 2, 80],
      ["T2", 2, 80],
    ]);
    expect(evaluationNames(two)).toEqual([
      ["T1", true],
      ["T2", true],
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
