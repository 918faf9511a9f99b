/**
 * `tisheng distribute <master.xlsx> --out-dir <dir> [--units CODE,...] [--zip] [--force]`:
 * one template per unit of 单位名册. The master is only read: what the add-in would record
 * in 分发记录 is printed instead. Every output path is checked before anything is made, so
 * a refusal (an existing file without --force) leaves the folder as it was.
 */
import { createHash } from "node:crypto";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { distributeOperation } from "../app/distribute-operation";
import { distributionRow, DISTRIBUTION_HEADERS, DISTRIBUTION_SHEET } from "../app/distribute-record";
import { META_SHEET, SETTINGS_SHEET, TASKS_SHEET, UNITS_SHEET } from "../sheets/contract";
import { readSettings } from "../sheets/settings-sheet";
import { readCampaign } from "../sheets/read/read-campaign";
import { templateFileName } from "../sheets/templates/file-name";
import type { WorkbookPlan } from "../sheets/plan";
import { templateMetaEntries, type TemplateMeta } from "../sheets/template-meta";
import { withCustomProperties } from "../xlsx/custom-properties";
import { newPlanWorkbook } from "../xlsx/plan-workbook";
import { deflatedEntry, zipChunks, type ZipWriteEntry } from "../xlsx/zip/write-zip";
import { parseArgs } from "./args";
import { UsageError } from "./errors";
import { checkOutput, writeOutput } from "./files";
import { foreignWorkbookError } from "./foreign";
import type { CliIo } from "./io";
import { missingSheetsError, openReadOnlyBook } from "./open-book";
import { formatFindings } from "./print-findings";
import { nodeZipCodec } from "./zip-codec";

const USAGE = "tisheng distribute <master.xlsx> --out-dir <目录> [--units 编码,...] [--zip] [--force]";

const sha256 = async (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/**
 * The .xlsx bytes of a unit's template: the plan's sheets written at the zip level (as the
 * exceljs adapter would apply them, without its cost per file), the metadata also as custom properties.
 */
export async function templateBytes(plan: WorkbookPlan, meta: TemplateMeta): Promise<Uint8Array> {
  // A template is made whole from its sheets; updates to an existing workbook's validations have no place here.
  if (plan.validationUpdates?.length) throw new Error("A template plan cannot carry validation updates");
  return withCustomProperties(newPlanWorkbook(plan.sheets, nodeZipCodec), templateMetaEntries(meta), nodeZipCodec);
}

/**
 * The refusal for --units codes that name no readable unit: a code on a row the reader could
 * not read (a name of spaces, say) is named with that row's first problem, never called missing.
 */
function unknownUnitsError(codes: readonly string[], roster: ReturnType<typeof readCampaign>): UsageError {
  for (const code of codes) {
    const row = roster.rejected.units?.find((u) => u.code === code)?.origin?.row;
    if (row === undefined) continue;
    const problem = roster.findings.find((f) => f.sheet === UNITS_SHEET.name && f.cell.replace(/^[A-Z]+/, "") === String(row));
    const why = problem ? `${problem.cell}：${problem.message.replace(/。$/, "")}` : "有无法识别的单元格";
    return new UsageError(`「单位名册」中单位编码 ${code} 所在的第 ${row} 行有错误（${why}），无法生成它的模板。请先改正该行，再重新运行。`);
  }
  return new UsageError(`「单位名册」中没有单位编码 ${codes.join("、")}。请核对 --units 的单位编码（区分大小写）`);
}

/** Runs `tisheng distribute`: exit 0 when every template was written, 1 when the master's data blocked it, 2 for usage and file errors. */
export async function distributeCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: ["zip", "force"], options: ["out-dir", "units"], positional: 1, usage: USAGE });
  const input = args.positional[0];
  const outDir = args.options.get("out-dir");
  if (outDir === undefined) throw new UsageError(`缺少 --out-dir（模板写入的目录）。用法：${USAGE}`);
  const units = args.options
    .get("units")
    ?.split(/[,，、]/)
    .map((c) => c.trim())
    .filter((c) => c !== "");
  if (units !== undefined && units.length === 0) throw new UsageError(`--units 需要至少一个单位编码，多个用逗号分隔。用法：${USAGE}`);
  const force = args.flags.has("force");
  const zip = args.flags.has("zip");

  const book = await openReadOnlyBook(input);
  const present = new Set(await book.run((s) => s.sheetNames()));
  const foreign = foreignWorkbookError(input, present);
  if (foreign) throw foreign;
  const missing = [SETTINGS_SHEET.name, UNITS_SHEET.name, TASKS_SHEET.name, META_SHEET].filter((n) => !present.has(n));
  if (missing.length > 0) throw missingSheetsError(input, missing);

  // Learn the file names first (a cheap read), so every output is checked before any template is made.
  const preview = await book.run((s) => s.readSheets([SETTINGS_SHEET.name, UNITS_SHEET.name]));
  const year = readSettings(preview.get(SETTINGS_SHEET.name)).settings.year;
  const roster = readCampaign(preview, [UNITS_SHEET.name]);
  const known = roster.data.units;
  const unknown = (units ?? []).filter((code) => !known.some((u) => u.code === code));
  if (unknown.length > 0) throw unknownUnitsError(unknown, roster);
  await mkdir(outDir, { recursive: true }).catch(() => undefined);
  const zipPath = join(outDir, `单位填报模板_${year}.zip`);
  const chosen = units ? known.filter((u) => units.includes(u.code)) : known;
  for (const path of zip ? [zipPath] : chosen.map((u) => join(outDir, templateFileName(u, year)))) await checkOutput(path, { force, input });

  const entries: ZipWriteEntry[] = [];
  const run = await book.run((session) =>
    distributeOperation(session, {
      units,
      now: io.now(),
      sha256,
      record: false,
      buildTemplate: async (plan, entry, index, total) => {
        const bytes = await templateBytes(plan, entry.meta);
        if (zip) entries.push(deflatedEntry(entry.fileName, bytes, nodeZipCodec));
        else await writeOutput(join(outDir, entry.fileName), bytes, { force, input });
        io.err(`第 ${index + 1}/${total} 份：${entry.fileName}\n`);
      },
    })
  );
  if (!run.ok || !run.summary) {
    io.err(`${run.message}\n`);
    if (run.findings.length > 0) io.out(formatFindings(run.findings));
    return 1;
  }
  if (zip) await writeOutput(zipPath, zipChunks(entries), { force, input });
  const { entries: handedOut } = run.summary;
  const lines = [
    run.message.replace(/。$/, `，已写入 ${zip ? zipPath : outDir}。`),
    `主工作簿未被修改。在加载项中分发时，「${DISTRIBUTION_SHEET}」将记入以下 ${handedOut.length} 行：`,
    DISTRIBUTION_HEADERS.join("\t"),
    ...handedOut.map((e) => distributionRow(e).join("\t")),
  ];
  io.out(`${lines.join("\n")}\n`);
  return 0;
}
