/** `tisheng validate <book.xlsx> [--json]`: every finding at its cell; the file is never modified. */
import { issuesJson } from "../app/contract-json";
import { validateGrids, VALIDATE_INPUT_SHEETS } from "../app/validate-operation";
import { isoOfInstant } from "../sheets/dates";
import { parseArgs } from "./args";
import type { CliIo } from "./io";
import { jsonText } from "./terminal";
import { foreignWorkbookError } from "./foreign";
import { missingSheetsError, openReadOnlyBook } from "./open-book";
import { formatFindings } from "./print-findings";

const USAGE = "tisheng validate <book.xlsx> [--json]";

/** Runs `tisheng validate`: exit 0 with no errors, 1 with errors, 2 for usage and file errors (and a workbook that is not a 提升年 workbook). */
export async function validateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: ["json"], options: [], positional: 1, usage: USAGE });
  const input = args.positional[0];
  const port = await openReadOnlyBook(input);
  const grids = await port.run((s) => s.readSheets(VALIDATE_INPUT_SHEETS));
  const foreign = foreignWorkbookError(input, new Set(grids.keys()));
  if (foreign) throw foreign;
  const missing = VALIDATE_INPUT_SHEETS.filter((name) => !grids.has(name));
  if (missing.length > 0) throw missingSheetsError(input, missing);
  const { findings } = validateGrids(grids, isoOfInstant(io.now()));
  const ok = !findings.some((f) => f.severity === "error");
  if (args.flags.has("json")) {
    io.out(`${jsonText({ ok, issues: issuesJson(findings) })}\n`);
  } else io.out(formatFindings(findings, 200));
  return ok ? 0 : 1;
}
