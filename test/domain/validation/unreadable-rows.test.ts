/**
 * Regression: one bad cell in 单位名册 or 评议主体 flooded 校验 with false errors. The reader
 * left the whole row out, so every reference to that unit or group read as unknown (a
 * weight of -0.2 gave ~1,500 ranking.unknownGroup errors; a mistyped 单位类别 gave ~48
 * ranking.unknownUnit errors). The row's own cell is now the one finding.
 */
import { addr, demo, findingsOf, findRow, get, set, type Grids } from "./workbook-grids";

const key = (f: { sheet: string; cell: string; rule: string }) => `${f.rule}@${f.sheet}!${f.cell}`;
const clean = new Set(findingsOf(demo()).map(key));
/** The findings a change adds to the clean demo workbook. */
const added = (g: Grids) => findingsOf(g).filter((f) => !clean.has(key(f)));

/** The worksheet row of the unit named `name` in 单位名册. */
const unitRow = (g: Grids, name: string) => findRow(g, "单位名册", (c) => c("单位名称") === name);
/** The unit whose row `row` of 单位名册 holds, made unreadable by a 单位类别 outside the list; returns that cell. */
const spoilCategory = (g: Grids, row: number) => set(g, "单位名册", "单位类别", row, "镇区");

describe("a unit or group whose row the reader could not read is known, not unknown", () => {
  it("a weight of -0.2 on 评议主体!B2: one cell error, no unknown group on each of its scores", () => {
    const g = demo();
    const cell = set(g, "评议主体", "权重", 2, -0.2);
    expect(cell).toBe("B2");
    expect(added(g).map(key)).toEqual([`cell.outOfRange@评议主体!${cell}`]);
  });

  it("a mistyped 单位类别 (镇区) on 单位名册!C2: one cell error, no unknown unit where Z01 is named", () => {
    const g = demo();
    expect(get(g, "单位名册", "单位编码", 2)).toBe("Z01");
    const cell = spoilCategory(g, 2);
    expect(cell).toBe("C2");
    expect(added(g).map(key)).toEqual([`cell.notInList@单位名册!${cell}`]);
  });

  it("a department whose row cannot be read is still a known 上级单位编码 of its key sections", () => {
    const g = demo();
    const section = findRow(g, "单位名册", (c) => c("上级单位编码") !== null && c("上级单位编码") !== "");
    const parent = get(g, "单位名册", "上级单位编码", section);
    const cell = spoilCategory(
      g,
      findRow(g, "单位名册", (c) => c("单位编码") === parent)
    );
    expect(added(g).map(key)).toEqual([`cell.notInList@单位名册!${cell}`]);
  });

  it("a lead unit whose row cannot be read is no unknown 牵头单位, and its progress reports no unknown unit", () => {
    const g = demo();
    const lead = String(get(g, "重点工作", "牵头单位", 2));
    const row = unitRow(g, lead);
    const code = get(g, "单位名册", "单位编码", row);
    // The demo has this unit report progress: those rows would each have been an unknown unit.
    findRow(g, "工作进度", (c) => c("填报单位编码") === code);
    const cell = spoilCategory(g, row);
    expect(added(g).map(key)).toEqual([`cell.notInList@单位名册!${cell}`]);
  });

  it("a unit whose code itself cannot be read stays unknown by code: nothing tells which code it had", () => {
    const g = demo();
    const code = String(get(g, "单位名册", "单位编码", 2));
    set(g, "单位名册", "单位编码", 2, { error: "#N/A" });
    const findings = added(g);
    expect(findings.map(key)).toContain(`cell.formulaError@单位名册!${addr(g, "单位名册", "单位编码", 2)}`);
    expect(findings.filter((f) => f.rule === "ranking.unknownUnit").every((f) => f.message.includes(code))).toBe(true);
    expect(findings.some((f) => f.rule === "ranking.unknownUnit")).toBe(true);
  });
});
