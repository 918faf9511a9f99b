/**
 * Worked examples of 违规问责 and 监管问责 (BRIEF.md "The calculations, precisely"; section 五 of the campaign
 * document). Every expected figure is computed by hand in the comments.
 */
import { rankCampaign, type RankingInput } from "../../../src/domain/ranking";
import { campaign, DEPT, KEY, single, TOWN, type CampaignSpec } from "./campaign-builder";
import { rank } from "./expectations";

const KEY_SECTION_REVIEW = "重点科室的监管问责对象可能是科室负责人，也可能是";

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
    expect(supervision.map((a) => [a.unitCode, a.person, a.role, a.needsReview])).toEqual([
      ["T2", "负责人T2", "党政主要负责人", false],
      ["K1", "负责人K1", "科室负责人", true],
    ]);
    expect(supervision[0].evidence).toBe("违规记录!第2行、第4行（情节影响恶劣，共2起）");
    // K1 has no 上级单位编码 in the builder: the department cannot be named, and the note says why.
    expect(supervision[1].evidence).toBe(
      `违规记录!第6行（情节影响恶劣，共1起）；${KEY_SECTION_REVIEW}所属部门的党政主要负责人（上级单位编码未填写），需复核`
    );
    expect(supervision.every((a) => a.basis.includes("二是实施监管问责"))).toBe(true);
    expect(violation.every((a) => a.basis.includes("一是实施违规问责") && !a.needsReview)).toBe(true);
  });

  it("orders the list as section 五 does: 违规问责, then 监管问责, then 考评问责", () => {
    const types = rank(spec).accountability.map((a) => a.type);
    expect(types).toEqual(["违规问责", "违规问责", "违规问责", "违规问责", "违规问责", "监管问责", "监管问责", "考评问责"]);
  });
});

describe("监管问责 of a key section quotes 党政主要负责人 but names a 科室负责人: it is marked for review", () => {
  /** A department D1 led by 王局长 with two key sections; K1 (row 3) has a 影响恶劣 violation. */
  function withDepartment(parentOfK1: string): RankingInput {
    const input = campaign({
      units: [
        ["D1", DEPT, "王局长"],
        ["K1", KEY, "李科长"],
        ["K2", KEY],
        ["D2", DEPT],
      ],
      scores: single({ D1: 90, K1: 80, K2: 85, D2: 70 }),
      violations: [["K1", "钱七", "影响恶劣"]],
    });
    input.units = input.units.map((u) => (u.code === "K1" ? { ...u, parentCode: parentOfK1 } : u));
    return input;
  }

  it("names the section's own leader, and the department and its leader as the other possible person", () => {
    const result = rankCampaign(withDepartment("D1"));
    expect(result.ok).toBe(true);
    const [entry] = result.accountability.filter((a) => a.type === "监管问责");
    expect(entry).toMatchObject({ unitCode: "K1", person: "李科长", role: "科室负责人", needsReview: true });
    expect(entry.evidence).toBe(
      `违规记录!第2行（情节影响恶劣，共1起）；${KEY_SECTION_REVIEW}所属部门“单位D1”（D1）的党政主要负责人（王局长），需复核`
    );
  });

  it("marks the key section for review on 排名结果 too", () => {
    const result = rankCampaign(withDepartment("D1"));
    const k1 = result.rankings.find((r) => r.unitCode === "K1");
    expect(k1?.needsReview).toBe(true);
    expect(k1?.notes.some((n) => n.startsWith("需复核：监管问责"))).toBe(true);
    // K2 has no violation: nothing to review about it.
    expect(result.rankings.find((r) => r.unitCode === "K2")?.notes.some((n) => n.includes("监管问责"))).toBe(false);
  });

  it("says so when the 上级单位编码 names no unit of the roster", () => {
    const [entry] = rankCampaign(withDepartment("D9")).accountability.filter((a) => a.type === "监管问责");
    expect(entry.needsReview).toBe(true);
    expect(entry.evidence).toContain("所属部门的党政主要负责人（上级单位编码“D9”不在单位名册中）");
  });

  it("leaves the 监管问责 of a department itself certain: it has a 党政主要负责人", () => {
    const input = withDepartment("D1");
    input.violations = input.violations.map((v) => ({ ...v, unitCode: "D1" }));
    const [entry] = rankCampaign(input).accountability.filter((a) => a.type === "监管问责");
    expect(entry).toMatchObject({ unitCode: "D1", person: "王局长", role: "党政主要负责人", needsReview: false });
    expect(entry.evidence).not.toContain("需复核");
  });
});
