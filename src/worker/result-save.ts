/**
 * What 下载 saves in file mode. When the work since the file was opened only wrote result sheets
 * (校验, 一键排名, 督查通报, 工作看板), the download is the original file with those sheets added or
 * replaced at the zip level: the input sheets travel byte for byte, with their dropdowns, limits,
 * protection and formats exactly as the units left them (exceljs re-serialising them doubled
 * validations). Once a plan was applied (创建标准工作簿, 补齐, 按新年度更新日期限制), input sheets
 * changed on purpose, and the workbook is saved whole through exceljs.
 */
import type { SheetBlock } from "../sheets/grid";
import type { HighlightMap, WorkbookPort } from "../sheets/port";
import { resultWorkbookBytes } from "../xlsx/result-workbook";
import { browserZipCodec } from "./zip-codec";

/** A port that passes everything through to `port` and remembers what would have to be re-serialised. */
export interface SaveTracker {
  port: WorkbookPort;
  /** The result bytes, or null when a plan was applied and the whole workbook must be saved. */
  resultBytes(original: Uint8Array): Uint8Array | null;
}

/** Wraps `port`: writes go through and are recorded; applying a plan switches the save to the whole workbook. */
export function trackResultWrites(port: WorkbookPort): SaveTracker {
  let blocks: SheetBlock[] = [];
  let highlights: HighlightMap | undefined;
  let planApplied = false;
  return {
    port: {
      run: (work) =>
        port.run((session) =>
          work({
            sheetNames: () => session.sheetNames(),
            readSheets: (names, options) => session.readSheets(names, options),
            writeBlocks: async (written, options) => {
              await session.writeBlocks(written, options);
              const names = new Set(written.map((b) => b.name));
              blocks = [...blocks.filter((b) => !names.has(b.name)), ...written];
              if (options?.highlights) highlights = options.highlights;
            },
            applyPlan: async (plan) => {
              planApplied = true;
              await session.applyPlan(plan);
            },
          })
        ),
    },
    resultBytes: (original) => (planApplied ? null : resultWorkbookBytes(original, blocks, highlights, browserZipCodec)),
  };
}
