/**
 * 退回说明 as plain text, for 复制退回说明: the same rows as the workbook the command line's
 * --return-dir writes (one sheet description, src/sheets/collect/return-sheet.ts), so what the
 * office pastes into a message says exactly what the downloaded file says.
 */
import type { CollectFileLine } from "../app/workbench";
import type { Finding } from "../domain/findings";
import { returnBlock } from "../sheets/collect/return-sheet";

/** The findings of a collect outcome that name `file` (a CollectIssue carries the file it is about). */
export function findingsOfFile(findings: readonly Finding[], file: string): Finding[] {
  return findings.filter((f) => (f as Finding & { file?: string }).file === file);
}

/**
 * The text of `line`'s 退回说明 dated `today`: a label and its value as "标签：值", the findings
 * table tab-separated (it pastes into Excel as columns, and reads as lines in a message).
 */
export function returnNoteText(line: CollectFileLine, findings: readonly Finding[], today: string): string {
  const block = returnBlock(line.file, line.unitCode, line.reason, findings, today);
  const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));
  return block.rows.map((row) => (row.length === 2 ? `${text(row[0])}：${text(row[1])}` : row.map(text).join("\t").trimEnd())).join("\n");
}
