/** The rule set as a table: every rule of the three catalogues listed once, described, and tied to its clause. */
import * as RANKING from "../../../src/domain/catalogue/ranking-rules";
import * as READING from "../../../src/domain/catalogue/reading-rules";
import * as VALIDATION from "../../../src/domain/catalogue/validation-rules";
import { allRuleIds, RANKING_CHECKS, RULE_TABLE, ruleTable, validationRuleTable } from "../../../src/domain/validation";
import { CONTRACT_SHEETS } from "../../../src/sheets/contract";

const idsOf = (catalogue: object) => Object.values(catalogue).map((rule: { id: string }) => rule.id);

describe("the rule table", () => {
  const table = ruleTable();

  it("lists every rule of the reading, ranking and validation catalogues exactly once", () => {
    const ids = [...idsOf(READING), ...idsOf(RANKING), ...idsOf(VALIDATION)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(table.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(allRuleIds().sort()).toEqual([...ids].sort());
  });

  it("gives every rule a description and a basis, and the catalogue's own severity", () => {
    const catalogue = new Map([...Object.values(READING), ...Object.values(RANKING), ...Object.values(VALIDATION)].map((r) => [r.id, r]));
    for (const info of table) {
      expect(info.description).not.toBe("");
      expect(info.basis).not.toBe("");
      expect(info.severity).toBe(catalogue.get(info.id)?.severity);
    }
  });

  it("names only sheets of the contract", () => {
    const names = CONTRACT_SHEETS.map((s) => s.name);
    for (const info of table) for (const sheet of info.sheets) expect(names).toContain(sheet);
  });

  it("ties every rule of validation's own catalogue to an entry of the check table", () => {
    const inTable = new Set(RULE_TABLE.map((c) => c.rule.id));
    for (const id of idsOf(VALIDATION)) expect(inTable).toContain(id);
  });

  it("lists the unit-code rule once, with every sheet whose codes it checks", () => {
    const unknownUnit = validationRuleTable().find((r) => r.id === "ranking.unknownUnit");
    expect([...(unknownUnit?.sheets ?? [])].sort()).toEqual(
      ["加减分", "工作进度", "方案报送", "督查记录", "自查自纠", "评议评分", "违规记录"].sort()
    );
  });

  it("reuses the ranking's checks for its own sheets rather than a second rule", () => {
    const reused = RANKING_CHECKS.flatMap((c) => c.rules.map((r) => r.rule.id));
    expect(new Set(reused)).toEqual(
      new Set([
        "ranking.duplicateUnit",
        "ranking.unknownCategory",
        "ranking.duplicateGroup",
        "ranking.weightNotPositive",
        "ranking.unknownUnit",
        "ranking.unknownGroup",
        "ranking.duplicateScore",
        // 未参评 and missing groups, judged from the rows when a bad cell keeps the ranking from running.
        "ranking.unscored",
        "ranking.groupMissing",
      ])
    );
    const stages = new Map(table.map((r) => [r.id, r.stage]));
    expect(stages.get("ranking.duplicateScore")).toBe("校验");
    expect(stages.get("ranking.unscored")).toBe("校验");
    expect(stages.get("ranking.leaderMissing")).toBe("排名");
    expect(stages.get("cell.notInList")).toBe("读取");
  });
});
