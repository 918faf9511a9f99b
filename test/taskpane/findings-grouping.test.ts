/** The pure arrangement of findings for the pane: by sheet, then by rule and column, with titles and counts. */
import * as RANKING from "../../src/domain/catalogue/ranking-rules";
import * as READING from "../../src/domain/catalogue/reading-rules";
import * as SUPERVISION from "../../src/domain/catalogue/supervision-rules";
import * as VALIDATION from "../../src/domain/catalogue/validation-rules";
import { findingOf, type Finding } from "../../src/domain/findings";
import { ruleTitle } from "../../src/taskpane/components/findings/rule-titles";
import { columnOf, countBySeverity, countText, groupBySheet, groupTitle } from "../../src/taskpane/group-findings";

const outOfRange = (row: number, header = "得分"): Finding =>
  findingOf(READING.CELL_OUT_OF_RANGE, "评议评分", `D${row}`, { header, allowed: "0–100 的数字", value: 120 + row });

describe("groupBySheet", () => {
  it("makes one group of 2,900 identical errors, titled by rule and column, with its count", () => {
    const findings = Array.from({ length: 2900 }, (_, i) => outOfRange(i + 2));
    const [sheet] = groupBySheet(findings);
    expect(sheet.groups).toHaveLength(1);
    expect(sheet.groups[0]).toMatchObject({ title: "得分超出范围", severity: "error", sheet: "评议评分" });
    expect(sheet.groups[0].findings).toHaveLength(2900);
    expect(countText(sheet.groups[0].findings.length)).toBe("2,900");
  });

  it("keeps one rule about two columns apart, and two rules about one column apart", () => {
    const findings = [
      outOfRange(2),
      outOfRange(3, "权重"),
      findingOf(READING.CELL_REQUIRED, "评议评分", "D4", { header: "得分" }),
      findingOf(READING.CELL_REQUIRED, "评议评分", "D5", { header: "得分" }),
    ];
    const titles = groupBySheet(findings)[0].groups.map((g) => `${g.title}×${g.findings.length}`);
    expect(titles.sort()).toEqual(["得分未填写×2", "得分超出范围×1", "权重超出范围×1"].sort());
  });

  it("orders groups errors first, then the largest first, and each group's cells by row", () => {
    const findings = [
      findingOf(RANKING.RANK_GROUP_MISSING, "评议评分", "A9", { code: "Z01", name: "甲镇", groups: "党代表" }),
      outOfRange(30),
      findingOf(RANKING.RANK_UNKNOWN_UNIT, "评议评分", "A7", { code: "Z99" }),
      outOfRange(4),
      findingOf(RANKING.RANK_UNKNOWN_UNIT, "评议评分", "A5", { code: "Z98" }),
      outOfRange(12),
    ];
    const groups = groupBySheet(findings)[0].groups;
    expect(groups.map((g) => g.title)).toEqual(["得分超出范围", "单位编码不在单位名册中", "缺少部分评议主体的评分"]);
    expect(groups[0].findings.map((f) => f.cell)).toEqual(["D4", "D12", "D30"]);
  });

  it("lists sheets that hold errors before sheets that hold only warnings, each titled with its counts", () => {
    const sheets = groupBySheet([
      { severity: "warning", sheet: "加减分", cell: "B2", rule: "r", message: "m" },
      { severity: "error", sheet: "违规记录", cell: "B2", rule: "r", message: "m" },
      { severity: "info", sheet: "违规记录", cell: "", rule: "r", message: "m" },
    ]);
    expect(sheets.map((s) => s.sheet)).toEqual(["违规记录", "加减分"]);
    expect(groupTitle(sheets[0])).toBe("违规记录（1 个错误，1 条提示）");
  });

  it("counts findings by severity", () => {
    const findings = [outOfRange(2), outOfRange(3), { ...outOfRange(4), severity: "info" as const }];
    expect(countBySeverity(findings)).toEqual({ error: 2, warning: 0, info: 1 });
  });
});

describe("rule titles", () => {
  const catalogues = [READING, VALIDATION, RANKING, SUPERVISION].flatMap(
    (c) => Object.values(c).filter((v) => typeof v === "object" && v !== null && "id" in v) as { id: string }[]
  );

  it("give every rule of the catalogue a title of its own", () => {
    expect(catalogues.length).toBeGreaterThan(40);
    expect(catalogues.map((r) => r.id).filter((id) => ruleTitle(id, "得分") === "其他问题")).toEqual([]);
  });

  it("name the column for cell rules and never show a rule id", () => {
    expect(columnOf(outOfRange(2))).toBe("得分");
    expect(ruleTitle("cell.required", "")).toBe("单元格未填写");
    expect(ruleTitle("no.such.rule", "")).toBe("其他问题");
    for (const { id } of catalogues) expect(ruleTitle(id, "得分")).not.toMatch(/[a-z]\.[a-z]/i);
  });
});
