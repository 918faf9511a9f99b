/**
 * The shared path of the commands that compute results from a workbook and may write a copy
 * with them (`rank`, `report`): the --out target is checked before any work, the input is only
 * read (streamed by the lean reader), a workbook that is not a 提升年 workbook or lacks a sheet
 * the command needs is refused, and the operation's writes are recorded so the copy can be built
 * from the input's own bytes (input sheets byte for byte).
 */
import type { WorkbookPort } from "../sheets/port";
import { recordingPort } from "../xlsx/result-recorder";
import { resultWorkbookChunks } from "../xlsx/result-workbook";
import { checkOutput, writeOutput, type OutputOptions } from "./files";
import { foreignWorkbookError } from "./foreign";
import { missingSheetsError, openReadOnlyBook } from "./open-book";
import { nodeZipCodec } from "./zip-codec";

export interface ResultBook {
  /** Reads the input; writes are recorded, never applied to it. */
  port: WorkbookPort;
  /** Writes the input plus the recorded result sheets to `out`. */
  writeCopy(out: string): Promise<void>;
}

/** Opens `input` for a command that needs `sheets`, after checking `out` (when given) as an output. */
export async function openResultBook(input: string, out: string | undefined, force: boolean, sheets: readonly string[]): Promise<ResultBook> {
  const outOptions: OutputOptions = { force, input };
  if (out !== undefined) await checkOutput(out, outOptions);
  const book = await openReadOnlyBook(input);
  const present = new Set(await book.run((s) => s.sheetNames()));
  const foreign = foreignWorkbookError(input, present);
  if (foreign) throw foreign;
  const missing = sheets.filter((name) => !present.has(name));
  if (missing.length > 0) throw missingSheetsError(input, missing);
  const recorder = recordingPort(book);
  return {
    port: recorder.port,
    writeCopy: (target) =>
      writeOutput(target, resultWorkbookChunks(book.bytes, recorder.writes.blocks, recorder.writes.highlights, nodeZipCodec), outOptions),
  };
}
