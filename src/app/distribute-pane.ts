/**
 * 分发填报模板 for the pane (inside Excel and in file mode): every unit's template made with
 * exceljs from its plan, all of them in one .zip for the pane to offer as a download, and
 * what was handed out recorded in the workbook's hidden 分发记录 (./distribute-operation
 * does the reading, the plans and the record). The templates and the .zip are made by the
 * file tools the shell passed in (./collect-files): exceljs arrives with the first
 * distribution, in a chunk of its own, never with the pane.
 */
import type { WorkbookSession } from "../sheets/port";
import type { CollectFiles } from "./collect-files";
import { distributeOperation } from "./distribute-operation";
import { sha256OfText } from "../sheets/sha256";
import type { DistributeSummary, OperationOutcome, ProgressFn } from "./workbench";

/** The .zip's name for `year` (the command line's --zip writes the same). */
export const distributionZipName = (year: number): string => `单位填报模板_${year}.zip`;

/** Runs 分发填报模板 at `now` for `options.units` (default every unit of 单位名册). */
export async function distributeTemplatesOperation(
  session: WorkbookSession,
  options: { units?: string[] },
  now: Date,
  files: CollectFiles,
  progress: ProgressFn
): Promise<OperationOutcome<DistributeSummary>> {
  progress("正在准备生成模板", 0.02);
  const made: { name: string; bytes: Uint8Array }[] = [];
  const run = await distributeOperation(session, {
    units: options.units,
    now,
    sha256: sha256OfText,
    record: true,
    progress,
    buildTemplate: async (plan, entry) => void made.push({ name: entry.fileName, bytes: await files.templateBytes(plan, entry.meta) }),
  });
  if (!run.ok || !run.summary) {
    const unknownUnits = run.summary?.unknownUnits ?? [];
    return { ok: false, findings: run.findings, message: run.message, summary: { count: 0, zipName: "", zip: new Uint8Array(), unknownUnits } };
  }
  const zipName = distributionZipName(run.summary.entries[0].meta.year);
  return {
    ok: true,
    findings: run.findings,
    message: run.message.replace(/。$/, `，已打包为 ${zipName}，请下载后分发给各单位。`),
    summary: { count: run.summary.entries.length, zipName, zip: await files.zip(made), unknownUnits: [] },
  };
}
