/**
 * Every Chinese text of the product outside the command line (operation outcomes, pane
 * hints and blockers, ribbon notices, sheet text written into workbooks, catalogue
 * messages) passes the wording checks of issue 8, read from the source: each string or
 * template literal that holds a Han character, with its ${…} parts standing in as
 * placeholders. src/cli is left out: its usage text and its own errors name commands.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import * as ts from "typescript";
import { paneLabels, wordingProblems } from "../support/wording";

const SRC = join(__dirname, "../../src");
const SKIPPED = new Set(["cli"]);
/** What an interpolation reads as: no digit, no dot, no quote, so it neither hides nor makes a problem. */
const PLACEHOLDER = "〈值〉";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return dir === SRC && SKIPPED.has(name) ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/** The literal text of a string, a template (interpolations as placeholders) or JSX text. */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isJsxText(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((span) => PLACEHOLDER + span.literal.text).join("");
  return undefined;
}

interface Text {
  where: string;
  text: string;
}

function chineseTexts(path: string): Text[] {
  const file = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
  const found: Text[] = [];
  const visit = (node: ts.Node) => {
    const text = literalText(node);
    if (text !== undefined && /\p{Script=Han}/u.test(text)) {
      found.push({ where: `${relative(SRC, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`, text });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe("the product's Chinese text, read from the source", () => {
  const labels = new Set([...paneLabels(), PLACEHOLDER]);
  const texts = sourceFiles(SRC).flatMap(chineseTexts);

  it("is found (the scan reads the product, not an empty folder)", () => {
    expect(texts.length).toBeGreaterThan(500);
    expect(texts.some((t) => t.where.startsWith("sheets/"))).toBe(true);
    expect(texts.some((t) => t.where.startsWith("taskpane/"))).toBe(true);
  });

  it("names no command, rule id or internal file, only buttons the pane has, and spaces numbers alike", () => {
    const problems = texts.flatMap(({ where, text }) => wordingProblems(text, labels).map((p) => `${where} ${p}: ${text.slice(0, 80)}`));
    expect(problems).toEqual([]);
  });
});
