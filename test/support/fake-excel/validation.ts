/**
 * Data validation (ExcelApi 1.8) with Excel's argument checks: one rule kind at a
 * time, a list source that is a string (a formula "=Sheet!$A$1:$A$9" whose sheet
 * exists, or a comma list of at most 255 characters), an operator with the operands
 * it needs, and prompt or alert texts within Excel's 32/255-character limits.
 */
import { contains, intersects } from "./address";
import { FakeClientObject, requireApi } from "./client-object";
import { officeError } from "./errors";
import { guardFormat, type RangeEntity } from "./guards";
import type { ValidationEntry } from "./model";

const RULE_KINDS = ["list", "wholeNumber", "decimal", "date", "time", "textLength", "custom"] as const;
const TYPE_NAMES: Record<string, string> = {
  list: "List",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};
const OPERATORS = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqualTo", "LessThanOrEqualTo"];
const LOCATION = "DataValidation.rule";

function invalid(detail: string): never {
  throw officeError("InvalidArgument", LOCATION, detail);
}

function checkOperand(value: unknown, kind: string): void {
  if (value === undefined || value === null || value === "") invalid(`${kind}: formula1 is required`);
  if (typeof value === "number") return;
  if (value instanceof Date) return;
  if (typeof value !== "string") invalid(`${kind}: an operand must be a number, a date or a string`);
  if (kind === "date" && !value.startsWith("=") && Number.isNaN(Date.parse(value))) invalid(`date: not a date: ${value}`);
}

/** The sheet a list formula points at ("='选项'!$A$2:$A$9" → 选项), if any. */
function referencedSheet(formula: string): string | undefined {
  const m = /^=\s*(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(formula);
  return m ? (m[1] ?? m[2]).replace(/''/g, "'") : undefined;
}

/** Checks a rule as Excel would when the request arrives; sheet references are checked at apply time. */
export function checkRule(rule: unknown): void {
  if (typeof rule !== "object" || rule === null) invalid("the rule must be an object");
  const kinds = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (kinds.length !== 1 || !(RULE_KINDS as readonly string[]).includes(kinds[0])) invalid("exactly one rule kind is allowed");
  const kind = kinds[0];
  const body = (rule as Record<string, Record<string, unknown>>)[kind];
  if (kind === "list") {
    const source = body.source;
    if (typeof source !== "string") invalid("list.source must be a string (a formula or a comma list), not a Range");
    if (source.trim() === "") invalid("list.source is empty");
    if (!source.startsWith("=") && source.length > 255) invalid("a comma list is limited to 255 characters");
    return;
  }
  if (kind === "custom") {
    if (typeof body.formula !== "string" || !body.formula.startsWith("=")) invalid("custom.formula must be a formula string starting with =");
    // Excel keeps a validation formula of at most 255 characters (the file format's limit as well).
    if (body.formula.length > 255) invalid("custom.formula is limited to 255 characters");
    return;
  }
  if (!OPERATORS.includes(body.operator as string)) invalid(`${kind}.operator is missing or unknown`);
  checkOperand(body.formula1, kind);
  if (body.operator === "Between" || body.operator === "NotBetween") checkOperand(body.formula2, kind);
}

function checkText(text: unknown, max: number, what: string): void {
  if (text !== undefined && (typeof text !== "string" || text.length > max)) {
    throw officeError("InvalidArgument", `DataValidation.${what}`, `${what} is limited to ${max} characters`);
  }
}

export class FakeDataValidation extends FakeClientObject<RangeEntity> {
  protected scalars() {
    return ["rule", "prompt", "errorAlert", "type"];
  }
  protected override alive(entity: RangeEntity) {
    return !entity.sheet.deleted;
  }
  protected readScalar(entity: RangeEntity, property: string): unknown {
    const entry = [...entity.sheet.validations].reverse().find((v) => contains(v.rect, entity.rect));
    if (property === "type") {
      const kind = entry?.rule ? Object.keys(entry.rule)[0] : undefined;
      return kind ? TYPE_NAMES[kind] : "None";
    }
    return entry?.[property as "rule" | "prompt" | "errorAlert"] ?? null;
  }

  get rule(): Record<string, unknown> {
    return this.read("rule");
  }
  set rule(rule: Record<string, unknown>) {
    requireApi(this.context, "1.8", LOCATION);
    this.enqueue("rule", rule, (entity) => {
      checkRule(rule);
      guardFormat(entity, "allowFormatCells", LOCATION);
      const source = (rule.list as { source?: string } | undefined)?.source;
      const sheetName = source?.startsWith("=") ? referencedSheet(source) : undefined;
      if (sheetName !== undefined && !this.context.state.workbook.find(sheetName)) invalid(`the list source refers to a missing sheet: ${sheetName}`);
      const entry = this.entry(entity);
      entity.sheet.validations = entity.sheet.validations.filter((v) => v === entry || !contains(entity.rect, v.rect) || v.rule === undefined);
      entry.rule = JSON.parse(JSON.stringify(rule)) as Record<string, unknown>;
    });
  }
  get prompt(): ValidationEntry["prompt"] {
    return this.read("prompt");
  }
  set prompt(prompt: ValidationEntry["prompt"]) {
    requireApi(this.context, "1.8", "DataValidation.prompt");
    this.enqueue("prompt", prompt, (entity) => {
      checkText(prompt?.title, 32, "prompt");
      checkText(prompt?.message, 255, "prompt");
      guardFormat(entity, "allowFormatCells", "DataValidation.prompt");
      this.entry(entity).prompt = { ...prompt };
    });
  }
  get errorAlert(): ValidationEntry["errorAlert"] {
    return this.read("errorAlert");
  }
  set errorAlert(alert: ValidationEntry["errorAlert"]) {
    requireApi(this.context, "1.8", "DataValidation.errorAlert");
    this.enqueue("errorAlert", alert, (entity) => {
      checkText(alert?.title, 32, "errorAlert");
      checkText(alert?.message, 255, "errorAlert");
      if (alert?.style !== undefined && !["Stop", "Warning", "Information"].includes(alert.style)) invalid("errorAlert.style");
      guardFormat(entity, "allowFormatCells", "DataValidation.errorAlert");
      this.entry(entity).errorAlert = { ...alert };
    });
  }
  get type(): string {
    return this.read("type");
  }
  /** Removes every validation that touches the range. */
  clear(): void {
    requireApi(this.context, "1.8", "DataValidation.clear");
    this.enqueue("clear", null, (entity) => {
      guardFormat(entity, "allowFormatCells", "DataValidation.clear");
      entity.sheet.validations = entity.sheet.validations.filter((v) => !intersects(v.rect, entity.rect));
    });
  }

  /** The entry for exactly this range, created when missing. */
  private entry(entity: RangeEntity): ValidationEntry {
    const same = entity.sheet.validations.find(
      (v) => v.rect.row === entity.rect.row && v.rect.col === entity.rect.col && v.rect.rows === entity.rect.rows && v.rect.cols === entity.rect.cols
    );
    if (same) return same;
    const created: ValidationEntry = { rect: { ...entity.rect } };
    entity.sheet.validations.push(created);
    return created;
  }
}
