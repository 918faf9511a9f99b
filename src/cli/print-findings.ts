/** Findings as readable lines for the terminal: counts per severity, then each finding at its cell. */
import { SEVERITY_WORDS, type Finding } from "../domain/findings";

/** A summary line and up to `limit` findings, errors first. */
export function formatFindings(findings: readonly Finding[], limit = 30): string {
  if (findings.length === 0) return "未发现问题。\n";
  const count = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  const lines = [`校验：错误 ${count("error")} 条，警告 ${count("warning")} 条，提示 ${count("info")} 条`];
  for (const f of findings.slice(0, limit)) lines.push(`  [${SEVERITY_WORDS[f.severity]}] ${f.sheet}${f.cell ? `!${f.cell}` : ""}  ${f.message}`);
  if (findings.length > limit) lines.push(`  …… 另有 ${findings.length - limit} 条，完整清单请加 --json 查看`);
  return `${lines.join("\n")}\n`;
}
