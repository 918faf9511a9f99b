/** The 数据截至 date the 督查 section works on: typed as yyyy-mm-dd, checked to be a real date. */
import type { IsoDate } from "../../../domain/types";

/** The date of `text` when it is a real calendar date written yyyy-mm-dd, else null. */
export function parseAsOf(text: string): IsoDate | null {
  const trimmed = text.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === trimmed ? trimmed : null;
}

/** Why a typed date is refused, in the words the pane shows under the box. */
export const AS_OF_HINT = "请按 yyyy-mm-dd 填写一个有效日期，例如 2010-09-30。";
