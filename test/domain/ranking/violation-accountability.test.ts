/**
 * Worked examples of 违规问责 and 监管问责 (section 五 of the campaign document). Every expected
 * figure is computed by hand in the comments.
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
    // 监管不力: T2's row 2 is judged 是 and row 4 left blank (one 是 makes the entry certain); K1's row 6 is 是.
    violations: [
      ["T2", "李四", "影响恶劣", true],
      ["T1", "张三", "一般"],
      ["T2", "王五", "影响恶劣", null],
      ["T1", "赵六", "一般"],
      ["K1", "钱七", "影响恶劣", true],
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
    expect(supervision[0].evidence).toBe("违规记录!第2行、第4行（情节影响恶劣，共2起；第2行认定监管不力）");
    // K1 has no 上级单位编码 in the builder: the department cannot be named, and the note says why.
    expect(supervision[1].evidence).toBe(
      `违规记录!第6行（情节影响恶劣，共1起；第6行认定监管不力）；${KEY_SECTION_REVIEW}所属部门的党政主要负责人（上级单位编码未填写），需复核`
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
      violations: [["K1", "钱七", "影响恶劣", true]],
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
      `违规记录!第2行（情节影响恶劣，共1起；第2行认定监管不力）；${KEY_SECTION_REVIEW}所属部门“单位D1”（D1）的党政主要负责人（王局长），需复核`
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

describe("监管问责 needs the office's judgement of 监管不力 (五：“对监管不力，导致本单位或工作人员出现影响恶劣违规行为的党政主要负责人实施问责”)", () => {
  /** Town T1 (row 2 of 单位名册) with the given 违规记录 rows, from row 2 on. */
  function supervisionOf(violations: CampaignSpec["violations"]) {
    const result = rank({
      units: [
        ["T1", TOWN],
        ["T2", TOWN],
      ],
      scores: single({ T1: 90, T2: 80 }),
      violations,
    });
    return { result, entries: result.accountability.filter((a) => a.type === "监管问责") };
  }

  it("是: the unit's 党政主要负责人 is named, certain", () => {
    const { entries } = supervisionOf([["T1", "张三", "影响恶劣", true]]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ unitCode: "T1", person: "负责人T1", role: "党政主要负责人", needsReview: false });
    expect(entries[0].evidence).toBe("违规记录!第2行（情节影响恶劣，共1起；第2行认定监管不力）");
  });

  it("blank: the leader is named and marked 需复核 because 监管不力 is not yet judged", () => {
    const { result, entries } = supervisionOf([["T1", "张三", "影响恶劣", null]]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ unitCode: "T1", person: "负责人T1", needsReview: true });
    expect(entries[0].evidence).toBe("违规记录!第2行（情节影响恶劣，共1起）；监管不力待认定，需复核");
    const t1 = result.rankings.find((r) => r.unitCode === "T1");
    expect(t1?.needsReview).toBe(true);
    expect(t1?.notes).toContain("需复核：监管问责的监管不力待认定");
  });

  it("否: no 监管问责 entry, while the person still answers under 违规问责", () => {
    const { result, entries } = supervisionOf([["T1", "张三", "影响恶劣", false]]);
    expect(entries).toEqual([]);
    expect(result.accountability.filter((a) => a.type === "违规问责").map((a) => a.person)).toEqual(["张三"]);
    expect(result.rankings.every((r) => !r.needsReview)).toBe(true);
  });

  it("one 是 among the unit's 影响恶劣 rows makes the entry certain; 否 rows are not cited", () => {
    const { entries } = supervisionOf([
      ["T1", "张三", "影响恶劣", false],
      ["T1", "李四", "影响恶劣", null],
      ["T1", "王五", "影响恶劣", true],
    ]);
    expect(entries).toHaveLength(1);
    expect(entries[0].needsReview).toBe(false);
    expect(entries[0].evidence).toBe("违规记录!第3行、第4行（情节影响恶劣，共2起；第4行认定监管不力）");
  });

  it("否 and blank: the entry stands on the blank row and needs review", () => {
    const { entries } = supervisionOf([
      ["T1", "张三", "影响恶劣", false],
      ["T1", "李四", "影响恶劣", null],
    ]);
    expect(entries).toHaveLength(1);
    expect(entries[0].needsReview).toBe(true);
    expect(entries[0].evidence).toBe("违规记录!第3行（情节影响恶劣，共1起）；监管不力待认定，需复核");
  });

  it("every 影响恶劣 row 否: no entry; a 一般 row never gives one, whatever its 监管不力", () => {
    const { entries } = supervisionOf([
      ["T1", "张三", "影响恶劣", false],
      ["T1", "李四", "影响恶劣", false],
      ["T2", "王五", "一般", true],
    ]);
    expect(entries).toEqual([]);
  });

  it("a key section with 监管不力 blank gives both reasons for review", () => {
    const result = rank({
      units: [
        ["K1", KEY, "李科长"],
        ["K2", KEY],
      ],
      scores: single({ K1: 90, K2: 80 }),
      violations: [["K1", "钱七", "影响恶劣", null]],
    });
    const [entry] = result.accountability.filter((a) => a.type === "监管问责");
    expect(entry.needsReview).toBe(true);
    expect(entry.evidence).toBe(
      `违规记录!第2行（情节影响恶劣，共1起）；监管不力待认定；${KEY_SECTION_REVIEW}所属部门的党政主要负责人（上级单位编码未填写），需复核`
    );
  });
});

describe("违规问责 covers 机关效能规定 and 执法过错 (五：“对违反机关效能规定和执法中存在过错的机关工作人员实施问责”)", () => {
  it.each(["违反机关效能规定", "行政执法过错"])("a violation of type %s is certain", (kind) => {
    const result = rank({
      units: [
        ["T1", TOWN],
        ["T2", TOWN],
      ],
      scores: single({ T1: 90, T2: 80 }),
      violations: [["T1", "张三", "一般", null, kind]],
    });
    const [entry] = result.accountability.filter((a) => a.type === "违规问责");
    expect(entry).toMatchObject({ person: "张三", needsReview: false });
    expect(entry.evidence).toBe(`违规记录!第2行（${kind}，情节一般）`);
  });

  it("a violation of type 其他 still names the person, marked 需复核 with the reason", () => {
    const result = rank({
      units: [
        ["T1", TOWN],
        ["T2", TOWN],
      ],
      scores: single({ T1: 90, T2: 80 }),
      violations: [
        ["T1", "张三", "一般", null],
        ["T1", "李四", "一般", null, "其他"],
      ],
    });
    const entries = result.accountability.filter((a) => a.type === "违规问责");
    expect(entries.map((a) => [a.person, a.needsReview])).toEqual([
      ["张三", false],
      ["李四", true],
    ]);
    expect(entries[1].evidence).toBe("违规记录!第3行（其他，情节一般）；违规类型为“其他”，是否属于违反机关效能规定或执法过错待认定，需复核");
    const t1 = result.rankings.find((r) => r.unitCode === "T1");
    expect(t1?.needsReview).toBe(true);
    expect(t1?.notes).toContain("需复核：违规问责（违规记录!第3行）违规类型为“其他”待认定");
  });
});

describe("the basis of 违规问责 and 监管问责 quotes section 五's clause whole", () => {
  it("cites the document's sentences verbatim, with no internal file or rule id", () => {
    const result = rank({
      units: [
        ["T1", TOWN],
        ["T2", TOWN],
      ],
      scores: single({ T1: 90, T2: 80 }),
      violations: [["T1", "张三", "影响恶劣", true]],
    });
    const basis = (type: string) => result.accountability.find((a) => a.type === type)?.basis;
    expect(basis("违规问责")).toBe(
      "五、问责追究：“一是实施违规问责。建立完善机关效能责任追究制、行政执法过错责任追究制，对违反机关效能规定和执法中存在过错的机关工作人员实施问责。”"
    );
    expect(basis("监管问责")).toBe(
      "五、问责追究：“二是实施监管问责。对监管不力，导致本单位或工作人员出现影响恶劣违规行为的党政主要负责人实施问责。”"
    );
    for (const entry of result.accountability) expect(entry.basis).not.toMatch(/BRIEF|\.md|\.ts|ranking\./);
  });
});
