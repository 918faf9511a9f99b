/**
 * Worked examples of 考评问责 and the ranking methods (section 五 of the campaign document).
 * Every expected figure is computed by hand in the comments.
 */
import { LAST_PLACE_BASIS, ROLE_LEADER, ROLE_SECTION_HEAD } from "../../../src/domain/ranking";
import { DEPT, KEY, single, TOWN, type CampaignSpec } from "./campaign-builder";
import { evaluationNames, rank, table } from "./expectations";

describe("last place of a category (五：各类排名最后一位)", () => {
  it("names every unit tied for last as 党政主要负责人, and marks every one of them 需复核 (the document expects one unit)", () => {
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
      ["T3", true],
      ["T4", true],
    ]);
    const t3 = result.accountability.find((a) => a.unitCode === "T3");
    expect(t3).toMatchObject({ person: "负责人T3", role: ROLE_LEADER, basis: LAST_PLACE_BASIS, category: TOWN });
    expect(t3?.evidence).toBe("排名结果：镇(区) 第3名/共4名，总分 70.00；2个单位总分 70.00 并列最后一位，需复核");
    for (const code of ["T3", "T4"]) {
      const ranked = result.rankings.find((r) => r.unitCode === code);
      expect(ranked?.needsReview).toBe(true);
      expect(ranked?.notes).toContain("需复核：2个单位总分 70.00 并列最后一位");
    }
    // The units above the tie are not named and not marked.
    expect(result.rankings.filter((r) => r.needsReview).map((r) => r.unitCode)).toEqual(["T3", "T4"]);
  });

  it("names a single last unit without review", () => {
    const result = rank({
      units: [
        ["T1", TOWN],
        ["T2", TOWN],
        ["T3", TOWN],
      ],
      scores: single({ T1: 70, T2: 70, T3: 60 }),
    });
    // A tie elsewhere in the category does not matter: T3 alone is last.
    expect(evaluationNames(result)).toEqual([["T3", false]]);
    expect(result.accountability[0].evidence).toBe("排名结果：镇(区) 第3名/共3名，总分 60.00");
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
    expect(result.accountability[0]).toMatchObject({ role: ROLE_SECTION_HEAD, basis: LAST_PLACE_BASIS, person: "负责人K3" });
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

describe("the basis quotes 三是实施考评问责 whole and says the configured N", () => {
  const WHOLE =
    "五、问责追究：“三是实施考评问责。市委、市政府综合考核各类排名最后一位的单位，对其党政主要负责人实施问责；重点科室考评排名在后三位的，对科室负责人实施问责。”";
  const units = ["K1", "K2", "K3", "K4", "K5", "K6", "T1", "T2"].map((c): [string, string] => [c, c.startsWith("K") ? KEY : TOWN]);
  const scores = single({ K1: 95, K2: 90, K3: 85, K4: 80, K5: 75, K6: 70, T1: 90, T2: 80 });

  it("with the document's 后三位, cites the sentence whole and adds nothing", () => {
    const result = rank({ units, scores });
    expect(result.accountability.map((a) => a.basis)).toEqual(Array(4).fill(WHOLE));
  });

  it("with 重点科室问责名额 = 5, names five key sections and says 后5位 beside the document's words", () => {
    const result = rank({ units, scores, settings: { keySectionBottomN: 5 } });
    const keys = result.accountability.filter((a) => a.category === KEY);
    expect(keys.map((a) => a.unitCode)).toEqual(["K2", "K3", "K4", "K5", "K6"]);
    for (const a of keys) expect(a.basis).toBe(`${WHOLE}（参数设置中重点科室问责名额为 5，本次按后5位）`);
    // The last-place entry of a town is not about N: the sentence alone.
    expect(result.accountability.find((a) => a.unitCode === "T2")?.basis).toBe(WHOLE);
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
