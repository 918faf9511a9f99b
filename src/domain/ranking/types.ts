/**
 * The ranking engine's input and result (四、第四阶段 评议考核; 五、问责追究). The records
 * come from the reader already typed cell by cell; the engine only judges how they fit
 * together (unknown codes, duplicates, weights) and computes.
 */
import type { Finding } from "../findings";
import type { Settings } from "../settings";
import type { Adjustment, EvaluatorGroup, Locate, Score, Unit, Violation } from "../types";

/**
 * Codes and names on rows of 单位名册 and 评议主体 that the reader left out because a cell
 * could not be read (it reported that cell). The unit or group exists, so a reference to it
 * is not "unknown"; it cannot be used, so the records that refer to it are left out without
 * a second error: its own row's error is the one finding.
 */
export interface Unreadable {
  unitCodes: ReadonlySet<string>;
  unitNames: ReadonlySet<string>;
  groupNames: ReadonlySet<string>;
}

/** Everything the ranking needs, as read from the workbook. */
export interface RankingInput {
  settings: Settings;
  units: Unit[];
  groups: EvaluatorGroup[];
  scores: Score[];
  adjustments: Adjustment[];
  violations: Violation[];
  /** The A1 address of the cell that held a record's field. */
  locate: Locate;
  /** Units and groups on rows the reader could not read (default: none). */
  unreadable?: Unreadable;
}

/** One ranked unit of one category. */
export interface RankedUnit {
  category: string;
  unitCode: string;
  unitName: string;
  /** Evaluation plus adjustments, unrounded. */
  total: number;
  /** `total` rounded to the score precision: what the sheet shows and what ranks compare. */
  score: number;
  rank: number;
  /** Weighted mean of the group scores present. */
  evaluation: number;
  /** Group score by group name; null when the group did not score the unit. */
  groupScores: Record<string, number | null>;
  /** Sum of the unit's 加减分. */
  adjustment: number;
  /** True when at least one group did not score the unit and the weights were re-normalised. */
  reweighted: boolean;
  /** True when the unit is named in an accountability entry that needs review. */
  needsReview: boolean;
  /** Notes for the 备注 column (Chinese). */
  notes: string[];
}

export type AccountabilityType = "考评问责" | "违规问责" | "监管问责";

/** One name on the accountability list, with the clause that applies and the evidence. */
export interface AccountabilityEntry {
  type: AccountabilityType;
  unitCode: string;
  unitName: string;
  category: string;
  person: string;
  /** 党政主要负责人, 科室负责人 or 责任人. */
  role: string;
  /** The words of the clause of section 五 that applies. */
  basis: string;
  /** The sheet and row, or the ranking, that triggered the entry. */
  evidence: string;
  needsReview: boolean;
}

/** A unit that was not ranked, and why. */
export interface UnrankedUnit {
  unitCode: string;
  unitName: string;
  category: string;
  reason: string;
}

/** The outcome of one ranking run. Rankings and accountability are empty when an error blocked them. */
export interface RankingResult {
  ok: boolean;
  findings: Finding[];
  rankings: RankedUnit[];
  unranked: UnrankedUnit[];
  accountability: AccountabilityEntry[];
  /** For each 考评问责 entry (set by rankCampaign; absent on results built elsewhere): the margin to the nearest unit not named, and the single evaluators or groups whose removal changes it. */
  robustness?: EntryRobustness[];
}

/** One removal that takes an entry's unit out of the named set. */
/** (Robustness of 考评问责: see robustness.ts.) */
export interface Flip {
  kind: "evaluator" | "group";
  /** The evaluator's code or the group's name. */
  id: string;
  /** The evaluator's groups (for an evaluator), in sheet order. */
  groups: string[];
  /** The units named after the removal (codes, worst first). */
  namedAfter: string[];
}

/** The robustness of one 考评问责 entry. */
export interface EntryRobustness {
  unitCode: string;
  category: string;
  /** Points (at the score precision) between this unit and the nearest unit not named; null when every unit is named. */
  margin: number | null;
  /** That nearest unit's code. */
  nextUnitCode: string | null;
  /** Every single evaluator or group whose removal takes the unit out of the named set. */
  flips: Flip[];
}
