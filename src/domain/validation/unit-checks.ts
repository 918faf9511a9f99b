/** 单位名册 and 重点工作: the roster's references and the key tasks with their lead and cooperating units. */
import * as V from "../catalogue/validation-rules";
import { looseKey } from "../text";
import { type Check, duplicateCheck } from "./check-kit";
import { VALIDATION_SHEETS as S } from "./sheet-names";
import { suggestionFor } from "./suggest";

export const UNIT_CHECKS: readonly Check[] = [
  {
    rule: V.UNITS_ROSTER_EMPTY,
    sheet: S.units,
    description: "单位名册为空时提示一次，不逐条核对重点工作的牵头、配合单位",
    *check(ctx) {
      if (ctx.rosterEmpty) yield { params: {} };
    },
  },
  {
    rule: V.UNIT_UNKNOWN_PARENT,
    sheet: S.units,
    description: "上级单位编码须为名册中已有的单位编码",
    *check(ctx) {
      for (const unit of ctx.rows("units", ["parentCode"])) {
        if (unit.parentCode !== "" && !ctx.roster.unitIndex.has(unit.parentCode) && !ctx.roster.unreadableUnits.has(unit.parentCode)) {
          yield {
            origin: unit.origin,
            field: "parentCode",
            params: { code: unit.parentCode, suggestion: suggestionFor(unit.parentCode, ctx.roster.unitIndex) },
          };
        }
      }
    },
  },
  // Over the roster, not the rows: a repeated code is already an error there, not also a repeated name.
  duplicateCheck(
    V.UNIT_DUPLICATE_NAME,
    S.units,
    "单位名称不重复（重点工作按名称指明牵头、配合单位）",
    (ctx) => ctx.roster.units,
    (u) => looseKey(u.name),
    "name",
    (u) => ({ name: u.name })
  ),
];

export const TASK_CHECKS: readonly Check[] = [
  duplicateCheck(
    V.TASK_DUPLICATE_SEQ,
    S.tasks,
    "重点工作的序号不重复",
    (ctx) => ctx.rows("tasks", ["seq"]),
    (t) => t.seq,
    "seq",
    (t) => ({ seq: t.seq })
  ),
  {
    rule: V.TASK_MISSING_SEQ,
    sheet: S.tasks,
    description: "重点工作的序号从 1 起连续编号（项数以「重点工作」表为准）",
    *check(ctx) {
      // An empty sheet is a sheet the reader could not read or a list not yet entered: nothing to compare.
      if (ctx.knownSeqs.size === 0) return;
      // The document names "28项重点工作" but not the list; the office's sheet sets how many, so
      // only a gap below its highest 序号 is missing, never a number past it.
      // Gaps are found between the known numbers, never by counting up to the highest: a 序号 typed
      // as 2000000 must not make the check walk two million numbers.
      const { text, count } = gaps([...ctx.knownSeqs]);
      if (count > 0) yield { params: { seqs: text, count } };
    },
  },
  {
    rule: V.TASK_UNKNOWN_LEAD,
    sheet: S.tasks,
    needs: [S.units],
    description: "牵头单位是名册中的一个单位（名称或编码）",
    *check(ctx) {
      if (ctx.rosterEmpty) return;
      for (const task of ctx.rows("tasks", ["lead"])) {
        if (!ctx.unitsNamed(task.lead)) yield { origin: task.origin, field: "lead", params: { lead: task.lead } };
      }
    },
  },
  {
    rule: V.TASK_UNKNOWN_COOPERATING,
    sheet: S.tasks,
    needs: [S.units],
    description: "配合单位是名册中的单位（名称或编码，用、分隔，或“各”加单位类别）",
    *check(ctx) {
      if (ctx.rosterEmpty) return;
      for (const task of ctx.rows("tasks", ["cooperating"])) {
        const unknown = task.cooperating.filter((name) => !ctx.unitsNamed(name));
        if (unknown.length > 0) yield { origin: task.origin, field: "cooperating", params: { names: unknown.join("、") } };
      }
    },
  },
];

/**
 * The numbers from 1 up to the highest given that are missing, as "3、7–9、12": runs of three or
 * more shown as a range. Works from the gaps between the given numbers, so its cost is the count
 * of numbers given, however large they are.
 */
export function gaps(given: readonly number[]): { text: string; count: number } {
  const sorted = [...new Set(given)].filter((n) => Number.isSafeInteger(n) && n >= 1).sort((a, b) => a - b);
  const parts: string[] = [];
  let count = 0;
  let previous = 0;
  for (const n of sorted) {
    const from = previous + 1;
    const to = n - 1;
    if (to >= from) {
      count += to - from + 1;
      if (to - from >= 2) parts.push(`${from}–${to}`);
      else for (let k = from; k <= to; k++) parts.push(String(k));
    }
    previous = n;
  }
  return { text: parts.join("、"), count };
}
