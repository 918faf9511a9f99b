/** Small helpers for citing cells and rows in findings and evidence. */
import type { Locate, Origin } from "../types";

/** The A1 cell of `field` of a record, or "" when the record has no origin (built in code, not read). */
export function cellOf(locate: Locate, origin: Origin | undefined, field: string): string {
  return origin ? locate(origin, field) : "";
}

/** "第5行" for a record read from row 5, or a neutral phrase for a record without origin. */
export function rowText(origin: Origin | undefined): string {
  return origin ? `第${origin.row}行` : "前面的记录";
}

/** Compares strings by code point: locale-free, so every machine sorts alike. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
