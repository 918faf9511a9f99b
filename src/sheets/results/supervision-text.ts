/**
 * The words of a 督查通报: its title, headings, the 总体情况 sentences, and the 下一步要求
 * paragraph — a default the office edits on the sheet, kept when the same batch's notice
 * is produced again (the notice is replaced whole; the office's own words are not lost).
 */
import type { SupervisionReport } from "../../domain/supervision";
import { isBlank, type SheetGrid } from "../grid";

/** Section headings, in the notice's order. */
export const NOTICE_HEADINGS = {
  overview: "一、总体情况",
  findings: "二、督查发现的问题",
  lagging: "三、滞后和逾期任务",
  rectification: "四、整改情况",
  requirements: "五、下一步要求",
} as const;

/** 落款: the office that issues the notice. */
export const NOTICE_SIGNATURE = "市优化办";

/** Column (0-based) of the 落款 and its date: the rightmost, so they sit at the right of the page. */
export const SIGNATURE_COLUMN = 7;

/**
 * The default 下一步要求, one point a line (each short enough to print on one line). The
 * third point repeats 五、问责追究: “对督查考评中发现的问题，严格实施问责”.
 */
export const DEFAULT_REQUIREMENTS: readonly string[] = [
  "（一）被通报的单位要对照通报指出的问题逐条制定整改措施，明确时限和责任人员，限期整改到位。",
  "（二）各牵头单位要对照序时进度，加快推进滞后、逾期的重点工作，按报送周期如实报送工作进度。",
  "（三）尚未完成整改的单位要抓紧整改、及时销号；对督查考评中发现的问题，将严格实施问责。",
];

/** The notice's title: the campaign year and the batch. */
export function noticeTitle(year: number, batch: string): string {
  return `${year}年“能力作风建设提升年”活动${batch}情况通报`;
}

/** The three sentences of 总体情况: plans, tasks, self-inspection. */
export function overviewSentences(report: SupervisionReport): string[] {
  const { plans, statusCounts: s, inspections } = report;
  const t = inspections.total;
  const rate = t.rate === null ? "—" : `${t.rate}%`;
  return [
    `（一）实施方案报送：应报送 ${plans.due} 个单位，按时报送 ${plans.onTime}/${plans.due} 个，逾期报送 ${plans.late} 个，尚未报送 ${plans.missing} 个（截止日期 ${plans.deadline}）。`,
    `（二）重点工作推进：${report.tasks.length} 项重点工作中，已完成 ${s.已完成} 项，正常 ${s.正常} 项，滞后 ${s.滞后} 项，逾期 ${s.逾期} 项，未报送 ${s.未报送} 项。`,
    `（三）自查自纠整改：共查找问题 ${t.found} 个，已整改销号 ${t.closed} 个，销号率 ${rate}；超过整改时限尚未整改 ${t.overdue} 个。`,
  ];
}

/**
 * The 下一步要求 lines of an earlier notice on `grid`: the column-A text between its heading
 * and the 落款. Null when there is no earlier notice or it holds no text there.
 */
export function requirementsOf(grid: SheetGrid | undefined): string[] | null {
  if (!grid) return null;
  const start = grid.rows.findIndex((row) => textOf(row?.[0]) === NOTICE_HEADINGS.requirements);
  if (start < 0) return null;
  const lines: string[] = [];
  for (const row of grid.rows.slice(start + 1)) {
    if (textOf(row?.[SIGNATURE_COLUMN]) === NOTICE_SIGNATURE) break;
    lines.push(isBlank(row?.[0]) ? "" : textOf(row?.[0]));
  }
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines.length > 0 ? lines : null;
}

function textOf(value: unknown): string {
  return typeof value === "string" ? value.trim() : value === null || value === undefined ? "" : String(value);
}
