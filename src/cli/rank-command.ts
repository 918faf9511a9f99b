/** `tisheng rank <book.xlsx> [--out <result.xlsx>] [--json]`: ranking and accountability; the input is never modified. */
import { resolve } from "node:path";
import { rankJson } from "../app/contract-json";
import { rankOperation, RANK_INPUT_SHEETS } from "../app/rank-operation";
import { formatScore, type RankingResult } from "../domain/ranking";
import { parseArgs } from "./args";
import { UsageError } from "./errors";
import { writeOutput } from "./files";
import type { CliIo } from "./io";
import { missingSheetsError, openBook, openReadOnlyBook } from "./open-book";
import { formatFindings } from "./print-findings";

const USAGE = "tisheng rank <book.xlsx> [--out <result.xlsx>] [--json]";

/** Runs `tisheng rank`: exit 0 when ranked, 1 when errors blocked the ranking, 2 for usage and file errors. */
export async function rankCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: ["json"], options: ["out"], positional: 1, usage: USAGE });
  const input = args.positional[0];
  const out = args.options.get("out");
  if (out !== undefined && resolve(out) === resolve(input)) throw new UsageError(`--out 不能与输入文件相同：输入文件从不被修改（${out}）`);
  // Without --out nothing is written: the lean reader streams just the sheets the ranking reads.
  const handle = out === undefined ? undefined : await openBook(input);
  const port = handle?.port ?? (await openReadOnlyBook(input));
  const present = new Set(await port.run((s) => s.sheetNames()));
  const missing = RANK_INPUT_SHEETS.filter((name) => !present.has(name));
  if (missing.length > 0) throw missingSheetsError(input, missing);
  const run = await port.run((session) => rankOperation(session, io.now(), () => undefined));
  const json = rankJson(run.result, run.outcome.findings);
  if (out !== undefined && handle && run.outcome.ok) await writeOutput(out, await handle.save(), true);
  if (args.flags.has("json")) io.out(`${JSON.stringify(json, null, 2)}\n`);
  else io.out(formatRanking(run.result, run.read.settings.precision) + formatFindings(run.outcome.findings) + `${run.outcome.message}\n`);
  if (out !== undefined && run.outcome.ok && !args.flags.has("json")) io.out(`结果已写入 ${out}（排名结果、问责名单）\n`);
  return run.outcome.ok ? 0 : 1;
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
