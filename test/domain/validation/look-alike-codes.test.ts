/**
 * Regression: a unit code with a zero-width space was a second unit that looked like the
 * first. In a whole workbook, the look-alike cell is now one error where it is, and nothing
 * downstream treats it as a unit of its own (no second plan owed, no unknown unit).
 */
import { appendCopy, addr, demo, findingsOf, get, set, type Grids } from "./workbook-grids";

const key = (f: { sheet: string; cell: string; rule: string }) => `${f.rule}@${f.sheet}!${f.cell}`;
const clean = new Set(findingsOf(demo()).map(key));
const added = (g: Grids) => findingsOf(g).filter((f) => !clean.has(key(f)));

describe("a zero-width-space unit code", () => {
  it("on 单位名册: an error at the cell, and no second unit", () => {
    const g = demo();
    const code = String(get(g, "单位名册", "单位编码", 2));
    const row = appendCopy(g, "单位名册", 2, { 单位编码: `${code}\u200B` });
    const findings = added(g);
    expect(findings.map(key)).toEqual([`cell.formatChars@单位名册!${addr(g, "单位名册", "单位编码", row)}`]);
    expect(findings[0].severity).toBe("error");
  });

  it("on 评议评分: an error at the cell, not an unknown unit", () => {
    const g = demo();
    const code = String(get(g, "评议评分", "单位编码", 2));
    const cell = set(g, "评议评分", "单位编码", 2, `\u200B${code}`);
    expect(added(g).map(key)).toEqual([`cell.formatChars@评议评分!${cell}`]);
  });
});

describe("a key cell refused for a format character still names its row as it looks", () => {
  it("a unit code with a zero-width space on its own 单位名册 row: one error there, not one unknown unit per score", () => {
    const g = demo();
    const code = String(get(g, "单位名册", "单位编码", 2));
    const cell = set(g, "单位名册", "单位编码", 2, `${code}\u200B`);
    const findings = findingsOf(g);
    expect(findings.filter((f) => f.rule === "cell.formatChars").map(key)).toEqual([`cell.formatChars@单位名册!${cell}`]);
    expect(findings.filter((f) => f.rule === "ranking.unknownUnit")).toEqual([]);
  });

  it("an evaluator group with a zero-width joiner on 评议主体: one error there, not one unknown group per score", () => {
    const g = demo();
    const group = String(get(g, "评议主体", "评议主体", 2));
    const cell = set(g, "评议主体", "评议主体", 2, `${group}\u200D`);
    const findings = findingsOf(g);
    expect(findings.filter((f) => f.rule === "cell.formatChars").map(key)).toEqual([`cell.formatChars@评议主体!${cell}`]);
    expect(findings.filter((f) => f.rule === "ranking.unknownGroup")).toEqual([]);
  });
});
