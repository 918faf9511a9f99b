/**
 * Every kind of output sheet, built by the real block builders from planted data, for the
 * print tests of each writer: 排名结果 and 问责名单 (with a tie, so some names need review),
 * 校验结果 (tall enough to print on several pages), their 已失效 replacements, and a 督查通报.
 */
import { supervisionReport } from "../../../src/domain/supervision";
import type { Finding } from "../../../src/domain/findings";
import { rankCampaign } from "../../../src/domain/ranking";
import type { SheetBlock } from "../../../src/sheets/grid";
import { invalidatedBlocks } from "../../../src/sheets/results/invalidated-blocks";
import { rankingBlocks } from "../../../src/sheets/results/ranking-blocks";
import { supervisionNoticeBlock } from "../../../src/sheets/results/supervision-notice";
import { validationBlock } from "../../../src/sheets/results/validation-block";
import { dashboardBlock } from "../../../src/sheets/results/dashboard-sheet";
import { submissionStatusBlock } from "../../../src/sheets/results/submission-status";
import { zeroCounts, type CollectLogEntry } from "../../../src/domain/collect";
import { dashboardFigures } from "../../../src/domain/supervision/dashboard";
import { campaign, KEY, TOWN } from "../../domain/ranking/campaign-builder";
import { locate, problem, record, report, SETTINGS, task, UNITS } from "../../domain/supervision/planted";

const RUN_AT = "2010-12-20 10:00";

/** 排名结果 and 问责名单: T2 and T3 tie last at 80 (their names need review), below T1. */
export function rankingPair(precision = 2): SheetBlock[] {
  const input = campaign({
    units: [
      ["T1", TOWN],
      ["T2", TOWN],
      ["T3", TOWN],
      ["K1", KEY],
      ["K2", KEY],
    ],
    groups: { 甲: 1, 乙: 1 },
    scores: {
      T1: { 甲: [90.5], 乙: [90] },
      T2: { 甲: [80], 乙: [80] },
      T3: { 甲: [80], 乙: [80] },
      K1: { 甲: [90], 乙: [91] },
      K2: { 甲: [60], 乙: [61] },
    },
    adjustments: [["T1", 0.5]],
    violations: [["T3", "张三", "一般"]],
    settings: { precision },
  });
  return rankingBlocks(rankCampaign(input), { runAt: RUN_AT, settings: input.settings, groups: ["甲", "乙"] });
}

/** 校验结果 with `count` findings, each with a long 说明. */
export function validation(count = 120): SheetBlock {
  const findings: Finding[] = Array.from({ length: count }, (_, i) => ({
    severity: i % 3 === 0 ? "error" : "warning",
    sheet: "工作进度",
    cell: `E${i + 2}`,
    rule: "progress.statusMismatch",
    message: `第 ${i + 2} 行的完成情况与完成进度不一致：完成进度为 100% 时完成情况应为“已完成”，请核对后修改完成情况或完成进度，再重新校验。`,
  }));
  return validationBlock(findings, { runAt: RUN_AT, year: 2010 });
}

/** A 督查通报 of the third quarter. */
export function notice(): SheetBlock {
  const data = {
    units: UNITS,
    tasks: [task(1, "D01", "2010-12-31"), task(2, "T01", "2010-06-30")],
    progress: [report(1, "D01", "2010-09-01", 60, "推进中", "方案已印发"), report(2, "T01", "2010-05-20", 40, "滞后", "受机构调整影响，进度滞后")],
    plans: [{ unitCode: "D01", date: "2010-03-01", title: "方案" }],
    inspections: [problem("T01", "P01", "2010-09-15", "整改中")],
    supervision: [record("第三季度常规督查", "D02", "2010-09-10", "整改措施笼统，未明确时限", true)],
  };
  const r = supervisionReport({ data, settings: SETTINGS, locate, asOf: "2010-09-30", batch: "第三季度常规督查" });
  return supervisionNoticeBlock(r, { units: UNITS });
}

/**
 * A 督查通报 of the fourth quarter long enough to print on several pages, each of its
 * tables running past a page: 40 circulated findings over four units, 28 tasks behind or
 * overdue (the leads' words long enough to wrap), and 60 overdue rectifications. Every
 * body row carries a mark of its own (F07, 第7项工作内容, P07) for the print tests to find.
 */
export function longNotice(): SheetBlock {
  const codes = ["D01", "D02", "T01", "C01"];
  const words = "受机构调整影响，进度滞后，正在协调有关部门加快推进，预计下月完成主体工作";
  const pad = (n: number) => String(n).padStart(2, "0");
  const data = {
    units: UNITS,
    tasks: Array.from({ length: 28 }, (_, i) => task(i + 1, codes[i % 4], i % 3 === 0 ? "2010-06-30" : "2010-12-31")),
    progress: Array.from({ length: 28 }, (_, i) => report(i + 1, codes[i % 4], "2010-11-01", 20, "滞后", words.repeat(1 + (i % 3)))),
    plans: [{ unitCode: "D01", date: "2010-03-01", title: "方案" }],
    inspections: Array.from({ length: 60 }, (_, i) => problem(codes[i % 4], `P${pad(i + 1)}`, "2010-11-15", "整改中")),
    supervision: Array.from({ length: 40 }, (_, i) =>
      record("第四季度常规督查", codes[i % 4], "2010-12-10", `F${pad(i + 1)} 整改措施笼统，未明确时限${"，台账记录不全".repeat(i % 4)}`, true)
    ),
  };
  const r = supervisionReport({ data, settings: SETTINGS, locate, asOf: "2010-12-20", batch: "第四季度常规督查" });
  return supervisionNoticeBlock(r, { units: UNITS });
}

/** 工作看板 of the third quarter (its charts become data bars in files). */
export function dashboard(): SheetBlock {
  const data = {
    units: UNITS,
    tasks: [task(1, "D01", "2010-12-31"), task(2, "T01", "2010-06-30")],
    progress: [report(1, "D01", "2010-09-01", 60), report(2, "T01", "2010-05-20", 40, "滞后", "受机构调整影响，进度滞后")],
    plans: [{ unitCode: "D01", date: "2010-03-01", title: "方案" }],
    inspections: [problem("T01", "P01", "2010-09-15", "整改中"), problem("D01", "P02", "2010-09-15", "已整改", "2010-09-01")],
    supervision: [record("第三季度常规督查", "D02", "2010-09-10", "整改措施笼统，未明确时限", true)],
  };
  return dashboardBlock(dashboardFigures({ data, settings: SETTINGS, locate, asOf: "2010-09-30" }));
}

/** 报送情况 after one collect: one unit sent its plan, one file was refused, the rest sent nothing. */
export function submissionStatus(): SheetBlock {
  const entry = (unitCode: string, status: "merged" | "refused", reason = ""): CollectLogEntry => ({
    batch: "2010-03-01T08:00:00.000Z",
    file: `${unitCode}.xlsx`,
    sha256: "x",
    unitCode,
    counts: zeroCounts(),
    status,
    reason,
    templateCreatedAt: null,
    kind: "plans",
  });
  const data = { units: UNITS, tasks: [], plans: [{ unitCode: "D01", date: "2010-03-01", title: "实施方案" }], progress: [], inspections: [] };
  return submissionStatusBlock(data, [entry("D01", "merged"), entry("T01", "refused", "表头被改动")], SETTINGS, "2010-03-10");
}

/** One of each output sheet (the 已失效 pair under other names, so all can sit in one workbook). */
export function allOutputBlocks(): SheetBlock[] {
  const invalid = invalidatedBlocks({ runAt: RUN_AT, year: 2010, cause: "数据错误" }).map((b) => ({ ...b, name: `${b.name}（已失效）` }));
  return [...rankingPair(), validation(), notice(), longNotice(), dashboard(), submissionStatus(), ...invalid];
}

/** The hinted orientation of each block, by name. */
export const orientationOf = (blocks: readonly SheetBlock[]) => new Map(blocks.map((b) => [b.name, b.print?.orientation]));
