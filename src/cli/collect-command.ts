/**
 * `tisheng collect <master.xlsx> <file-or-dir>... [--out <merged.xlsx>] [--dry-run] [--json] [--force]`:
 * collects units' returned templates into a copy of the master. The master is never
 * modified; without --out (or with --dry-run) nothing is written. Exit 0 when every file
 * merged or was unchanged, 1 when any was refused, unclaimed or conflicting (the rest
 * still merge into --out), 2 for usage and file errors.
 */
import { realpath, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { runCollect, type CollectRun } from "../app/collect-run";
import { unsafeRewrite } from "../app/collect-write";
import { contentOf, type CollectRecord } from "../domain/collect";
import { SEVERITY_WORDS } from "../domain/findings";
import { describeKey, describeRow } from "../sheets/collect/row-keys";
import { contractPlan } from "../sheets/build-plan";
import { collectLogPlan, STATUS_WORDS } from "../sheets/collect/log-sheet";
import { returnBlock, returnFileName } from "../sheets/collect/return-sheet";
import { planWorkbookChunks } from "../xlsx/plan-workbook";
import { newXlsxPort } from "../xlsx/xlsx-port";
import { isoOfInstant } from "../sheets/dates";
import { recordRows, RECORD_SHEETS } from "../sheets/record-sheets";
import { parseArgs } from "./args";
import { expandInputs, nodeSha256Hex, readReturnedFile } from "./collect-inputs";
import { UsageError } from "./errors";
import { checkOutput, writeOutput, type OutputOptions } from "./files";
import { foreignWorkbookError } from "./foreign";
import type { CliIo } from "./io";
import { jsonText } from "./terminal";
import { openReadOnlyBook } from "./open-book";
import { nodeZipCodec } from "./zip-codec";

const USAGE = "tisheng collect <master.xlsx> <file-or-dir>... [--out <merged.xlsx>] [--return-dir <dir>] [--dry-run] [--json] [--force]";
const OPTIONS = ["out", "return-dir"];

/** The number of positional arguments in `argv` (an option's value is not one). */
function positionalCount(argv: readonly string[]): number {
  let n = 0;
  for (let i = 0; i < argv.length; i++) {
    if (!argv[i].startsWith("--")) n++;
    else if (OPTIONS.includes(argv[i].slice(2))) i++;
  }
  return n;
}

/** A record as the JSON shows it: its contents, without where it was read from. */
const contents = (r: CollectRecord | null) => (r ? contentOf(r) : null);

/** The JSON contract of collect. */
export function collectJson(run: CollectRun) {
  return {
    ok: run.files.every((f) => f.status === "merged" || f.status === "unchanged") && run.conflicts.length === 0,
    batch: run.batch,
    files: run.files.map((f) => ({ file: f.file, unitCode: f.unitCode, status: f.status, reason: f.reason, rows: f.rows })),
    notSubmitted: run.notSubmitted,
    issues: run.issues.map((i) => ({ severity: i.severity, file: i.file, sheet: i.sheet, cell: i.cell, rule: i.rule, message: i.message })),
    conflicts: run.conflicts.map((c) => ({
      unitCode: c.unitCode,
      file: c.file,
      sheet: RECORD_SHEETS[c.kind].name,
      key: describeKey(c.kind, c.key),
      master: contents(c.master),
      returned: contents(c.returned),
    })),
  };
}

/** The run as readable lines. */
function formatRun(run: CollectRun): string {
  const lines = [`汇总批次 ${run.batch.slice(0, 19).replace("T", " ")}：共 ${run.files.length} 份文件`];
  for (const f of run.files) {
    const r = f.rows;
    const counts =
      f.status === "merged" || f.status === "unchanged" ? `  新增 ${r.added}，修改 ${r.changed}，删除 ${r.removed}，未变 ${r.unchanged}` : "";
    lines.push(`  [${STATUS_WORDS[f.status]}] ${f.file}${f.unitCode ? `（${f.unitCode}）` : ""}${counts}`, `      ${f.reason}`);
  }
  if (run.conflicts.length > 0) {
    lines.push(`冲突（${run.conflicts.length} 行：单位和市优化办都改过，保留了总表中的内容，请核对后在总表中确定）：`);
    for (const c of run.conflicts) {
      const sheet = RECORD_SHEETS[c.kind].name;
      lines.push(`  ${c.file}（${c.unitCode}）「${sheet}」${describeKey(c.kind, c.key)}`);
      lines.push(`      总表：${describeRow(c.kind, c.master)}`, `      文件：${describeRow(c.kind, c.returned)}`);
    }
  }
  if (run.issues.length > 0) {
    lines.push(`问题清单（${run.issues.length} 条）：`);
    for (const i of run.issues) lines.push(`  [${SEVERITY_WORDS[i.severity]}] ${i.file} ${i.sheet}!${i.cell}  ${i.message}`);
  }
  lines.push(`未报送单位 ${run.notSubmitted.length} 个${run.notSubmitted.length ? `：${run.notSubmitted.join("、")}` : ""}`);
  return `${lines.join("\n")}\n`;
}

/**
 * The merged workbook: the master's bytes with the changed input sheets and 汇总记录 replaced
 * whole from their plans and 报送情况 written, at the zip level; every other sheet is copied
 * as it is (re-serialising the whole master through exceljs took most of a batch's time).
 */
function mergedWorkbook(master: Uint8Array, run: CollectRun): Uint8Array[] {
  const sheets = [
    ...run.changedKinds.map((k) => contractPlan(RECORD_SHEETS[k], recordRows(k, run.data), run.read.settings)),
    collectLogPlan(run.log),
  ];
  return planWorkbookChunks(master, sheets, [run.status], nodeZipCodec);
}

/** The files that get a 退回说明 (refused or conflicting), each with its note's path; two notes never share a name. */
function returnNotes(dir: string, run: CollectRun): { file: CollectRun["files"][number]; path: string }[] {
  const taken = new Set<string>();
  const notes = [];
  for (const f of run.files) {
    if (f.status !== "refused" && f.status !== "conflict") continue;
    let name = returnFileName(f.file);
    // 甲.xlsx and 甲.xlsm both give 甲_退回说明.xlsx: the second must not replace the first.
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = returnFileName(f.file).replace(/\.xlsx$/, `(${n}).xlsx`);
    taken.add(name.toLowerCase());
    notes.push({ file: f, path: join(dir, name) });
  }
  return notes;
}

/**
 * Checks every output of the run before any is written: each 退回说明 (an existing one only
 * with --force, never an input under any name) and --out, which must not be one of them.
 */
async function checkOutputs(out: string | undefined, notes: readonly { path: string }[], options: OutputOptions): Promise<void> {
  for (const note of notes) {
    if (out !== undefined && resolve(note.path) === resolve(out)) {
      throw new UsageError(`--out 与一份退回说明是同一个文件：${out}。请换一个 --out 文件名或另选 --return-dir（output used twice）`);
    }
    await checkOutput(note.path, options);
  }
  if (out !== undefined) await checkOutput(out, options);
}

/** Writes, per refused or conflicting file, a small workbook listing what to fix. */
async function writeReturns(notes: ReturnType<typeof returnNotes>, run: CollectRun, today: string, options: OutputOptions): Promise<void> {
  for (const { file: f, path } of notes) {
    const handle = await newXlsxPort();
    const findings = run.issues.filter((i) => i.file === f.file);
    await handle.port.run((s) => s.writeBlocks([returnBlock(f.file, f.unitCode, f.reason, findings, today)]));
    await writeOutput(path, await handle.save(), options);
  }
}

/** Runs `tisheng collect`. */
export async function collectCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, {
    flags: ["json", "force", "dry-run"],
    options: OPTIONS,
    positional: Math.max(positionalCount(argv), 2),
    usage: USAGE,
  });
  const [master, ...paths] = args.positional;
  const out = args.flags.has("dry-run") ? undefined : args.options.get("out");
  const outOptions: OutputOptions = { force: args.flags.has("force"), input: master };
  if (out !== undefined) await checkOutput(out, outOptions);
  const returnDir = args.flags.has("dry-run") ? undefined : args.options.get("return-dir");
  if (returnDir !== undefined && !(await stat(returnDir).catch(() => undefined))?.isDirectory()) {
    throw new UsageError(`--return-dir 指定的文件夹不存在：${returnDir}。请先建立该文件夹（not a directory）`);
  }
  // The master itself, when it sits in a folder of returned files, is not one of them.
  const masterPath = await realpath(master).catch(() => resolve(master));
  const files = [];
  for (const path of await expandInputs(paths)) if ((await realpath(path).catch(() => resolve(path))) !== masterPath) files.push(path);
  if (files.length === 0) throw new UsageError(`没有找到要汇总的文件：${paths.join("、")}。用法：${USAGE}`);
  const book = await openReadOnlyBook(master);
  const grids = await book.run(async (s) => s.readSheets(await s.sheetNames()));
  const foreign = foreignWorkbookError(master, new Set(grids.keys()));
  if (foreign) throw foreign;
  // No output may be the master or a returned file under any name.
  const options: OutputOptions = { ...outOptions, input: [master, ...files] };
  const inputs = [];
  for (const path of files) inputs.push(await readReturnedFile(path));
  const now = io.now();
  const run = await runCollect(grids, inputs, now, isoOfInstant(now), nodeSha256Hex);
  // The merged sheets are rewritten whole from the rows that could be read: a master row left
  // out for a bad cell would be lost, so then nothing is written (as in the pane).
  const unsafe = out !== undefined && run.changedKinds.length > 0 ? unsafeRewrite(run.read, run.changedKinds, "汇总") : undefined;
  const notes = returnDir === undefined ? [] : returnNotes(returnDir, run);
  await checkOutputs(unsafe ? undefined : out, notes, options);
  if (unsafe) {
    io.err(`${unsafe.message.replace(/请先点击“校验”/, "请先校验总表，")}\n`);
    for (const f of unsafe.findings) io.err(`  ${f.sheet}!${f.cell}  ${f.message}\n`);
  } else if (out !== undefined) await writeOutput(out, mergedWorkbook(book.bytes, run), options);
  await writeReturns(notes, run, isoOfInstant(now), options);
  if (args.flags.has("json")) io.out(`${jsonText(collectJson(run))}\n`);
  else
    io.out(
      formatRun(run) +
        (unsafe
          ? `未写入 ${out}：总表有无法识别的行（见上）。\n`
          : out !== undefined
            ? `汇总结果已写入 ${out}（总表文件未改动）。\n`
            : returnDir === undefined
              ? "未写入任何文件（预览）。加 --out <文件> 写出汇总后的工作簿。\n"
              : "未写出汇总后的工作簿（预览）。加 --out <文件> 写出汇总后的工作簿。\n") +
        (returnDir === undefined ? "" : `退回说明 ${notes.length} 份已写入 ${returnDir}。\n`)
    );
  return collectJson(run).ok && !unsafe ? 0 : 1;
}
