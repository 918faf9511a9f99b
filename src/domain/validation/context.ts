/**
 * What every check of validation looks things up in, built once per run: the roster (the
 * ranking's own, so that duplicate codes are judged once and alike), units by name, tasks
 * by 序号, and how a name typed in 重点工作 resolves to units. A unit or group whose row
 * the reader could not read is known but unusable: a reference to it is never "unknown".
 */
import type { Finding } from "../findings";
import { buildRoster, NOTHING_UNREADABLE, type Roster } from "../ranking/roster";
import type { Unreadable } from "../ranking/types";
import type { Settings } from "../settings";
import { looseKey } from "../text";
import type { CampaignData, IsoDate, KeyTask, Locate } from "../types";
import { withFields, type RecordOf, type RejectedRecords, type WithFields } from "./partial";

/** What validateCampaign is given. */
export interface ValidationInput {
  data: CampaignData;
  settings: Settings;
  locate: Locate;
  /** The run date: nothing typed may be dated after it (the domain never reads a clock). */
  today: IsoDate;
  /**
   * Sheets that could not be read (missing, or a header missing: the reader has reported
   * them). Checks on them, or that look things up in them, are skipped rather than
   * reporting every reference as unknown.
   */
  unreadSheets?: readonly string[];
  /** Units and groups on rows the reader could not read (it has reported them); default: none. */
  unreadable?: Unreadable;
  /**
   * The rows of each sheet the reader left out for a cell it could not read (it has reported
   * that cell), with the fields it could read: they still go through every rule whose fields
   * they have. Default: none.
   */
  rejected?: RejectedRecords;
  /**
   * True when the caller runs the ranking itself on the same records (校验 does, to report
   * the ranking's own judgements): the ranking then makes the checks it shares with
   * validation (RANKING_CHECKS), and they are left out here so each is made once.
   */
  rankedByCaller?: boolean;
}

export interface ValidationContext {
  data: CampaignData;
  settings: Settings;
  today: IsoDate;
  roster: Roster;
  /** The roster's own findings (duplicate codes and groups, categories, weights). */
  rosterFindings: Finding[];
  locate: Locate;
  /** True when 单位名册 holds no unit, readable or not (a blank workbook): names in 重点工作 are not checked. */
  rosterEmpty: boolean;
  /** Tasks by 序号 (the first row of a repeated 序号). */
  tasksBySeq: Map<number, KeyTask>;
  /** The rows the reader left out, by sheet (see ValidationInput.rejected). */
  rejected: RejectedRecords;
  /** Every 序号 on a row of 重点工作, including rows the reader could not read whole (known, not unknown). */
  knownSeqs: ReadonlySet<number>;
  /**
   * The records of sheet `key` whose `fields` were read: the whole records and the rows the
   * reader left out that have every one of those fields, in worksheet row order.
   */
  rows<K extends keyof CampaignData, F extends keyof RecordOf<K>>(key: K, fields: readonly F[]): WithFields<RecordOf<K>, F>[];
  /**
   * The unit codes a name, a code or “各”+category typed in 重点工作 stands for; empty for a
   * unit whose row could not be read (known, but it stands for no usable unit); undefined when unknown.
   */
  unitsNamed(ref: string): readonly string[] | undefined;
  /** The codes of a task's lead and cooperating units; null when its lead names no unit. */
  responsibleFor(task: KeyTask): ReadonlySet<string> | null;
}

/** A collective name: “各镇(区)” stands for every unit of the category 镇(区). */
const COLLECTIVE_PREFIX = "各";

/** Builds the lookups of one validation run. */
export function validationContext(input: ValidationInput): ValidationContext {
  const { data, settings, today, locate } = input;
  const rosterFindings: Finding[] = [];
  const unreadable = input.unreadable ?? NOTHING_UNREADABLE;
  const roster = buildRoster(data.units, data.groups, locate, rosterFindings, unreadable);
  const byName = new Map<string, string>();
  const byCategory = new Map<string, string[]>();
  for (const unit of roster.units) {
    const key = looseKey(unit.name);
    if (!byName.has(key)) byName.set(key, unit.code);
    const list = byCategory.get(looseKey(unit.category));
    if (list) list.push(unit.code);
    else byCategory.set(looseKey(unit.category), [unit.code]);
  }
  const unreadableNames = new Set([...unreadable.unitNames].map(looseKey));
  const tasksBySeq = new Map<number, KeyTask>();
  for (const task of data.tasks) if (!tasksBySeq.has(task.seq)) tasksBySeq.set(task.seq, task);
  const rejected = input.rejected ?? {};
  const rows = <K extends keyof CampaignData, F extends keyof RecordOf<K>>(key: K, fields: readonly F[]) =>
    withFields<RecordOf<K>, F>(data[key], rejected[key], fields);
  const knownSeqs = new Set(rows("tasks", ["seq"]).map((t) => t.seq));

  const unitsNamed = (ref: string): readonly string[] | undefined => {
    const key = looseKey(ref);
    if (roster.unitIndex.has(key)) return [key];
    const code = byName.get(key);
    if (code !== undefined) return [code];
    if (roster.unreadableUnits.has(key) || unreadableNames.has(key)) return [];
    return key.startsWith(COLLECTIVE_PREFIX) ? byCategory.get(key.slice(COLLECTIVE_PREFIX.length)) : undefined;
  };
  const responsible = new Map<KeyTask, Set<string> | null>();
  const responsibleFor = (task: KeyTask): ReadonlySet<string> | null => {
    let set = responsible.get(task);
    if (set === undefined) {
      const lead = unitsNamed(task.lead);
      set = lead ? new Set([...lead, ...task.cooperating.flatMap((name) => unitsNamed(name) ?? [])]) : null;
      responsible.set(task, set);
    }
    return set;
  };
  return {
    data,
    settings,
    today,
    roster,
    rosterFindings,
    locate,
    rosterEmpty: data.units.length === 0 && (rejected.units ?? []).length === 0,
    tasksBySeq,
    rejected,
    knownSeqs,
    rows,
    unitsNamed,
    responsibleFor,
  };
}
