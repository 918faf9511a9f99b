/**
 * What every user-facing message must not do (issue 8, "plain results where a reviewer
 * looks"): name a command-line command, a rule id or an internal file; send the user to a
 * button the pane does not have; space a number on one side only (“应为0 到 100”). The
 * pane's button labels are read from its source, so renaming a button without its
 * messages fails the tests that use this.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createActionOf, dateLimitsOfferOf } from "../../src/taskpane/create-action";
import type { WorkbenchState } from "../../src/app/workbench";

const TASKPANE = join(__dirname, "../../src/taskpane");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Exported string constants of the pane (e.g. ADD_CAMPAIGN_ID), by name: a button's text={NAME} resolves through them. */
function paneConstants(sources: readonly string[]): Map<string, string> {
  const constants = new Map<string, string>();
  for (const source of sources) {
    for (const m of source.matchAll(/export const ([A-Z_]+) = "([^"]+)"/g)) constants.set(m[1], m[2]);
  }
  return constants;
}

const STATE: WorkbenchState = {
  presentSheets: [],
  missingSheets: ["单位名册"],
  year: 2011,
  settings: null,
  dateLimitYear: 2010,
  campaignIdMissing: false,
};

/**
 * Every label a button or tab of the pane can show: static text="…", label: "…" and
 * headerText="…" in src/taskpane, text={CONSTANT} resolved, and the create button's and the
 * date-limit offer's labels for each workbook state.
 */
export function paneLabels(): Set<string> {
  const sources = sourceFiles(TASKPANE).map((path) => readFileSync(path, "utf8"));
  const constants = paneConstants(sources);
  const labels = new Set<string>();
  for (const source of sources) {
    for (const m of source.matchAll(/\b(?:text|headerText)="([^"]+)"|\blabel: "([^"]+)"/g)) labels.add(m[1] ?? m[2]);
    for (const m of source.matchAll(/\btext=\{([A-Z_]+)\}/g)) if (constants.has(m[1])) labels.add(constants.get(m[1])!);
  }
  labels.add(createActionOf({ ...STATE, presentSheets: [] }).label);
  labels.add(createActionOf({ ...STATE, presentSheets: ["评议评分"] }).label);
  labels.add(dateLimitsOfferOf(STATE)!.label);
  return labels;
}

/** The buttons a message sends the user to: 点击“X” and “X”按钮. */
export function quotedButtons(text: string): string[] {
  return [...text.matchAll(/点击“([^”]+)”|“([^”]+)”按钮/g)].map((m) => m[1] ?? m[2]);
}

const HAN = /\p{Script=Han}/u;

/**
 * Numbers spaced on one side only: “应为0 到 100” (Han before, space after) or “共 3项”.
 * A number between two Han characters (第1行, 3月5日) or between two spaces is consistent.
 */
export function lopsidedNumbers(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\d+(?:[.:/-]\d+)*%?/g)) {
    const before = text[m.index - 1] ?? "";
    const after = text[m.index + m[0].length] ?? "";
    const lopsided = (HAN.test(before) && after === " ") || (before === " " && HAN.test(after));
    if (lopsided) found.push(text.slice(Math.max(0, m.index - 3), m.index + m[0].length + 3));
  }
  return found;
}

/** A catalogue rule id such as ranking.unknownUnit or cell.notNumber. */
const RULE_ID = /\b(?:sheet|header|cell|area|setting|ranking|units|tasks|progress|plans|inspection|supervision)\.[a-z][A-Za-z]+\b/;

/** Everything wrong with one user-facing text, as readable lines (none when it is fine). */
export function wordingProblems(text: string, labels: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const ruleId = RULE_ID.exec(text);
  if (ruleId) problems.push(`names a rule id: ${ruleId[0]}`);
  // The command is lowercase; the product's English name (Tisheng Workbench, in 元数据) is not a command.
  if (/\btisheng\b/.test(text)) problems.push("names the command line (tisheng)");
  if (text.includes("--")) problems.push("names a command-line option (--)");
  if (/\.tsx?\b/.test(text)) problems.push("names an internal file (.ts)");
  for (const button of quotedButtons(text)) if (!labels.has(button)) problems.push(`names a button the pane does not have: “${button}”`);
  for (const number of lopsidedNumbers(text)) problems.push(`spaces a number on one side only: “${number}”`);
  return problems;
}
