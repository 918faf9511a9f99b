/**
 * Regression: 校验 ran the ranking's checks twice (once in validateCampaign, once in the
 * ranking it runs for its own warnings) and hid the repeats by de-duplicating strings. A
 * caller that ranks the same records now tells validateCampaign, which leaves them out.
 */
import { RANKING_CHECKS, validateCampaign } from "../../../src/domain/validation";
import { readCampaign } from "../../../src/sheets/read/read-campaign";
import { appendCopy, demo, set, TODAY } from "./workbook-grids";

const SHARED = new Set(RANKING_CHECKS.flatMap((c) => c.rules.map((r) => r.rule.id)));

function validate(rankedByCaller: boolean) {
  const g = demo();
  set(g, "评议评分", "单位编码", 2, "X99");
  set(g, "工作进度", "填报单位编码", 2, "X98");
  appendCopy(g, "单位名册", 2);
  const read = readCampaign(g);
  return validateCampaign({ data: read.data, settings: read.settings, locate: read.locate, today: TODAY, rankedByCaller });
}

describe("validateCampaign for a caller that runs the ranking itself", () => {
  it("leaves out the checks the ranking makes on its own sheets", () => {
    expect(
      validate(false)
        .filter((f) => SHARED.has(f.rule))
        .map((f) => `${f.rule}@${f.sheet}`)
    ).toEqual(expect.arrayContaining(["ranking.unknownUnit@评议评分", "ranking.duplicateUnit@单位名册"]));
    expect(validate(true).filter((f) => f.sheet === "评议评分" || f.rule === "ranking.duplicateUnit")).toEqual([]);
  });

  it("keeps every check of its own, the unknown unit on 工作进度 included", () => {
    const rankingSheets = ["单位名册", "评议主体", "评议评分", "加减分", "违规记录"];
    const own = (findings: ReturnType<typeof validate>) => findings.filter((f) => !(SHARED.has(f.rule) && rankingSheets.includes(f.sheet)));
    expect(validate(true)).toEqual(own(validate(false)));
    expect(validate(true).map((f) => `${f.rule}@${f.sheet}`)).toContain("ranking.unknownUnit@工作进度");
  });
});
