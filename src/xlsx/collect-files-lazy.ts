/**
 * The app's CollectFiles (src/app/collect-files.ts) over ./collect-files, imported on first
 * use: the pane and the file worker pass this to makeWorkbench, and exceljs, pako and the
 * lean reader arrive only when a template is made or a returned file read.
 */
import type { SheetBlock } from "../sheets/grid";
import type { WorkbookPlan } from "../sheets/plan";
import type { NoticeDocument } from "../sheets/results/notice-model";
import type { TemplateMeta } from "../sheets/template-meta";

const load = () => import(/* webpackChunkName: "collect-files" */ "./collect-files");

/** Templates, the .zip and returned files, each loading the adapter's code on first use. */
export const lazyCollectFiles = {
  templateBytes: async (plan: WorkbookPlan, meta: TemplateMeta) => (await load()).templateBytes(plan, meta),
  zip: async (files: readonly { name: string; bytes: Uint8Array }[]) => (await load()).zipFiles(files),
  readReturnedFile: async (file: { name: string; data: ArrayBuffer }) => (await load()).readReturnedFile(file),
  blocksWorkbook: async (blocks: readonly SheetBlock[]) => (await load()).blocksWorkbook(blocks),
  // The docx package loads only when a Word notice is asked for.
  noticeDocx: async (doc: NoticeDocument) => (await import(/* webpackChunkName: "notice-docx" */ "./notice-docx")).noticeDocx(doc),
};
