/**
 * A port that reads through another port and keeps what an operation writes instead of
 * writing it, so the command line can build the result workbook from the input's bytes
 * (./result-workbook) rather than re-serialising the whole workbook.
 */
import type { SheetBlock } from "../sheets/grid";
import type { HighlightMap, WorkbookPort } from "../sheets/port";

/** What an operation wrote: the last block of each name, and the last highlights. */
export interface RecordedWrites {
  blocks: SheetBlock[];
  highlights?: HighlightMap;
}

/** Wraps `port`: reads pass through, writes are recorded in `writes`. */
export function recordingPort(port: WorkbookPort): { port: WorkbookPort; writes: RecordedWrites } {
  const writes: RecordedWrites = { blocks: [] };
  return {
    writes,
    port: {
      run: (work) =>
        port.run((session) =>
          work({
            sheetNames: () => session.sheetNames(),
            readSheets: (names) => session.readSheets(names),
            writeBlocks: async (blocks, options) => {
              const names = new Set(blocks.map((b) => b.name));
              writes.blocks = [...writes.blocks.filter((b) => !names.has(b.name)), ...blocks];
              if (options?.highlights) writes.highlights = options.highlights;
            },
            applyPlan: async () => {
              throw new Error("a recorded session builds results only, never a workbook plan");
            },
          })
        ),
    },
  };
}
