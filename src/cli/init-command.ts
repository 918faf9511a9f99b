/** `tisheng init <out.xlsx> [--year YYYY] [--demo] [--force]`: writes the standard workbook. */
import { randomBytes } from "node:crypto";
import { createOperation } from "../app/create-operation";
import { newCampaignId } from "../sheets/meta-sheet";
import { parseCampaignYear } from "../domain/campaign-year";
import { DEFAULT_YEAR } from "../domain/settings";
import { newXlsxPort } from "../xlsx/xlsx-port";
import { parseArgs } from "./args";
import { UsageError } from "./errors";
import { checkOutput, checkOutputName, writeOutput } from "./files";
import type { CliIo } from "./io";

const USAGE = "tisheng init <out.xlsx> [--year YYYY] [--demo] [--force]";

/** Parses a campaign year as the pane's year box does ("２０１１", "2011年"); a usage error when it cannot. */
export function parseYear(text: string | undefined): number {
  if (text === undefined) return DEFAULT_YEAR;
  const parsed = parseCampaignYear(text);
  if (!parsed.ok) throw new UsageError(`--year：${parsed.message}`);
  return parsed.year;
}

/** Runs `tisheng init`. */
export async function initCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: ["demo", "force"], options: ["year"], positional: 1, usage: USAGE });
  const out = args.positional[0];
  checkOutputName(out);
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`输出文件应以 .xlsx 结尾：${out}`);
  const force = args.flags.has("force");
  const year = parseYear(args.options.get("year"));
  await checkOutput(out, { force });
  const handle = await newXlsxPort();
  const outcome = await handle.port.run((session) =>
    createOperation(session, { year, demo: args.flags.has("demo"), campaignId: newCampaignId(randomBytes(16)) }, io.now(), () => undefined)
  );
  await writeOutput(out, await handle.save(), { force });
  io.out(`${outcome.message}\n已写入 ${out}\n`);
  if (args.flags.has("demo")) io.out(describeDemo(handle.workbook.worksheets.map((ws) => [ws.name, Math.max(ws.actualRowCount - 1, 0)] as const)));
  return 0;
}

function describeDemo(sheets: readonly (readonly [string, number])[]): string {
  const lines = sheets.filter(([, rows]) => rows > 0).map(([name, rows]) => `  ${name.padEnd(8, "　")} ${String(rows).padStart(5)} 行`);
  return `示例数据：\n${lines.join("\n")}\n`;
}
