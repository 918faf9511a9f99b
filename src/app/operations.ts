/**
 * Builds the Workbench the pane, the ribbon and file mode receive, from any adapter's
 * port: each action is one session (one Excel.run inside Excel).
 */
import { readSettings } from "../sheets/settings-sheet";
import { META_SHEET, SETTINGS_SHEET } from "../sheets/contract";
import { newCampaignId, readMeta } from "../sheets/meta-sheet";
import type { WorkbookPort } from "../sheets/port";
import { NO_FILE_TOOLS_MESSAGE, type CollectFiles } from "./collect-files";
import { createOperation, creationPlanFor } from "./create-operation";
import { updateDateLimitsOperation } from "./date-limits-operation";
import type { Workbench } from "./workbench";

/**
 * A Workbench over `port`; `select` jumps to a cell (a no-op in file mode); `clock` gives the
 * run time; `files` makes templates and reads returned files (分发汇总 answers that it cannot without).
 */
export function makeWorkbench(
  port: WorkbookPort,
  mode: Workbench["mode"],
  select: Workbench["selectCell"],
  clock: () => Date,
  files?: CollectFiles
): Workbench {
  const noFiles = { ok: false, findings: [], message: NO_FILE_TOOLS_MESSAGE };
  return {
    mode,
    state: () =>
      port.run(async (session) => {
        const grids = await session.readSheets([SETTINGS_SHEET.name, META_SHEET]);
        const check = creationPlanFor(await session.sheetNames());
        const grid = grids.get(SETTINGS_SHEET.name);
        // An unreadable 活动年度 gives no year and no settings, never the default year's (a silent 2010).
        const read = grid ? readSettings(grid) : null;
        const settings = read?.yearRead ? read.settings : null;
        const meta = readMeta(grids.get(META_SHEET));
        const campaignIdMissing = grids.has(META_SHEET) && meta.campaignId === null;
        return {
          presentSheets: check.present,
          missingSheets: check.missing,
          year: settings?.year ?? null,
          settings,
          dateLimitYear: meta.dateLimitYear,
          campaignIdMissing,
        };
      }),
    createWorkbook: (options, progress) =>
      port.run((session) =>
        createOperation(session, { campaignId: newCampaignId(crypto.getRandomValues(new Uint8Array(16))), ...options }, clock(), progress)
      ),
    updateDateLimits: (progress) => port.run((session) => updateDateLimitsOperation(session, clock(), progress)),
    // 考核 and 督查 are loaded on first use too: the rules, the ranking and the result sheets stay out of
    // the pane's start bundle (≤ 250 KB gzip), which then holds only what the pane shows at once.
    rank: async (progress) => {
      const { rankOperation, FILE_INVALIDATED_NOTE } = await import(/* webpackChunkName: "evaluate" */ "./rank-operation");
      // In file mode the marks reach the user's file only through 下载: say so, not that the file was marked.
      const options = mode === "file" ? { invalidatedNote: FILE_INVALIDATED_NOTE } : {};
      return port.run(async (session) => (await rankOperation(session, clock(), progress, options)).outcome);
    },
    validate: async (progress) => {
      const { validateOperation } = await import(/* webpackChunkName: "evaluate" */ "./validate-operation");
      return port.run((session) => validateOperation(session, clock(), progress));
    },
    selectCell: select,
    // 督查 section
    report: async (asOf, batch, progress) => {
      const { reportOperation } = await import(/* webpackChunkName: "supervise" */ "./report-operation");
      const { reportWithLights } = await import(/* webpackChunkName: "supervise" */ "./dashboard-operation");
      return port.run(async (session) => reportWithLights(await reportOperation(session, asOf, batch, progress)));
    },
    noticeWord: async (asOf, batch, progress) => {
      if (!files) return noFiles;
      const { noticeWordOperation } = await import(/* webpackChunkName: "supervise" */ "./notice-word-operation");
      return noticeWordOperation(port, files, asOf, batch, progress);
    },
    dashboard: async (asOf, progress) => {
      const { dashboardOperation } = await import(/* webpackChunkName: "supervise" */ "./dashboard-operation");
      return port.run(async (session) => (await dashboardOperation(session, asOf, progress)).outcome);
    },
    // 分发汇总: each loaded on first use (the templates, the collect batch and its judging stay out of the pane's start bundle).
    distributeTemplates: async (options, progress) => {
      if (!files) return noFiles;
      const { distributeTemplatesOperation } = await import(/* webpackChunkName: "distribute" */ "./distribute-pane");
      return port.run((session) => distributeTemplatesOperation(session, options, clock(), files, progress));
    },
    collect: async (returned, options, progress) => {
      if (!files) return noFiles;
      const { collectOperation } = await import(/* webpackChunkName: "collect" */ "./collect-operation");
      return port.run((session) => collectOperation(session, returned, options, clock(), files, progress));
    },
    undoCollect: async (progress) => {
      const { undoCollectOperation } = await import(/* webpackChunkName: "collect" */ "./undo-operation");
      return port.run((session) => undoCollectOperation(session, clock(), progress));
    },
    lastCollectBatch: async () => {
      const { lastCollectBatchQuery } = await import(/* webpackChunkName: "collect" */ "./last-collect-batch");
      return port.run((session) => lastCollectBatchQuery(session));
    },
    returnNote: async (line, findings) => {
      if (!files) throw new Error(NO_FILE_TOOLS_MESSAGE);
      const { returnNoteOf } = await import(/* webpackChunkName: "collect" */ "./return-note");
      return returnNoteOf(line, findings, clock(), files);
    },
  };
}
