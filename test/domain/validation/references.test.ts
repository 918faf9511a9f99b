/**
 * How names and codes in 重点工作 resolve to units, and what happens when a sheet that
 * others refer to cannot be read: one finding for the cause, not one per reference.
 */
import { addr, demo, findingsOf, findRow, get, grid, set, type Grids } from "./workbook-grids";

const added = (grids: Grids) => {
  const before = new Set(findingsOf(demo()).map((f) => `${f.sheet}|${f.cell}|${f.rule}`));
  return findingsOf(grids).filter((f) => !before.has(`${f.sheet}|${f.cell}|${f.rule}`));
};

const codeOf = (g: Grids, name: string) =>
  get(
    g,
    "单位名册",
    "单位编码",
    findRow(g, "单位名册", (c) => c("单位名称") === name)
  );

describe("units named in 重点工作", () => {
  it("a 牵头单位 given by its code is the same unit, and its reports stay its own", () => {
    const g = demo();
    expect(get(g, "重点工作", "牵头单位", 2)).toBe("市委宣传部");
    set(g, "重点工作", "牵头单位", 2, codeOf(g, "市委宣传部"));
    expect(added(g)).toEqual([]);
  });

  it("a name typed with stray or full-width spaces still names the unit", () => {
    const g = demo();
    set(g, "重点工作", "配合单位", 2, "市委组织部 ；市机关工委\u3000");
    set(g, "重点工作", "牵头单位", 2, " 市委宣传部 ");
    expect(added(g)).toEqual([]);
  });

  it("“各镇(区)” among the 配合单位 makes every town a cooperating unit of the task", () => {
    const g = demo();
    const town = "Z03";
    set(g, "工作进度", "填报单位编码", 2, town);
    expect(added(g).map((f) => f.rule)).toEqual(["progress.notResponsible"]);
    set(g, "重点工作", "配合单位", 2, `${String(get(g, "重点工作", "配合单位", 2))}、各镇（区）`);
    expect(added(g)).toEqual([]);
  });

  it("a cooperating unit given by code counts for its reports", () => {
    const g = demo();
    set(g, "工作进度", "填报单位编码", 2, "Z03");
    set(g, "重点工作", "配合单位", 2, "Z03");
    const findings = added(g);
    // 市委组织部 and 市机关工委 are no longer cooperating; only their own reports on task 1 may be warned.
    expect(findings.every((f) => f.rule === "progress.notResponsible" && f.cell !== addr(g, "工作进度", "填报单位编码", 2))).toBe(true);
  });
});

describe("a sheet that cannot be read", () => {
  it("单位名册 without its 单位编码 header: one header error, no unknown code on every other sheet", () => {
    const g = demo();
    grid(g, "单位名册").rows[0][0] = "编码";
    expect(added(g).map((f) => [f.sheet, f.rule])).toEqual([["单位名册", "header.missing"]]);
  });

  it("重点工作 missing: one sheet error, no unknown 序号 on every report", () => {
    const g = demo();
    g.delete("重点工作");
    expect(added(g).map((f) => [f.sheet, f.cell, f.rule])).toEqual([["重点工作", "", "sheet.missing"]]);
  });
});
