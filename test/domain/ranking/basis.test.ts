/**
 * What a reviewer reads as the 依据 of a ranking rule or an accountability entry cites the
 * campaign document's clause, never an internal file, a source path or a rule id.
 */
import * as rules from "../../../src/domain/catalogue/ranking-rules";
import { EVALUATION_BASIS, keySectionBasis, SUPERVISION_BASIS, VIOLATION_BASIS } from "../../../src/domain/ranking";

const INTERNAL = /BRIEF|\.md\b|\.ts\b|ranking\.|validation\./;
/** A clause of the document: 一、 to 六、 (the sheet names 单位名册/评议主体 stand for the workbook contract). */
const CLAUSE = /^(?:[一二三四五六]、|单位名册|评议主体)/;

describe("the 依据 shown to users", () => {
  const table = Object.entries(rules).filter(([, r]) => typeof r === "object" && r !== null && "basis" in r) as [string, { basis: string }][];

  it.each(table)("%s cites a clause, not an internal file or id", (_name, rule) => {
    expect(rule.basis).toMatch(CLAUSE);
    expect(rule.basis).not.toMatch(INTERNAL);
  });

  it("quotes each clause of section 五 whole, as the document writes it", () => {
    expect([VIOLATION_BASIS, SUPERVISION_BASIS, EVALUATION_BASIS]).toEqual([
      "五、问责追究：“一是实施违规问责。建立完善机关效能责任追究制、行政执法过错责任追究制，对违反机关效能规定和执法中存在过错的机关工作人员实施问责。”",
      "五、问责追究：“二是实施监管问责。对监管不力，导致本单位或工作人员出现影响恶劣违规行为的党政主要负责人实施问责。”",
      "五、问责追究：“三是实施考评问责。市委、市政府综合考核各类排名最后一位的单位，对其党政主要负责人实施问责；重点科室考评排名在后三位的，对科室负责人实施问责。”",
    ]);
  });

  it.each([
    [3, EVALUATION_BASIS],
    [5, `${EVALUATION_BASIS}（参数设置中重点科室问责名额为 5，本次按后5位）`],
    [1, `${EVALUATION_BASIS}（参数设置中重点科室问责名额为 1，本次按后1位）`],
  ])("the key-section basis with N = %i says the N applied when it is not the document's 三", (n, basis) => {
    expect(keySectionBasis(n)).toBe(basis);
  });
});
