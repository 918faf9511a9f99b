/** Whole-day arithmetic on calendar dates for supervision: in UTC, so every time zone counts alike. */
import type { IsoDate } from "../types";

const MS_PER_DAY = 86_400_000;

function dayNumber(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysFrom(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}
