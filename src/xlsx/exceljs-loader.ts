/**
 * exceljs is large: it is loaded only when a file is read or written (a lazy chunk in
 * the browser; webpack aliases it to exceljs's prebuilt browser bundle).
 */
import type * as ExcelJsModule from "exceljs";

export type ExcelJs = typeof ExcelJsModule;

let loading: Promise<ExcelJs> | null = null;

/** The exceljs module, imported on first use. */
export function loadExcelJs(): Promise<ExcelJs> {
  loading ??= import(/* webpackChunkName: "exceljs" */ "exceljs").then((m) => ((m as { default?: ExcelJs }).default ?? m) as ExcelJs);
  return loading;
}
