/**
 * Regression: the bases shown in 规则说明 cited "BRIEF.md", a file of this project, and the
 * message for a missing sheet told office staff to run a command-line command. What a user
 * reads of a reading or validation rule cites the campaign document or the workbook's own
 * 填表说明, never an internal file, a rule id or a command.
 */
import * as READING from "../../../src/domain/catalogue/reading-rules";
import * as VALIDATION from "../../../src/domain/catalogue/validation-rules";
import type { Rule } from "../../../src/domain/findings";

type AnyRule = Rule<Record<string, string | number>>;
const rulesOf = (catalogue: Record<string, unknown>) =>
  Object.values(catalogue).filter((v): v is AnyRule => typeof v === "object" && v !== null && "id" in v && "message" in v);
const RULES = [...rulesOf(READING), ...rulesOf(VALIDATION)];
/** Any parameter a message asks for, as a plain word. */
const params = new Proxy({}, { get: () => "某值" }) as Record<string, string>;
const INTERNAL = /BRIEF|STYLE|\.md\b|\.ts\b|tisheng|npm |--\w/;

describe("what users read of each reading and validation rule", () => {
  it.each(RULES.map((r) => [r.id, r] as const))("%s cites no internal file, rule id or command", (id, rule) => {
    expect(rule.basis).not.toMatch(INTERNAL);
    const message = rule.message(params);
    expect(message).not.toMatch(INTERNAL);
    expect(message).not.toContain(id);
  });
});
