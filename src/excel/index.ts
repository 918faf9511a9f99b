/** The Office.js adapter (STYLE.md: one module per host): the port, jump-to-cell, requirement checks, errors, and the marks of 校验. */
export { createOfficePort, type OfficePortOptions } from "./office-port";
export { selectCell } from "./select-cell";
export { checkRequirements, isExcelApiSupported } from "./requirements";
export { ExcelOperationError } from "./errors";
export { REQUEST_BUDGET_BYTES, REQUEST_LIMIT_BYTES } from "./chunks";
export { charsToPoints } from "./cells";
export { MARK_SHEET, markFormula } from "./highlights";
