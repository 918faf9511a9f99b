/**
 * Native Excel data validation for each column of a template, so that a unit filling
 * it in plain Excel (without the add-in) is guided by dropdowns and limits. Ranges are
 * bounded to the template's rows: a whole-column validation costs exceljs a million
 * entries on read (TOOLCHAIN.md).
 */
import { campaignYearRange, type Settings } from "../domain/settings";
import { CONTRACT_SHEETS, LIST_SHEET, STATIC_LISTS } from "./contract";
import { columnLetter, quoteSheet } from "./grid";
import type { ValidationPlan } from "./plan";
import type { ColumnSpec, ListSource } from "./schema";

/** The formula string of a list's source range, e.g. "='选项'!$B$2:$B$6" (Excel needs a string, never a Range). */
function listSourceFormula(list: ListSource, settings: Settings): string {
  if (list.kind === "values") {
    const index = STATIC_LISTS.findIndex((l) => l.name === list.name);
    const col = columnLetter(index + 1);
    const count = Math.max(list.values(settings).length, 1);
    return `=${quoteSheet(LIST_SHEET)}!$${col}$2:$${col}$${count + 1}`;
  }
  const schema = CONTRACT_SHEETS.find((s) => s.name === list.sheet);
  const index = schema ? schema.columns.findIndex((c) => c.header === list.header) : 0;
  const col = columnLetter(index + 1);
  return `=${quoteSheet(list.sheet)}!$${col}$2:$${col}$${settings.templateRows + 1}`;
}

/** The range of 1-based column `col` from row 2 to `lastRow`, e.g. "D2:D2001". */
export function inputRange(col: number, lastRow: number): string {
  const letter = columnLetter(col);
  return `${letter}2:${letter}${lastRow}`;
}

/** The validation of `column` over `range` (a bounded A1 range), or null when the column takes free text. */
export function columnValidation(column: ColumnSpec, range: string, settings: Settings): ValidationPlan | null {
  const promptTitle = column.header;
  if (column.list) {
    const name = column.list.kind === "values" ? column.list.name : `${column.list.sheet}中的${column.list.header}`;
    return {
      range,
      rule: { type: "list", source: listSourceFormula(column.list, settings) },
      promptTitle,
      prompt: column.hint ?? `请从下拉列表中选择（${name}）`,
      error: `「${column.header}」只能从下拉列表中选择（${name}）。`,
    };
  }
  switch (column.type) {
    case "integer":
    case "number": {
      const min = column.min ?? -1e9;
      const max = column.max ?? 1e9;
      const kind = column.type === "integer" ? "整数" : "数字";
      // Excel's "between" includes its bounds: an exclusive minimum is said in words and enforced by the reader.
      // A column with no maximum (重点工作 序号: as many tasks as the sheet lists) says only its minimum.
      const bounds =
        column.max === undefined
          ? `不小于 ${min} 的${kind}`
          : column.minExclusive
            ? `大于 ${min}、不大于 ${max} 的${kind}`
            : `${min} 到 ${max} 之间的${kind}`;
      return {
        range,
        rule: { type: column.type === "integer" ? "whole" : "decimal", min, max },
        promptTitle,
        prompt: column.hint ?? `请填写${bounds}`,
        error: `「${column.header}」应为${bounds}。`,
      };
    }
    case "date": {
      const { from, to } = column.dates === "any" ? { from: "1900-01-01", to: "9999-12-31" } : campaignYearRange(settings);
      return {
        range,
        rule: { type: "date", from, to },
        promptTitle,
        prompt: column.hint ?? `请填写 ${from} 至 ${to} 之间的日期，格式 yyyy-mm-dd`,
        error: `「${column.header}」应为 ${from} 至 ${to} 之间的日期。`,
      };
    }
    case "score":
      return scoreValidation(column, range, settings);
    default:
      return column.hint ? promptOnly(column, range, column.hint) : null;
  }
}

/**
 * A free-text column with a hint: the hint is shown when a cell is selected (重点工作's 牵头单位 is a
 * default the office sets), and any text is accepted. Excel shows an input message only with a
 * validation, so the rule is a formula that always holds.
 */
function promptOnly(column: ColumnSpec, range: string, hint: string): ValidationPlan {
  return {
    range,
    rule: { type: "custom", formula: "=TRUE" },
    promptTitle: column.header,
    prompt: hint,
    error: `「${column.header}」可填写任意文字。`,
  };
}

/**
 * 得分 takes a number within the column's bounds or one of the grade words of 参数设置 (评议等次). No
 * built-in rule kind says "a number or one of these words", so it is a custom formula — a standard
 * feature that Excel, WPS and LibreOffice all keep — written for the range's first cell, which the
 * spreadsheet shifts down the range like any relative reference.
 */
export function scoreValidation(column: ColumnSpec, range: string, settings: Settings): ValidationPlan {
  const first = range.split(":")[0];
  const min = column.min ?? 0;
  const max = column.max ?? 100;
  const words = settings.grades.map((g) => g.word);
  const wordTests = words.map((w) => `${first}="${w.replace(/"/g, '""')}"`);
  const formula = `=OR(AND(ISNUMBER(${first}),${first}>=${min},${first}<=${max}),${wordTests.join(",")})`;
  const allowed = `${min}–${max} 的分数，或评议等次：${words.join("、")}`;
  return {
    range,
    rule: { type: "custom", formula },
    promptTitle: column.header,
    prompt: column.hint ?? `请填写${allowed}`,
    error: `「${column.header}」应为${allowed}（等次须一字不差）。`,
  };
}
