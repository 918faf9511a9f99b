/** `tisheng rank <book.xlsx> [--out <result.xlsx>] [--force] [--json]`: ranking and accountability; the input is never modified. */
import { rankJson } from "../app/contract-json";
import { lastYearPlaces } from "../app/next-year";
import { INVALIDATED_NOTE, rankOperation, RANK_INPUT_SHEETS, VALIDATE_INPUT_SHEETS, type RankRun } from "../app/rank-operation";
import { isoOfInstant } from "../sheets/dates";
import { UsageError } from "./errors";
import { foreignWorkbookError } from "./foreign";
import { openReadOnlyBook } from "./open-book";
import { formatScore, type RankingResult } from "../domain/ranking";
import { parseArgs } from "./args";
import type { CliIo } from "./io";
import { jsonText } from "./terminal";
import { formatFindings } from "./print-findings";
import { openResultBook } from "./result-book";

const USAGE = "tisheng rank <book.xlsx> [--out <result.xlsx>] [--last-year <上一年度.xlsx>] [--force] [--json]";

/**
 * Runs `tisheng rank`: exit 0 when ranked, 1 when errors blocked the ranking, 2 for usage and
 * file errors (and for a workbook that is not a 提升年 workbook). With `--out` the copy is
 * written on a blocked run too, so its 校验结果 and its 排名结果 and 问责名单 marked 已失效
 * travel with it: a stale ranking never leaves the machine looking current.
 */
export async function rankCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: ["json", "force"], options: ["out", "last-year"], positional: 1, usage: USAGE });
  const input = args.positional[0];
  const out = args.options.get("out");
  // The input is only read: the lean reader streams the sheets; with --out the copy is built from its bytes.
  const book = await openResultBook(input, out, args.flags.has("force"), RANK_INPUT_SHEETS);
  const lastYear = await lastYearOf(args.options.get("last-year"), io);
  const run = await book.port.run((session) => rankOperation(session, io.now(), () => undefined, { lastYear }));
  const json = rankJson(run.result, run.outcome.findings, run.ranked, run.explanations);
  if (out !== undefined) await book.writeCopy(out);
  if (args.flags.has("json")) io.out(`${jsonText(json)}\n`);
  else {
    const precision = run.read?.settings.precision ?? 2;
    const headline = run.ranked ? run.outcome.message : blockedHeadline(run, out);
    io.out(formatRanking(run.ranked ? run.result : undefined, precision) + formatFindings(run.outcome.findings) + `${headline}\n`);
    if (out !== undefined) io.out(`${writtenNote(out, run)}\n`);
  }
  return run.ranked ? 0 : 1;
}

/**
 * A blocked run's line, in the command line's own terms (the pane's says “校验结果” sheet and
 * “一键排名” button): without --out nothing was written, so the old results in the input were
 * not marked, and the line says so rather than claim they were.
 */
function blockedHeadline(run: RankRun, out: string | undefined): string {
  const errors = run.outcome.findings.filter((f) => f.severity === "error").length;
  const head = run.nothingToRank
    ? "「评议评分」中还没有任何评分，没有可以排名的单位，未进行排名。录入评分后重新运行。"
    : `发现 ${errors} 个错误（见上），未进行排名。请改正后重新运行。`;
  if (run.invalidated.length === 0 || out !== undefined) return head;
  return `${head}输入文件中原有的「排名结果」「问责名单」已不是当前结果，但输入文件未改动；加 --out <文件> 写出的副本会把它们标为已失效。`;
}

/** What the copy written with --out holds. */
function writtenNote(out: string, run: RankRun): string {
  if (run.ranked) return `结果已写入 ${out}（排名结果、问责名单、校验结果）。`;
  const marked = run.invalidated.length > 0 ? `；${INVALIDATED_NOTE.replace(/。$/, "")}` : "";
  return `结果已写入 ${out}（校验结果${marked}），未生成新的排名。`;
}

/** A readable table per category, the unranked units and the accountability list. */
export function formatRanking(result: RankingResult | undefined, precision: number): string {
  if (!result || !result.ok) return "";
  const lines: string[] = [];
  let category = "";
  for (const r of result.rankings) {
    if (r.category !== category) {
      category = r.category;
      lines.push("", `【${category}】`, "  名次  单位编码  总分      单位名称");
    }
    const flags = r.needsReview ? "  需复核" : "";
    lines.push(`  ${String(r.rank).padStart(4)}  ${r.unitCode.padEnd(8)}  ${formatScore(r.score, precision).padStart(8)}  ${r.unitName}${flags}`);
  }
  if (result.unranked.length > 0) {
    lines.push("", "【未参评】");
    for (const u of result.unranked) lines.push(`  ${u.unitCode.padEnd(8)}  ${u.unitName}  ${u.reason}`);
  }
  lines.push("", `【问责名单】共 ${result.accountability.length} 条`);
  for (const a of result.accountability) {
    lines.push(
      `  ${a.type}  ${a.unitCode} ${a.unitName}  ${a.role}：${a.person}${a.needsReview ? "  需复核" : ""}`,
      `      依据：${a.basis}`,
      `      证据：${a.evidence}`
    );
  }
  return `${lines.join("\n")}\n\n`;
}

/** Last year's places (上年对比), read and ranked from its book; a usage error when it cannot be ranked. */
async function lastYearOf(file: string | undefined, io: CliIo): Promise<Map<string, { rank: number; count: number }> | undefined> {
  if (file === undefined) return undefined;
  const port = await openReadOnlyBook(file);
  const grids = await port.run((s) => s.readSheets(VALIDATE_INPUT_SHEETS));
  const foreign = foreignWorkbookError(file, new Set(grids.keys()));
  if (foreign) throw foreign;
  const places = lastYearPlaces(grids, isoOfInstant(io.now()));
  if (!places) throw new UsageError(`上一年度工作簿 ${file} 有错误或没有评分，无法排名，不能做上年对比。请先对它运行一键排名并改正错误。`);
  return places;
}
