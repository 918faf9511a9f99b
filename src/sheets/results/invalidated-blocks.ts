/**
 * What 排名结果 and 问责名单 become after a blocked 一键排名: a sheet whose first cell says
 * 已失效, with the time of the blocked run and why, and nothing else. A ranking printed or
 * sent on after a later run failed must never read as current (issue 8: the old names and
 * their old 运行时间 beside a new 校验结果 looked valid). Replaced whole, like every result.
 */
import { OUTPUT_SHEETS } from "../contract";
import type { CellValue, SheetBlock } from "../grid";

/** What the invalidated sheets say besides 已失效. */
export interface InvalidationMeta {
  /** The time of the blocked run, already formatted by the caller ("2026-11-26 10:30"). */
  runAt: string;
  year: number;
  /** Why the run was blocked, as a clause that fits "因……未能完成" (e.g. "数据错误"). */
  cause: string;
}

/** The first word of an invalidated result sheet's first cell. */
export const INVALIDATED = "已失效";

/** The first cell spills over the empty B1; A stays narrow for the 运行时间 label below it. */
const WIDTHS = [12, 90];

/** The replacement blocks of 排名结果, 问责名单 and 排名说明 after a blocked run. */
export function invalidatedBlocks(meta: InvalidationMeta): SheetBlock[] {
  return [
    invalidated(OUTPUT_SHEETS.ranking, "排名结果", "排名", meta),
    invalidated(OUTPUT_SHEETS.accountability, "问责名单", "问责名单", meta),
    invalidated(OUTPUT_SHEETS.explanation, "排名说明", "排名说明", meta),
  ];
}

function invalidated(name: string, title: string, what: string, { runAt, year, cause }: InvalidationMeta): SheetBlock {
  const rows: CellValue[][] = [
    [
      `${INVALIDATED}（${runAt}）：最近一次一键排名（${runAt}）因${cause}未能完成，本表原有${what}已作废。` +
        `请按“校验结果”修改后重新点击“一键排名”。`,
    ],
    [],
    [`${year}年能力作风建设提升年${title}（已失效）`],
    ["运行时间", runAt],
    ["状态", "未生成：原因见“校验结果”工作表"],
  ];
  return {
    name,
    rows: rows.map((r) => [...r, ...Array<CellValue>(2 - r.length).fill(null)]),
    widths: WIDTHS,
    headingRows: [1, 3],
    frozenRows: 1,
    // Printed on one page wide; the 状态 line wraps within B.
    print: { orientation: "portrait", fitToWidth: true, wrapColumns: [2] },
  };
}
