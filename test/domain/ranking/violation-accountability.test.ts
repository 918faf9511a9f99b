/**
 * Worked examples of 违规问责 and 监管问责 (BRIEF.md "The calculations, precisely"; section 五 of the campaign
 * document). Every expected figure is computed by hand in the comments.
 */
import { KEY, single, TOWN, type CampaignSpec } from "./campaign-builder";
import { rank } from "./expectations";

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
