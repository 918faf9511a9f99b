/**
 * 退回说明 in the pane: the same sheet the command line's --return-dir writes per refused or
 * conflicting file (src/sheets/collect/return-sheet.ts), made into a workbook by the file tools.
 */
import type { Finding } from "../domain/findings";
import { returnBlock, returnFileName } from "../sheets/collect/return-sheet";
import { isoOfInstant } from "../sheets/dates";
import type { CollectFiles } from "./collect-files";
import type { CollectFileLine, ReturnNote } from "./workbench";

/** The 退回说明 of `line` with `findings` (those about its file), dated `now` as the office's calendar reads it. */
export async function returnNoteOf(line: CollectFileLine, findings: readonly Finding[], now: Date, files: CollectFiles): Promise<ReturnNote> {
  const block = returnBlock(line.file, line.unitCode, line.reason, findings, isoOfInstant(now));
  return { fileName: returnFileName(line.file), bytes: await files.blocksWorkbook([block]) };
}
