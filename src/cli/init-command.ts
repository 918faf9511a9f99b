/** `tisheng init <out.xlsx> [--year YYYY] [--demo] [--force]`: writes the standard workbook. */
import { randomBytes } from "node:crypto";
import { createOperation } from "../app/create-operation";
import { newCampaignId } from "../sheets/meta-sheet";
import { parseCampaignYear } from "../domain/campaign-year";
import { DEFAULT_YEAR } from "../domain/settings";
import { newXlsxPort } from "../xlsx/xlsx-port";
import { parseArgs } from "./args";
import { UsageError } from "./errors";
import { CARRIED_SHEETS, nextYearFrom } from "../app/next-year";
import { checkOutput, checkOutputName, writeOutput } from "./files";
import { foreignWorkbookError } from "./foreign";
import { openReadOnlyBook } from "./open-book";
import { formatFindings } from "./print-findings";
import type { CliIo } from "./io";

const USAGE = "tisheng init <out.xlsx> [--year YYYY] [--demo] [--from <上一年度.xlsx>] [--force]";

/** Parses a campaign year as the pane's year box does ("２０１１", "2011年"); a usage error when it cannot. */
export function parseYear(text: string | undefined): number {
  if (text === undefined) return DEFAULT_YEAR;
  const parsed = parseCampaignYear(text);
  if (!parsed.ok) throw new UsageError(`--year：${parsed.message}`);
  return parsed.year;
}

/** Runs `tisheng init`. */
export async function initCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: ["demo", "force"], options: ["year", "from"], positional: 1, usage: USAGE });
  const out = args.positional[0];
  checkOutputName(out);
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`输出文件应以 .xlsx 结尾：${out}`);
  const force = args.flags.has("force");
  const year = parseYear(args.options.get("year"));
  const fromFile = args.options.get("from");
  if (fromFile !== undefined && args.flags.has("demo"))
    throw new UsageError("--from 与 --demo 不能同时使用：从上一年度创建时沿用上一年度的名册和重点工作。");
  if (fromFile !== undefined && args.options.get("year") === undefined) throw new UsageError("--from 需要同时给出 --year（新的活动年度）。");
  await checkOutput(out, { force, ...(fromFile !== undefined ? { input: fromFile } : {}) });
  const carried = fromFile === undefined ? undefined : await lastYear(fromFile, year, io);
  if (carried === null) return 1;
  const handle = await newXlsxPort();
  const options = { year, demo: args.flags.has("demo"), campaignId: newCampaignId(randomBytes(16)), from: carried };
  const outcome = await handle.port.run((session) => createOperation(session, options, io.now(), () => undefined));
  await writeOutput(out, await handle.save(), { force, ...(fromFile !== undefined ? { input: fromFile } : {}) });
  const note = carried ? `已从 ${fromFile} 沿用单位名册、评议主体、参数设置和重点工作（日期移到 ${year} 年，牵头单位不变），各填报表为空。\n` : "";
  io.out(`${outcome.message}\n${note}已写入 ${out}\n`);
  if (args.flags.has("demo")) io.out(describeDemo(handle.workbook.worksheets.map((ws) => [ws.name, Math.max(ws.actualRowCount - 1, 0)] as const)));
  return 0;
}

function describeDemo(sheets: readonly (readonly [string, number])[]): string {
  const lines = sheets.filter(([, rows]) => rows > 0).map(([name, rows]) => `  ${name.padEnd(8, "　")} ${String(rows).padStart(5)} 行`);
  return `示例数据：\n${lines.join("\n")}\n`;
}

/** Last year's book as the new year's start, or null (its errors printed) when it cannot be read cleanly. */
async function lastYear(file: string, year: number, io: CliIo) {
  const port = await openReadOnlyBook(file);
  const grids = await port.run((s) => s.readSheets(CARRIED_SHEETS));
  const foreign = foreignWorkbookError(file, new Set(grids.keys()));
  if (foreign) throw foreign;
  const next = nextYearFrom(grids, year);
  if (next.ok) return next.from;
  io.out(`${formatFindings(next.findings)}上一年度工作簿 ${file} 有错误（见上），未创建新工作簿。请改正后重新运行。\n`);
  return null;
}
