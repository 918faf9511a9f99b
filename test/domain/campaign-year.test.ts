import { parseCampaignYear, YEAR_RANGE } from "../../src/domain/campaign-year";

describe("parseCampaignYear", () => {
  it.each([
    ["2011", 2011],
    ["２０１１", 2011],
    [" 2012 ", 2012],
    ["2013年", 2013],
    ["２０１４年", 2014],
    [String(YEAR_RANGE.min), YEAR_RANGE.min],
    [String(YEAR_RANGE.max), YEAR_RANGE.max],
  ])("reads %p as %p", (text, year) => {
    expect(parseCampaignYear(text)).toEqual({ ok: true, year });
  });

  it.each([
    ["二〇一一", "阿拉伯数字"],
    ["1999", "超出可用范围"],
    ["2101", "超出可用范围"],
    ["", "未填写年度"],
    ["20111", "无法识别"],
    ["2011.5", "无法识别"],
    ["0x7DB", "无法识别"],
    ["2e3", "无法识别"],
    ["abc", "无法识别"],
  ])("refuses %p with a message (never a silent default or clamp)", (text, words) => {
    const parsed = parseCampaignYear(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toContain(words);
      expect(parsed.message).toContain("2000–2100");
    }
  });
});
