/**
 * Every message and basis of the finding catalogues, rendered with sample parameters in each
 * of their branches, reads as the office should read it (issue 8): no rule id, command line
 * or internal file; only buttons the pane has; numbers spaced alike on both sides. Dates
 * come in as yyyy-mm-dd and go out unchanged.
 */
import { KEY_SECTION_CATEGORY } from "../../src/domain/campaign";
import * as RANKING from "../../src/domain/catalogue/ranking-rules";
import * as READING from "../../src/domain/catalogue/reading-rules";
import * as SUPERVISION from "../../src/domain/catalogue/supervision-rules";
import * as VALIDATION from "../../src/domain/catalogue/validation-rules";
import type { Rule } from "../../src/domain/findings";
import { lopsidedNumbers, paneLabels, wordingProblems } from "../support/wording";

type Params = Record<string, string | number>;

const RULES = [READING, VALIDATION, RANKING, SUPERVISION].flatMap((catalogue) =>
  Object.values(catalogue).filter((v): v is Rule<Params> => typeof v === "object" && v !== null && "id" in v && "message" in v)
);

const DATE_KEYS = new Set(["date", "due", "today", "from", "to", "start", "asOf"]);
const NUMBER_KEYS = new Set(["seq", "count", "percent", "days", "bottomN", "year", "weight", "number"]);

/** What the readers pass as `allowed`: a range that opens with a digit, one that opens with words, a list, a date. */
const ALLOWED = ["0 到 100 之间的数字", "大于 0 且不大于 100 的数字", "不小于 1 的整数", "日期（例如 2010-03-05）", "文字", "满意、基本满意"];

/** Sample parameters: each key read gets a value of its kind; `overrides` reach the rules' other branches. */
function sample(overrides: Params): Params {
  return new Proxy(overrides, {
    get: (target, key: string) => {
      if (key in target) return target[key];
      if (DATE_KEYS.has(key)) return "2010-03-05";
      if (NUMBER_KEYS.has(key)) return 3;
      return "样例";
    },
  });
}

const VARIANTS: Params[] = [
  {},
  { code: "", value: "", percent: 100, category: KEY_SECTION_CATEGORY },
  { value: 105 },
  ...ALLOWED.map((allowed) => ({ allowed })),
];

const renderings = RULES.flatMap((rule) => [
  { rule: rule.id, part: "basis", text: rule.basis },
  ...VARIANTS.map((params) => ({ rule: rule.id, part: `message ${JSON.stringify(params)}`, text: rule.message(sample(params)) })),
]);

describe("the finding catalogues' wording", () => {
  const labels = paneLabels();

  it("covers every rule of the four catalogues", () => {
    expect(RULES.length).toBeGreaterThan(50);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it.each(renderings)("$rule $part", ({ text }) => {
    expect(wordingProblems(text, labels)).toEqual([]);
  });

  it("the checker itself catches what it is for", () => {
    expect(wordingProblems("见 ranking.unknownUnit", labels)).toHaveLength(1);
    expect(wordingProblems("请运行 tisheng rank --out 结果.xlsx", labels)).toHaveLength(2);
    expect(wordingProblems("见 src/app/rank-operation.ts", labels)).toHaveLength(1);
    expect(wordingProblems("请点击“补全工作表”", labels)).toEqual(["names a button the pane does not have: “补全工作表”"]);
    expect(lopsidedNumbers("「得分」应为0 到 100 之间的数字")).toHaveLength(1);
    expect(lopsidedNumbers("共 3项")).toHaveLength(1);
    expect(lopsidedNumbers("第1行，3月5日前，应为 0 到 100，2010-03-05，进度 100%。")).toEqual([]);
  });

  // Regression: an out-of-range 得分 read 「得分」应为0 到 100 之间的数字 (the range opens with a digit).
  it("a range that opens with a digit is spaced after 应为", () => {
    const params = sample({ header: "得分", allowed: "0 到 100 之间的数字", value: 105 });
    expect(READING.CELL_OUT_OF_RANGE.message(params)).toBe("「得分」应为 0 到 100 之间的数字，实际为 105。");
    expect(READING.CELL_NOT_NUMBER.message({ ...params, value: "九十" })).toBe("「得分」应为 0 到 100 之间的数字，实际填写的是“九十”。");
    expect(READING.CELL_NOT_NUMBER.message({ ...params, allowed: "数字", value: "九十" })).toBe("「得分」应为数字，实际填写的是“九十”。");
  });

  // Regression: a missing sheet told the user to click “补齐缺失工作表” in 任务窗格 without the tab, and named
  // “创建标准工作簿” beside it, a button the pane never shows while other standard sheets exist.
  it("a missing sheet sends the user to 准备's 补齐缺失工作表 only", () => {
    const message = READING.SHEET_MISSING.message({ sheet: "评议评分" });
    expect(message).toContain("在提升年工作台的“准备”中点击“补齐缺失工作表”");
    expect(message).not.toContain("创建标准工作簿");
  });
});
