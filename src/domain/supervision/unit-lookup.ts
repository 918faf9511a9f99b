/**
 * Finding a unit from what 重点工作 says about it: its 牵头单位 holds a unit's code or its
 * name (四、第二阶段: each task has one lead department). Codes win over names; text is
 * folded as the reader folds it, so “镇（区）” finds 镇(区) and stray spaces do not matter.
 */
import { looseKey } from "../text";
import type { Unit } from "../types";

export interface UnitLookup {
  /** The unit with this code, if any. */
  byCode(code: string): Unit | undefined;
  /** The unit a code or a name stands for; undefined when none does. */
  resolve(ref: string): Unit | undefined;
}

/** Indexes the roster by code and by name (a repeated code or name keeps its first row). */
export function unitLookup(units: readonly Unit[]): UnitLookup {
  const codes = new Map<string, Unit>();
  const names = new Map<string, Unit>();
  for (const unit of units) {
    if (!codes.has(looseKey(unit.code))) codes.set(looseKey(unit.code), unit);
    if (!names.has(looseKey(unit.name))) names.set(looseKey(unit.name), unit);
  }
  const byCode = (code: string) => codes.get(looseKey(code));
  return { byCode, resolve: (ref) => (looseKey(ref) === "" ? undefined : (byCode(ref) ?? names.get(looseKey(ref)))) };
}
