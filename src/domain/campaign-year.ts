/**
 * The campaign year as typed into a year box: full-width digits are read, anything else
 * that is not a plain four-digit year in range is refused with a message. The range is
 * the one 参数设置 accepts for 活动年度, so a year the pane accepts the sheet accepts too.
 */
import { toHalfWidth, trimAll } from "./text";

/** The years a campaign may be set in (both included). */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;

export type YearParse = { ok: true; year: number } | { ok: false; message: string };

/** Reads `text` as a campaign year ("２０１１" → 2011); a Chinese message says why when it cannot. */
export function parseCampaignYear(text: string): YearParse {
  const typed = trimAll(text);
  const folded = trimAll(toHalfWidth(typed)).replace(/\s*年$/, "");
  const range = `${YEAR_RANGE.min}–${YEAR_RANGE.max}`;
  if (typed === "") return { ok: false, message: `未填写年度。请填写 ${range} 之间的四位数字年份，例如 2011。` };
  if (!/^\d{4}$/.test(folded)) {
    return {
      ok: false,
      message: `无法识别年度“${typed}”：年度须用阿拉伯数字填写，如 2011（不能写成“二〇一一”）。请填写 ${range} 之间的四位数字年份。`,
    };
  }
  const year = Number(folded);
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
    return { ok: false, message: `年度 ${year} 超出可用范围：工作台只支持 ${range} 年。请改填这一范围内的年份。` };
  }
  return { ok: true, year };
}
