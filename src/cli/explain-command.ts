/**
 * `tisheng explain <book.xlsx> <单位编码或名称> [--json]`: how one unit's total and place come about,
 * step by step (what 排名说明 shows for the units named in 问责名单); the input is never modified.
 */
import { explanationJson } from "../app/contract-json";
import { rankOperation, RANK_INPUT_SHEETS } from "../app/rank-operation";
import { explanationRows, unitNamesOf } from "../sheets/results/explanation-sheet";
import type { CellValue } from "../sheets/grid";
import { parseArgs } from "./args";
import { UsageError } from "./errors";
import type { CliIo } from "./io";
import { formatFindings } from "./print-findings";
import { openResultBook } from "./result-book";

const USAGE = "tisheng explain <book.xlsx> <单位编码或名称> [--json]";

/** Runs `tisheng explain`: exit 0 explained, 1 when errors blocked the ranking or the unit was not ranked, 2 for usage and file errors. */
export async function explainCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: ["json"], options: [], positional: 2, usage: USAGE });
  const [input, wanted] = args.positional;
  const book = await openResultBook(input, undefined, false, RANK_INPUT_SHEETS);
  const run = await book.port.run((session) => rankOperation(session, io.now(), () => undefined, { explain: [wanted.trim()] }));
  const units = run.read?.data.units ?? [];
  const unit = units.find((u) => u.code === wanted.trim()) ?? units.find((u) => u.name === wanted.trim());
  if (!unit) throw new UsageError(`单位“${wanted}”不在「单位名册」中：请给出单位编码或单位名称。`);
  const explained = run.explanations.get(unit.code);
  if (!run.ranked || !run.result) {
    io.out(`${formatFindings(run.outcome.findings)}发现错误（见上），未进行排名，无法说明名次。请改正后重新运行。\n`);
    return 1;
  }
  if (!explained) {
    const reason = run.result.unranked.find((u) => u.unitCode === unit.code)?.reason ?? "未参加排名";
    io.out(`${unit.code} ${unit.name}：${reason}，不参加排名，没有名次可以说明。\n`);
    return 1;
  }
  if (args.flags.has("json")) io.out(`${JSON.stringify(explanationJson(explained), null, 2)}\n`);
  else io.out(textOf(explanationRows(explained, run.read?.settings ?? { precision: 2, keySectionBottomN: 3 }, unitNamesOf(run.result))));
  return 0;
}

/** The rows as terminal lines: non-empty cells two spaces apart. */
function textOf(rows: readonly CellValue[][]): string {
  return `${rows
    .map((row) =>
      row
        .filter((c) => c !== null && c !== "")
        .map(String)
        .join("  ")
    )
    .join("\n")}\n`;
}
