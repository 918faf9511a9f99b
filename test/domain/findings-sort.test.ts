/** sortFindings orders findings for display: errors first, then sheet (as Chinese text), row, column and rule. */
import fc from "fast-check";
import { sortFindings, type Finding } from "../../src/domain/findings";

/** The order spelled out comparison by comparison, as a reader would check it by hand. */
function byHand(a: Finding, b: Finding): number {
  const severity = { error: 0, warning: 1, info: 2 };
  const split = (cell: string) => /^([A-Z]*)(\d*)$/.exec(cell) ?? ["", cell, ""];
  const [, la, ra] = split(a.cell);
  const [, lb, rb] = split(b.cell);
  return (
    severity[a.severity] - severity[b.severity] ||
    a.sheet.localeCompare(b.sheet, "zh-CN") ||
    Number(ra || 0) - Number(rb || 0) ||
    la.length - lb.length ||
    la.localeCompare(lb) ||
    a.rule.localeCompare(b.rule)
  );
}

const finding: fc.Arbitrary<Finding> = fc.record({
  severity: fc.constantFrom("error" as const, "warning" as const, "info" as const),
  sheet: fc.constantFrom("评议评分", "单位名册", "工作进度", "参数设置", "自查自纠"),
  cell: fc.oneof(
    fc.constant(""),
    fc.tuple(fc.constantFrom("A", "B", "Z", "AA", "AB"), fc.integer({ min: 1, max: 120 })).map(([c, r]) => `${c}${r}`)
  ),
  rule: fc.constantFrom("scores.range", "units.unknownCode", "plans.late"),
  message: fc.string(),
});

describe("sortFindings", () => {
  it("puts errors first, then sheets, rows (2 before 10), columns (Z before AA) and rules", () => {
    const f = (severity: Finding["severity"], sheet: string, cell: string, rule = "r"): Finding => ({ severity, sheet, cell, rule, message: "" });
    const sorted = sortFindings([
      f("warning", "单位名册", "A2"),
      f("error", "评议评分", "AA2"),
      f("error", "评议评分", "Z10"),
      f("error", "评议评分", "Z2"),
      f("error", "评议评分", ""),
    ]);
    expect(sorted.map((x) => `${x.severity} ${x.cell}`)).toEqual(["error ", "error Z2", "error AA2", "error Z10", "warning A2"]);
  });

  it("gives the order the comparisons spell out, for any findings, without changing its input", () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 60 }), (findings) => {
        const copy = [...findings];
        const sorted = sortFindings(findings);
        expect(findings).toEqual(copy);
        for (let i = 1; i < sorted.length; i++) expect(byHand(sorted[i - 1], sorted[i])).toBeLessThanOrEqual(0);
        expect([...sorted].sort((a, b) => findings.indexOf(a) - findings.indexOf(b))).toEqual(findings);
      })
    );
  });
});
