/**
 * Day arithmetic on calendar dates for the demo generator. Every step is in UTC, so
 * the demo is the same in every time zone; no clock is read.
 */
import type { IsoDate } from "../domain/types";
import type { Random } from "./random";

const MS_PER_DAY = 86_400_000;

function dayOf(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
}

function isoOfDay(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The date `days` after `date` (before it when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return isoOfDay(dayOf(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayOf(to) - dayOf(from);
}

/** The later of two dates. */
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

/** The earlier of two dates. */
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

/** A date drawn evenly from `from` to `to`, both included (`from` itself when `to` is earlier). */
export function randomDate(rng: Random, from: IsoDate, to: IsoDate): IsoDate {
  return addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));
}

/** The last day of `month` (1–12) in `year`. */
export function monthEnd(year: number, month: number): IsoDate {
  return isoOfDay(Date.UTC(year, month, 0) / MS_PER_DAY);
}
