/**
 * The 自查自纠 ledger as of a date (四、第三阶段: 整改措施要明确时限和要求，确保落实到位):
 * per unit and per 单位类别, the problems found, those closed (已整改, 销号) and the rate, and
 * every open problem past its 整改时限 as a finding at that cell. A problem closed after the
 * date was still open on it, so a notice for an earlier date reads as it would have then.
 */
import { PROBLEM_CATEGORIES, RECTIFICATION_DONE, UNIT_CATEGORIES } from "../campaign";
import { INSPECTION_OVERDUE } from "../catalogue/supervision-rules";
import { findingOf, type Finding } from "../findings";
import type { IsoDate, Locate, SelfInspection, Unit } from "../types";
import { daysFrom } from "./days";
import { unitLookup } from "./unit-lookup";

/** Shown as the category of a unit code that 单位名册 does not hold (校验 reports the code itself). */
export const UNLISTED_CATEGORY = "（未在单位名册中）";

/** Counts of one unit or one category. */
export interface LedgerTally {
  found: number;
  closed: number;
  /** 销号率 in percent, one decimal; null when nothing was found. */
  rate: number | null;
  overdue: number;
}

export interface UnitLedger extends LedgerTally {
  unitCode: string;
  unitName: string;
  category: string;
}

export interface CategoryLedger extends LedgerTally {
  category: string;
  /** Units with at least one problem. */
  units: number;
}

/** The tally of one 问题类别 (the five abilities and five styles of 一、工作目标). */
export interface ProblemCategoryLedger extends LedgerTally {
  problemCategory: string;
}

export interface InspectionLedger {
  /** Units in roster order (unlisted codes last), each with at least one problem. */
  byUnit: UnitLedger[];
  /** Categories in the campaign's order (镇(区), 市级机关部门, 市直单位, 重点科室), any other after them. */
  byCategory: CategoryLedger[];
  total: LedgerTally;
  /** Per 问题类别, the ten of 一、工作目标 in their order (those with problems), any other after them. */
  byProblemCategory: ProblemCategoryLedger[];
  /** The open problems past their 整改时限, in sheet order. */
  overdueItems: SelfInspection[];
  /** One warning per overdue problem, at its 整改时限 cell. */
  findings: Finding[];
}

/** True when the problem was closed (已整改) on or before `asOf`; 已整改 without a date counts as closed (校验 asks for the date). */
export function closedBy(item: SelfInspection, asOf: IsoDate): boolean {
  return item.status === RECTIFICATION_DONE && (item.doneDate === null || item.doneDate <= asOf);
}

/** True when the problem is still open on `asOf` and its 整改时限 has passed. */
export function overdueOn(item: SelfInspection, asOf: IsoDate): boolean {
  return asOf > item.dueDate && !closedBy(item, asOf);
}

/** The ledger figures of `inspections` as of `asOf`. */
export function inspectionLedger(inspections: readonly SelfInspection[], units: readonly Unit[], asOf: IsoDate, locate: Locate): InspectionLedger {
  const lookup = unitLookup(units);
  const order = new Map(units.map((u, i) => [u.code, i]));
  const byUnit = new Map<string, UnitLedger>();
  const byKind = new Map<string, ProblemCategoryLedger>();
  const overdueItems: SelfInspection[] = [];
  const findings: Finding[] = [];
  for (const item of inspections) {
    const unit = lookup.byCode(item.unitCode);
    const row = byUnit.get(item.unitCode) ?? {
      unitCode: item.unitCode,
      unitName: unit?.name ?? "",
      category: unit?.category ?? UNLISTED_CATEGORY,
      ...emptyTally(),
    };
    byUnit.set(item.unitCode, row);
    const kind = byKind.get(item.category) ?? { problemCategory: item.category, ...emptyTally() };
    byKind.set(item.category, kind);
    row.found++;
    kind.found++;
    if (closedBy(item, asOf)) {
      row.closed++;
      kind.closed++;
    }
    if (!overdueOn(item, asOf)) continue;
    row.overdue++;
    kind.overdue++;
    overdueItems.push(item);
    const params = {
      code: item.unitCode,
      name: unit?.name ?? "未在单位名册中",
      id: item.problemId,
      due: item.dueDate,
      asOf,
      days: daysFrom(item.dueDate, asOf),
      status: item.status,
      owner: item.owner,
    };
    findings.push(findingOf(INSPECTION_OVERDUE, item.origin?.sheet ?? "自查自纠", locate(item.origin, "dueDate"), params));
  }
  const rank = (code: string) => order.get(code) ?? Number.MAX_SAFE_INTEGER;
  const unitRows = [...byUnit.values()].sort((a, b) => rank(a.unitCode) - rank(b.unitCode)).map(withRate);
  const categories = new Map<string, CategoryLedger>();
  for (const u of unitRows) {
    const c = categories.get(u.category) ?? { category: u.category, units: 0, ...emptyTally() };
    categories.set(u.category, c);
    c.units++;
    add(c, u);
  }
  const total = emptyTally();
  for (const u of unitRows) add(total, u);
  const place = (category: string) => {
    const i = (UNIT_CATEGORIES as readonly string[]).indexOf(category);
    return i < 0 ? UNIT_CATEGORIES.length : i;
  };
  const byCategory = [...categories.values()].sort((a, b) => place(a.category) - place(b.category)).map(withRate);
  const kindPlace = (kind: string) => {
    const i = PROBLEM_CATEGORIES.indexOf(kind);
    return i < 0 ? PROBLEM_CATEGORIES.length : i;
  };
  const byProblemCategory = [...byKind.values()].sort((a, b) => kindPlace(a.problemCategory) - kindPlace(b.problemCategory)).map(withRate);
  return { byUnit: unitRows, byCategory, total: withRate(total), byProblemCategory, overdueItems, findings };
}

function emptyTally(): LedgerTally {
  return { found: 0, closed: 0, rate: null, overdue: 0 };
}

function add(into: LedgerTally, from: LedgerTally): void {
  into.found += from.found;
  into.closed += from.closed;
  into.overdue += from.overdue;
}

/** 销号率 = closed ÷ found, in percent with one decimal (BRIEF.md). */
function withRate<T extends LedgerTally>(tally: T): T {
  return { ...tally, rate: tally.found === 0 ? null : Math.round((1000 * tally.closed) / tally.found) / 10 };
}
