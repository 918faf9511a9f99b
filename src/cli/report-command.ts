/**
 * `tisheng report <book.xlsx> [--batch NAME] [--as-of YYYY-MM-DD] [--out <file>] [--json]`:
 * task lights against 序时进度, the 自查自纠 ledger, 方案报送 and one batch's 督查通报.
 * The input is never modified; --out writes a copy with the notice sheet and 工作看板 added,
 * --docx the notice as a Word document (GB/T 9704-2012).
 */
import { issuesJson } from "../app/contract-json";
import { dashboardOperation } from "../app/dashboard-operation";
import { reportOperation, REPORT_INPUT_SHEETS } from "../app/report-operation";
import { noticeDocx } from "../xlsx/notice-docx";
import { checkOutput, writeOutput } from "./files";
import type { Finding } from "../domain/findings";
import { BATCH_NAMES, isBatchName, TASK_STATUS_WORDS, type SupervisionReport } from "../domain/supervision";
import { isoOfInstant, isValidIso } from "../sheets/dates";
import { parseArgs } from "./args";
import { UsageError } from "./errors";
import type { CliIo } from "./io";
import { jsonText } from "./terminal";
import { formatFindings } from "./print-findings";
import { openResultBook } from "./result-book";

const USAGE = "tisheng report <book.xlsx> [--batch 督查批次] [--as-of YYYY-MM-DD] [--out <result.xlsx>] [--docx <通报.docx>] [--force] [--json]";

/** The JSON `tisheng report --json` prints: a contract (fields may be added, never renamed or removed). */
export interface ReportJson {
  ok: boolean;
  asOf: string;
  batch: string | null;
  tasks: {
    seq: number;
    project: string;
    lead: string;
    leadCode: string;
    deadline: string;
    expected: number;
    actual: number | null;
    lastReport: string | null;
    status: string;
    notes: string;
    /** Other units' latest reports on the task (cooperating units): shown, never counted. */
    others: { unitCode: string; date: string; percent: number }[];
  }[];
  inspections: {
    byUnit: { unitCode: string; unitName: string; category: string; found: number; closed: number; rate: number | null; overdue: number }[];
    byCategory: { category: string; units: number; found: number; closed: number; rate: number | null; overdue: number }[];
    /** Per 问题类别 (the five abilities and five styles). */
    byProblemCategory: { problemCategory: string; found: number; closed: number; rate: number | null; overdue: number }[];
  };
  plans: { deadline: string; due: number; onTime: number; late: number; missing: number } | null;
  supervision: { batch: string; unitCode: string; date: string; finding: string; notified: boolean }[];
  issues: Finding[];
}

/** The contract object of a report; empty lists (and null plans) when errors blocked it. */
export function reportJson(asOf: string, report: SupervisionReport | undefined, ok: boolean, findings: readonly Finding[]): ReportJson {
  const shown = ok ? report : undefined;
  return {
    ok,
    asOf,
    batch: shown?.batch ?? null,
    tasks: (shown?.tasks ?? []).map((t) => ({
      seq: t.task.seq,
      project: t.task.project,
      lead: t.lead.name,
      leadCode: t.lead.code,
      deadline: t.task.deadline,
      expected: t.expected,
      actual: t.latest?.percent ?? null,
      lastReport: t.latest?.date ?? null,
      status: t.status,
      notes: t.latest?.notes ?? "",
      others: t.others.map((r) => ({ unitCode: r.unitCode, date: r.date, percent: r.percent })),
    })),
    inspections: {
      byUnit: (shown?.inspections.byUnit ?? []).map((u) => ({ ...u })),
      byCategory: (shown?.inspections.byCategory ?? []).map((c) => ({ ...c })),
      byProblemCategory: (shown?.inspections.byProblemCategory ?? []).map((c) => ({ ...c })),
    },
    plans: shown ? { ...shown.plans } : null,
    supervision: (shown?.supervision ?? []).map((r) => ({
      batch: r.batch,
      unitCode: r.unitCode,
      date: r.date,
      finding: r.finding,
      notified: r.circulated,
    })),
    issues: issuesJson(findings),
  };
}

/** Parses --as-of; a usage error unless it is a real date written YYYY-MM-DD. */
export function parseAsOf(text: string | undefined, today: string): string {
  if (text === undefined) return today;
  if (!isValidIso(text)) throw new UsageError(`--as-of 应为 YYYY-MM-DD 格式的日期，如 2010-09-30，实际为“${text}”`);
  return text;
}

/** Runs `tisheng report`: exit 0 when the report was made, 1 when errors in the data blocked it, 2 for usage and file errors. */
export async function reportCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: ["json", "force"], options: ["batch", "as-of", "out", "docx"], positional: 1, usage: USAGE });
  const input = args.positional[0];
  const out = args.options.get("out");
  const docx = args.options.get("docx");
  const force = args.flags.has("force");
  if (docx !== undefined) await checkOutput(docx, { force, input });
  const batch = args.options.get("batch");
  const asOf = parseAsOf(args.options.get("as-of"), isoOfInstant(io.now()));
  if (batch !== undefined && !isBatchName(batch)) throw new UsageError(`未知的督查批次“${batch}”。可选：${BATCH_NAMES.join("、")}`);
  // The input is only read; with --out the notice is added to a copy built from the input's bytes.
  const book = await openResultBook(input, out, force, REPORT_INPUT_SHEETS);
  const run = await book.port.run(async (session) => {
    const notice = await reportOperation(session, asOf, batch);
    // The copy carries 工作看板 beside the notice (with data bars in a file), as the pane writes both.
    if (out !== undefined && notice.outcome.ok) await dashboardOperation(session, asOf);
    return notice;
  });
  const { ok, findings, message, summary } = run.outcome;
  if (out !== undefined && ok) await book.writeCopy(out);
  if (docx !== undefined && ok && run.document) await writeOutput(docx, await noticeDocx(run.document), { force, input });
  if (args.flags.has("json")) io.out(`${jsonText(reportJson(asOf, run.report, ok, findings))}\n`);
  else {
    io.out((ok && run.report ? formatReport(run.report) : "") + formatFindings(findings) + `${message}\n`);
    if (out !== undefined && ok) io.out(`结果已写入 ${out}（${summary?.sheet ?? "督查通报"}、工作看板）\n`);
    if (docx !== undefined && ok) io.out(`通报已写入 ${docx}（Word 文档）\n`);
  }
  return ok ? 0 : 1;
}

/** The report as readable tables: task lights, plans, the ledger per category, the batch's records. */
export function formatReport(report: SupervisionReport): string {
  const pct = (n: number | null) => (n === null ? "—" : `${n}%`);
  const counts = TASK_STATUS_WORDS.map((w) => `${w} ${report.statusCounts[w]}`).join("，");
  const lines = [`督查报告（数据截至 ${report.asOf}，督查批次：${report.batch}）`, "", `【重点工作】${counts}`];
  lines.push("  序号  状态    序时进度  实际进度  最近报送    完成时限    牵头单位");
  for (const t of report.tasks) {
    const last = t.latest?.date ?? "未报送";
    lines.push(
      `  ${String(t.task.seq).padStart(4)}  ${t.status.padEnd(4, "　")}  ${pct(t.expected).padStart(8)}  ${pct(t.latest?.percent ?? null).padStart(8)}  ${last.padEnd(10)}  ${t.task.deadline}  ${t.lead.name}`
    );
  }
  const p = report.plans;
  lines.push("", `【实施方案】应报送 ${p.due} 个，按时 ${p.onTime} 个，逾期 ${p.late} 个，未报送 ${p.missing} 个（截止日期 ${p.deadline}）`);
  const ledger = report.inspections;
  lines.push(
    "",
    `【自查自纠】查找问题 ${ledger.total.found} 个，已整改 ${ledger.total.closed} 个，销号率 ${pct(ledger.total.rate)}，逾期未整改 ${ledger.total.overdue} 个`
  );
  for (const c of ledger.byCategory)
    lines.push(
      `  ${c.category.padEnd(8, "　")}  查找 ${String(c.found).padStart(4)}  已整改 ${String(c.closed).padStart(4)}  销号率 ${pct(c.rate).padStart(6)}  逾期 ${c.overdue}`
    );
  const notified = report.supervision.filter((r) => r.circulated).length;
  lines.push("", `【督查记录】${report.batch} ${report.supervision.length} 条，其中通报 ${notified} 条`);
  for (const r of report.supervision) lines.push(`  ${r.date}  ${r.unitCode.padEnd(8)}  ${r.circulated ? "通报" : "　　"}  ${r.finding}`);
  return `${lines.join("\n")}\n\n`;
}
