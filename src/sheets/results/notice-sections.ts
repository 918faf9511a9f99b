/**
 * 三、存在的问题 and 四、整改情况 of a 督查通报: the findings circulated by unit, the tasks that
 * lag, are overdue or went unreported (with the lead unit's own words), and 销号 by 单位类别,
 * by 问题类别 and by unit, with the problems past their 整改时限.
 */
import type { Settings } from "../../domain/settings";
import type { SupervisionReport, TaskStatus } from "../../domain/supervision";
import type { SelfInspection } from "../../domain/types";
import { countsText, noticeStage, rateText } from "./notice-facts";
import { chineseDate, type NoticeBlock } from "./notice-model";

/** Numbers a notice's sub-points: （一）, （二）… */
export const SUB_NUMBERS = ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）", "（九）", "（十）"];

type NameOf = (code: string) => string;

/**
 * Every table runs 序号, a name, a short column, the long text, two short ones: so the notice
 * sheet lays every table over the same six columns (./supervision-notice).
 */
const TALLY_WIDTHS = [7, 25, 17, 17, 17, 17];

const TALLY_HEADER = ["查找问题（个）", "已整改销号（个）", "销号率", "逾期未整改（个）"];

/** The header of each kind of table in a notice. */
export const NOTICE_TABLES = {
  findings: ["序号", "单位", "督查日期", "发现问题"],
  tasks: ["序号", "牵头单位", "完成时限", "工作内容", "进度", "进展情况"],
  categories: ["序号", "单位类别", ...TALLY_HEADER],
  problemCategories: ["序号", "问题类别", ...TALLY_HEADER],
  units: ["序号", "单位", ...TALLY_HEADER],
  overdue: ["序号", "单位", "整改时限", "问题", "整改状态", "责任人"],
} as const;
const TALLY_NUMERIC = [0, 2, 3, 4, 5];

/** A paragraph whose lead is the next sub-number and its topic. */
function point(blocks: NoticeBlock[], n: number, topic: string, text: string): void {
  blocks.push({ kind: "paragraph", lead: `${SUB_NUMBERS[n] ?? `（${n + 1}）`}${topic}。`, text });
}

/** 三、存在的问题. */
export function problemBlocks(report: SupervisionReport, nameOf: NameOf): NoticeBlock[] {
  const blocks: NoticeBlock[] = [];
  let n = 0;
  const circulated = report.supervision.filter((r) => r.circulated);
  if (circulated.length === 0)
    point(
      blocks,
      n++,
      "督查发现的问题",
      report.supervision.length > 0 ? "本次督查发现的问题均未予通报，由各单位自行整改。" : "本次督查尚无督查记录。"
    );
  else {
    const units = [...new Set(circulated.map((r) => r.unitCode))];
    point(blocks, n++, "督查发现的问题", `本次督查予以通报的问题${circulated.length}个，涉及${units.length}个单位：`);
    blocks.push({
      kind: "table",
      header: [...NOTICE_TABLES.findings],
      rows: circulated.map((r, i) => [String(i + 1), nameOf(r.unitCode), r.date, r.finding]),
      widths: [7, 24, 17, 52],
      numeric: [0],
    });
  }
  const behind = report.tasks.filter((t) => t.status === "逾期" || t.status === "滞后").sort(byStatusThenSeq);
  const silent = report.tasks.filter((t) => t.status === "未报送");
  if (behind.length === 0 && silent.length === 0)
    point(blocks, n++, "重点工作推进", "各项重点工作均按序时进度推进或已完成，牵头单位均按报送周期报送了进度。");
  if (behind.length > 0) {
    const parts = countsText(
      [
        ["超过完成时限未完成", report.statusCounts.逾期],
        ["滞后于序时进度", report.statusCounts.滞后],
      ],
      "项",
      ""
    );
    point(blocks, n++, "重点工作推进滞后", `${parts}（进展情况为牵头单位报送的原话）：`);
    blocks.push(taskTable(behind));
  }
  if (silent.length > 0) {
    point(blocks, n++, "未按期报送进度", `${silent.length}项重点工作的牵头单位未按报送周期报送进度：`);
    blocks.push(taskTable(silent));
  }
  return blocks;
}

function taskTable(tasks: readonly TaskStatus[]): NoticeBlock {
  return {
    kind: "table",
    header: [...NOTICE_TABLES.tasks],
    rows: tasks.map((t) => [String(t.task.seq), t.lead.name, t.task.deadline, t.task.content, progressText(t), notesText(t)]),
    widths: [7, 14, 17, 29, 14, 19],
    numeric: [0],
  };
}

/** "序时 60%，实际 40%，滞后" and the like. */
function progressText(t: TaskStatus): string {
  const actual = t.latest === null ? "未报送" : `${t.latest.percent}%`;
  return `序时${t.expected}%，实际${actual}，${t.status}`;
}

function notesText(t: TaskStatus): string {
  if (t.latest === null) return "（牵头单位未报送进度）";
  const words = t.latest.notes.trim() || "（未填写进展情况）";
  return t.status === "未报送" ? `（最近报送${t.latest.date}）${words}` : words;
}

/** 四、整改情况: stage-aware, never a table of zeros. */
export function rectificationBlocks(report: SupervisionReport, settings: Settings, nameOf: NameOf): NoticeBlock[] {
  const ledger = report.inspections;
  const stage = noticeStage(settings, report.asOf);
  if (!stage.inspecting)
    return [{ kind: "paragraph", text: `自查自纠阶段于${chineseDate(settings.selfInspectionStart)}开始，整改销号情况将在自查自纠开始后通报。` }];
  if (ledger.total.found === 0) return [{ kind: "paragraph", text: "各单位尚未在自查自纠中登记问题，暂无整改销号情况。" }];
  const blocks: NoticeBlock[] = [];
  let n = 0;
  const t = ledger.total;
  point(blocks, n++, "按单位类别", `全市共查找问题${t.found}个，已整改销号${t.closed}个，销号率${rateText(t.rate)}。各类单位情况如下：`);
  const tally = (found: number, closed: number, rate: number | null, overdue: number) => [
    String(found),
    String(closed),
    rateText(rate),
    String(overdue),
  ];
  blocks.push({
    kind: "table",
    header: [...NOTICE_TABLES.categories],
    rows: [
      ...ledger.byCategory.map((c, i) => [String(i + 1), c.category, ...tally(c.found, c.closed, c.rate, c.overdue)]),
      ["", "合计", ...tally(t.found, t.closed, t.rate, t.overdue)],
    ],
    widths: TALLY_WIDTHS,
    numeric: TALLY_NUMERIC,
  });
  point(blocks, n++, "按问题类别", "对照“五种能力”“五种作风”，查找的问题分布如下：");
  blocks.push({
    kind: "table",
    header: [...NOTICE_TABLES.problemCategories],
    rows: ledger.byProblemCategory.map((c, i) => [String(i + 1), c.problemCategory, ...tally(c.found, c.closed, c.rate, c.overdue)]),
    widths: TALLY_WIDTHS,
    numeric: TALLY_NUMERIC,
  });
  // Units below the city's rate, lowest first: the ones the office follows up (the rest are on 工作看板).
  const low = ledger.byUnit.filter((u) => u.rate !== null && t.rate !== null && u.rate < t.rate).sort((a, b) => (a.rate ?? 0) - (b.rate ?? 0));
  if (low.length === 0) point(blocks, n++, "按单位", `各单位销号率均不低于全市平均水平（${rateText(t.rate)}）。`);
  else {
    point(blocks, n++, "按单位", `销号率低于全市平均水平（${rateText(t.rate)}）的单位${low.length}个：`);
    blocks.push({
      kind: "table",
      header: [...NOTICE_TABLES.units],
      rows: low.map((u, i) => [String(i + 1), u.unitName || u.unitCode, ...tally(u.found, u.closed, u.rate, u.overdue)]),
      widths: TALLY_WIDTHS,
      numeric: TALLY_NUMERIC,
    });
  }
  if (ledger.overdueItems.length > 0) {
    point(blocks, n++, "逾期未整改的问题", `超过整改时限尚未整改的问题${ledger.overdueItems.length}个：`);
    blocks.push({
      kind: "table",
      header: [...NOTICE_TABLES.overdue],
      rows: ledger.overdueItems.map((item, i) => overdueRow(item, i + 1, nameOf)),
      widths: [7, 17, 17, 35, 12, 12],
      numeric: [0],
    });
  }
  return blocks;
}

function overdueRow(item: SelfInspection, index: number, nameOf: NameOf): string[] {
  return [String(index), nameOf(item.unitCode), item.dueDate, `${item.problemId} ${item.description}`, item.status, item.owner];
}

/** 逾期 before 滞后, then by 序号. */
function byStatusThenSeq(a: TaskStatus, b: TaskStatus): number {
  return (a.status === b.status ? 0 : a.status === "逾期" ? -1 : 1) || a.task.seq - b.task.seq;
}
