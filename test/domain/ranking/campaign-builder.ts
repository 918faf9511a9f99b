/**
 * Builds ranking inputs for tests from compact tables, with origins numbered as the
 * sheets would be (header in row 1, first record in row 2) and a locate that maps each
 * field to its contract column.
 */
import { defaultSettings, type Settings } from "../../../src/domain/settings";
import type { Adjustment, EvaluatorGroup, Locate, Score, Unit, Violation } from "../../../src/domain/types";
import type { RankingInput } from "../../../src/domain/ranking";

/** Contract columns by sheet and field (单位名册: 单位编码 A … 主要负责人 E, and so on). */
export const COLUMNS: Record<string, Record<string, string>> = {
  单位名册: { code: "A", name: "B", category: "C", parentCode: "D", leader: "E" },
  评议主体: { name: "A", weight: "B" },
  评议评分: { unitCode: "A", group: "B", evaluatorId: "C", score: "D" },
  加减分: { unitCode: "A", points: "B", reason: "C" },
  违规记录: { unitCode: "A", person: "B", date: "C", kind: "D", severity: "E", weakSupervision: "F", facts: "G" },
};

export const locate: Locate = (origin, field) => (origin ? `${COLUMNS[origin.sheet][field]}${origin.row}` : "");

export type UnitRow = [code: string, category: string, leader?: string];
export type ViolationRow = [code: string, person: string, severity: "一般" | "影响恶劣", weakSupervision?: boolean | null, kind?: string];
/** Scores by unit code, then group name: the list of that group's scores for the unit. */
export type ScoreTable = Record<string, Record<string, number[]>>;

export interface CampaignSpec {
  units: UnitRow[];
  groups?: Record<string, number>;
  scores?: ScoreTable;
  adjustments?: [code: string, points: number][];
  /** 监管不力 defaults to blank (null), 违规类型 to 违反机关效能规定. */
  violations?: ViolationRow[];
  settings?: Partial<Settings>;
}

export const TOWN = "镇(区)";
export const DEPT = "市级机关部门";
export const DIRECT = "市直单位";
export const KEY = "重点科室";

/** One unit per row of 单位名册, named after its code, led by 负责人<code> unless the row says otherwise. */
export function unitsOf(rows: UnitRow[]): Unit[] {
  return rows.map(([code, category, leader], i) => ({
    code,
    name: `单位${code}`,
    category,
    parentCode: "",
    leader: leader ?? `负责人${code}`,
    origin: { sheet: "单位名册", row: i + 2 },
  }));
}

/** Scores in table order; evaluator ids are "<group>-<n>" so each group's evaluators are distinct. */
export function scoresOf(table: ScoreTable): Score[] {
  const scores: Score[] = [];
  for (const [unitCode, byGroup] of Object.entries(table)) {
    for (const [group, values] of Object.entries(byGroup)) {
      values.forEach((score, n) =>
        scores.push({ unitCode, group, evaluatorId: `${group}-${n + 1}`, score, origin: { sheet: "评议评分", row: scores.length + 2 } })
      );
    }
  }
  return scores;
}

/** A ranking input from a compact spec; groups default to one group 甲 of weight 1. */
export function campaign(spec: CampaignSpec): RankingInput {
  const groups: EvaluatorGroup[] = Object.entries(spec.groups ?? { 甲: 1 }).map(([name, weight], i) => ({
    name,
    weight,
    origin: { sheet: "评议主体", row: i + 2 },
  }));
  const adjustments: Adjustment[] = (spec.adjustments ?? []).map(([unitCode, points], i) => ({
    unitCode,
    points,
    reason: "事由",
    origin: { sheet: "加减分", row: i + 2 },
  }));
  const violations: Violation[] = (spec.violations ?? []).map(([unitCode, person, severity, weakSupervision, kind], i) => ({
    unitCode,
    person,
    date: "2010-06-01",
    kind: kind ?? "违反机关效能规定",
    severity,
    weakSupervision: weakSupervision ?? null,
    facts: "事实",
    origin: { sheet: "违规记录", row: i + 2 },
  }));
  return {
    settings: { ...defaultSettings(2010), ...spec.settings },
    units: unitsOf(spec.units),
    groups,
    scores: scoresOf(spec.scores ?? {}),
    adjustments,
    violations,
    locate,
  };
}

/** Scores giving each unit a single score from group 甲 (the total is then exactly that score). */
export function single(totals: Record<string, number>): ScoreTable {
  return Object.fromEntries(Object.entries(totals).map(([code, score]) => [code, { 甲: [score] }]));
}
