/**
 * The file work of 分发填报模板 and 汇总回收文件 that needs the file adapter (exceljs, the
 * lean reader, a zip writer), and the Word 督查通报 (the docx package): the app states what it needs, and the shells pass an
 * implementation into makeWorkbench (src/xlsx/collect-files-lazy.ts: loaded on first use,
 * so none of it enters the pane's start bundle). The app itself never imports an adapter.
 */
import type { SheetBlock } from "../sheets/grid";
import type { NoticeDocument } from "../sheets/results/notice-model";
import type { WorkbookPlan } from "../sheets/plan";
import type { TemplateMeta } from "../sheets/template-meta";
import type { CollectInput } from "./collect-run";
import type { ReturnedFileInput } from "./workbench";

export interface CollectFiles {
  /** A unit's template as .xlsx bytes: the plan applied, the metadata also as custom properties. */
  templateBytes(plan: WorkbookPlan, meta: TemplateMeta): Promise<Uint8Array>;
  /** One .zip holding `files` (what the pane offers as one download). */
  zip(files: readonly { name: string; bytes: Uint8Array }[]): Promise<Uint8Array>;
  /** A returned file read into grids (its metadata and the sheets a template covers), or why it is refused. */
  readReturnedFile(file: ReturnedFileInput): Promise<CollectInput>;
  /** A new workbook holding `blocks` (a 退回说明), as .xlsx bytes. */
  blocksWorkbook(blocks: readonly SheetBlock[]): Promise<Uint8Array>;
  /** The 督查通报 as a Word document (.docx bytes, GB/T 9704-2012). */
  noticeDocx(doc: NoticeDocument): Promise<Uint8Array>;
}

/** What the three actions answer when the shell passed no file tools (a wiring mistake, not the user's). */
export const NO_FILE_TOOLS_MESSAGE = "此处无法生成或读取文件，分发与汇总未执行，工作簿未改动。请刷新任务窗格后重试；如仍不行请更新加载项。";
