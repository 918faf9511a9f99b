/**
 * The one conversion between Excel's dates and calendar dates. Excel's 1900 date
 * system counts 1900-01-01 as day 1 and keeps Lotus 1-2-3's fictitious 1900-02-29 as
 * day 60, so serials from 61 on are one day ahead of a plain day count. Calendar dates
 * carry no time zone: every conversion here is in UTC, whatever the machine's zone.
 */
import type { IsoDate } from "../domain/types";

const MS_PER_DAY = 86_400_000;
/** 1899-12-30 UTC: serial 0 for every serial from 61 (1900-03-01) on. */
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** The last serial Excel shows as a date: 9999-12-31. */
const MAX_SERIAL = 2958465;

/** The calendar date of an Excel serial (the fraction, a time of day, is dropped); null for serials before 1 or after 9999-12-31, or the fictitious 1900-02-29. */
export function serialToIso(serial: number): IsoDate | null {
  // Beyond 9999-12-31 a JavaScript Date's toISOString throws; Excel itself shows such a number as ####.
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) return null;
  const day = Math.floor(serial);
  if (day === 60) return null;
  const offset = day < 60 ? day + 1 : day;
  return new Date(EPOCH_MS + offset * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The Excel serial of a calendar date. */
export function isoToSerial(date: IsoDate): number {
  const ms = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  const days = Math.round((ms - EPOCH_MS) / MS_PER_DAY);
  return days <= 60 ? days - 1 : days;
}

/**
 * The calendar date of a JavaScript Date as exceljs returns it (UTC midnight of the day
 * shown in Excel). The UTC fields are read, never the local ones, so a reader in
 * Beijing and one in New York see the same day.
 */
export function jsDateToIso(date: Date): IsoDate | null {
  if (Number.isNaN(date.getTime())) return null;
  return date.toISOString().slice(0, 10);
}

/** UTC midnight of a calendar date, as exceljs writes dates. */
export function isoToJsDate(date: IsoDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** True when `text` is a real calendar date "YYYY-MM-DD". */
export function isValidIso(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Today's calendar date in the given clock's local sense, from an injected clock (the domain never reads Date.now()). */
export function isoOfInstant(instant: Date): IsoDate {
  const y = instant.getFullYear();
  const m = String(instant.getMonth() + 1).padStart(2, "0");
  const d = String(instant.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}
