/**
 * Regression: a row with one unreadable cell was left out of every rule, so its other problems
 * surfaced only after the first was fixed (a 自查自纠 row marked 已整改 with no 完成日期 and three
 * empty required cells got three findings, not four; a score row with 得分 “九十” hid its
 * unknown unit code). A row with a bad cell now goes through every rule whose fields could be
 * read, and a cell the reader reported is never reported a second time.
 */
import { addr, appendCopy, demo, findingsOf, findRow, get, set, type Grids } from "./workbook-grids";

const key = (f: { sheet: string; cell: string; rule: string }) => `${f.rule}@${f.sheet}!${f.cell}`;
const clean = new Set(findingsOf(demo()).map(key));
/** The findings a change adds to the clean demo workbook. */
const added = (g: Grids) =>
  findingsOf(g)
    .map(key)
    .filter((k) => !clean.has(k))
    .sort();
const at = (rule: string, sheet: string, cell: string) => `${rule}@${sheet}!${cell}`;

describe("a row with a bad cell still goes through every rule whose fields could be read", () => {
  it("自查自纠: 已整改 with no 完成日期 and three empty required cells gives all four findings", () => {
    const g = demo();
    const S = "自查自纠";
    const row = appendCopy(g, S, 2, { 问题编号: "新增-1", 整改状态: "已整改", 完成日期: null });
    const empties = ["原因剖析", "整改措施", "责任人"].map((h) => set(g, S, h, row, null));
    expect(added(g)).toEqual(
      [...empties.map((cell) => at("cell.required", S, cell)), at("inspection.doneDateMissing", S, addr(g, S, "完成日期", row))].sort()
    );
  });

  it("自查自纠: a 完成日期 that cannot be read is the reader's one finding, not also “missing”", () => {
    const g = demo();
    const S = "自查自纠";
    const row = appendCopy(g, S, 2, { 问题编号: "新增-2", 整改状态: "已整改", 完成日期: "九月底" });
    expect(added(g)).toEqual([at("cell.notDate", S, addr(g, S, "完成日期", row))]);
  });

  it("工作进度: a row with a bad date is still judged on its status against its percentage", () => {
    const g = demo();
    const S = "工作进度";
    const row = findRow(g, S, (c) => c("状态") === "推进中");
    set(g, S, "进度(%)", row, 100);
    const dateCell = set(g, S, "填报日期", row, "上周");
    expect(added(g)).toEqual([at("cell.notDate", S, dateCell), at("progress.statusMismatch", S, addr(g, S, "状态", row))].sort());
  });

  it("方案报送: a repeated unit code on a row with a bad date is still a repeated plan", () => {
    const g = demo();
    const S = "方案报送";
    const row = appendCopy(g, S, 2, { 报送日期: "三月初" });
    expect(added(g)).toEqual([at("cell.notDate", S, addr(g, S, "报送日期", row)), at("plans.duplicate", S, addr(g, S, "单位编码", row))].sort());
  });
});

describe("unknown unit codes and 评议主体 on rows whose other cells are bad", () => {
  it("评议评分: 得分 “九十” and an unknown unit code on one row give both findings", () => {
    const g = demo();
    const S = "评议评分";
    const code = set(g, S, "单位编码", 2, "Z99");
    const score = set(g, S, "得分", 2, "九十");
    expect(added(g)).toEqual([at("cell.notScore", S, score), at("ranking.unknownUnit", S, code)].sort());
  });

  it("评议评分: 得分 105 and an unknown 评议主体 on one row give both findings", () => {
    const g = demo();
    const S = "评议评分";
    const group = set(g, S, "评议主体", 3, "路人甲");
    const score = set(g, S, "得分", 3, 105);
    expect(added(g)).toEqual([at("cell.outOfRange", S, score), at("ranking.unknownGroup", S, group)].sort());
  });

  it("加减分 and 违规记录: an unknown unit code on a row with an empty required cell is reported", () => {
    const g = demo();
    const adjustment = set(g, "加减分", "单位编码", 2, "Z98");
    const reason = set(g, "加减分", "事由", 2, null);
    const violation = set(g, "违规记录", "单位编码", 2, "Z97");
    const facts = set(g, "违规记录", "事实描述", 2, null);
    expect(added(g)).toEqual(
      [
        at("cell.required", "加减分", reason),
        at("ranking.unknownUnit", "加减分", adjustment),
        at("cell.required", "违规记录", facts),
        at("ranking.unknownUnit", "违规记录", violation),
      ].sort()
    );
  });

  it("a unit code cell that itself cannot be read is reported once, by the reader", () => {
    const g = demo();
    const S = "评议评分";
    const code = set(g, S, "单位编码", 2, { error: "#N/A" });
    const score = set(g, S, "得分", 2, "九十");
    expect(added(g)).toEqual([at("cell.formulaError", S, code), at("cell.notScore", S, score)].sort());
  });

  it("a 重点工作 row that cannot be read whole still makes its 序号 known to 工作进度", () => {
    const g = demo();
    const seq = get(g, "重点工作", "序号", 2);
    findRow(g, "工作进度", (c) => c("序号") === seq);
    const deadline = set(g, "重点工作", "完成时限", 2, "年底");
    expect(added(g)).toEqual([at("cell.notDate", "重点工作", deadline)]);
  });

  it("单位名册: a repeated unit code on a row with a mistyped 单位类别 is still a repeated code", () => {
    const g = demo();
    const S = "单位名册";
    const row = appendCopy(g, S, 2, { 单位名称: "另一个镇", 单位类别: "镇区" });
    expect(added(g)).toEqual(
      [at("cell.notInList", S, addr(g, S, "单位类别", row)), at("ranking.duplicateUnit", S, addr(g, S, "单位编码", row))].sort()
    );
  });

  it("评议评分: the same evaluator scoring a unit twice, once with 得分 “九十”, is still a repeated score", () => {
    const g = demo();
    const S = "评议评分";
    const row = appendCopy(g, S, 2, { 得分: "九十" });
    expect(added(g)).toEqual(
      [at("cell.notScore", S, addr(g, S, "得分", row)), at("ranking.duplicateScore", S, addr(g, S, "评议人编号", row))].sort()
    );
  });
});
