/**
 * The shape of a validation rule as data: the rule, the sheet its findings land on, the
 * sheets it looks things up in, a one-line description for 规则说明, and a check that
 * yields the offending records and fields. validateCampaign turns each offence into a
 * finding at the cell of that field; a check never builds a message itself.
 */
import { RANK_UNKNOWN_UNIT } from "../catalogue/ranking-rules";
import type { Rule } from "../findings";
import { rowText } from "../ranking/cells";
import type { Origin } from "../types";
import type { ValidationContext } from "./context";
import { VALIDATION_SHEETS } from "./sheet-names";
import { suggestionFor } from "./suggest";

export type Params = Record<string, string | number>;

/** One offending record: the finding goes at `field` of the record's row, or at the sheet when there is no field. */
export interface Offence {
  origin?: Origin;
  field?: string;
  params: Params;
}

/** One entry of the rule table. */
export interface Check {
  rule: Rule<Params>;
  /** The sheet the findings land on. */
  sheet: string;
  /** Other sheets the check looks things up in: it is skipped when one of them could not be read. */
  needs?: readonly string[];
  /** One line for 规则说明 (Chinese). */
  description: string;
  check: (ctx: ValidationContext) => Iterable<Offence>;
}

/** A record read from a sheet. */
interface Located {
  origin?: Origin;
}

/** Each record whose key was already seen, with the first record of that key (the first occurrence is the one kept). */
export function* repeats<T extends Located>(records: readonly T[], keyOf: (record: T) => string | number): Generator<[T, T]> {
  const first = new Map<string | number, T>();
  for (const record of records) {
    const key = keyOf(record);
    const earlier = first.get(key);
    if (earlier) yield [record, earlier];
    else first.set(key, record);
  }
}

/** "第5行": where the first occurrence of a repeated key is. */
export function firstRow(record: Located): string {
  return rowText(record.origin);
}

/** A rule against a repeated key: each later record with a key already seen is an offence at `field`, naming the first row. */
export function duplicateCheck<T extends Located>(
  rule: Rule<Params>,
  sheet: string,
  description: string,
  records: (ctx: ValidationContext) => readonly T[],
  keyOf: (record: T) => string | number,
  field: string,
  params: (record: T) => Params
): Check {
  return {
    rule,
    sheet,
    description,
    *check(ctx) {
      for (const [record, first] of repeats(records(ctx), keyOf))
        yield { origin: record.origin, field, params: { ...params(record), first: firstRow(first) } };
    },
  };
}

/** The ranking's rule for a unit code not in 单位名册 (nor on a row of it that could not be read), applied to one more sheet's 单位编码 column. */
export function unknownUnitCheck<T extends Located & { unitCode: string }>(
  sheet: string,
  records: (ctx: ValidationContext) => readonly T[],
  description: string
): Check {
  return {
    rule: RANK_UNKNOWN_UNIT,
    sheet,
    needs: [VALIDATION_SHEETS.units],
    description,
    *check(ctx) {
      const { unitIndex, unreadableUnits } = ctx.roster;
      for (const record of records(ctx)) {
        // A unit whose own row could not be read is already an error there, not also here.
        if (unitIndex.has(record.unitCode) || unreadableUnits.has(record.unitCode)) continue;
        yield { origin: record.origin, field: "unitCode", params: { code: record.unitCode, suggestion: suggestionFor(record.unitCode, unitIndex) } };
      }
    },
  };
}
