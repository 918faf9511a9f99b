/**
 * exceljs reads a data validation's range as single cells (a range "D2:D2001" becomes 2,000
 * keys sharing one object) and, when it writes them again, merges cells after sorting their
 * addresses as text: "D10" sorts before "D2", so one range comes out as two overlapping ones
 * ("D10:D2001" and "D2:D2001"). Excel leaves overlapping validations undefined, and a custom
 * formula written for D2 reads D2 from D10 on the first. Before a workbook is written, the
 * cells of each validation are merged back into column ranges in row order; a custom formula
 * is moved to the top-left cell of each range it ends up in.
 */
import type { DataValidation, Workbook, Worksheet } from "exceljs";
import { columnLetter, parseA1 } from "../sheets/grid";

type Model = Record<string, DataValidation | undefined>;
type WithValidations = { dataValidations: { model: Model } };

/** `write` run with every sheet's validations merged into ranges; the sheets' own models are restored afterwards. */
export async function withCompactValidations<T>(wb: Workbook, write: () => Promise<T>): Promise<T> {
  const saved: [WithValidations["dataValidations"], Model][] = [];
  for (const ws of wb.worksheets) {
    const validations = (ws as Worksheet & WithValidations).dataValidations;
    if (!validations?.model) continue;
    saved.push([validations, validations.model]);
    validations.model = compactModel(validations.model);
  }
  try {
    return await write();
  } finally {
    for (const [validations, model] of saved) validations.model = model;
  }
}

/** `model` with its single-cell keys merged, per validation and column, into runs of consecutive rows. */
export function compactModel(model: Model): Model {
  const out: Model = {};
  const cells = new Map<DataValidation, { row: number; col: number }[]>();
  for (const [key, v] of Object.entries(model)) {
    if (!v) continue;
    const cell = key.includes(":") ? null : cellOf(key);
    if (!cell) out[key] = v;
    else {
      const list = cells.get(v);
      if (list) list.push(cell);
      else cells.set(v, [cell]);
    }
  }
  for (const [v, list] of cells) {
    list.sort((a, b) => a.col - b.col || a.row - b.row);
    // The top-left cell of the range the validation was read from: its formula is written for it.
    const anchor = list.reduce((a, b) => (b.row < a.row || (b.row === a.row && b.col < a.col) ? b : a));
    let start = 0;
    for (let i = 1; i <= list.length; i++) {
      if (i < list.length && list[i].col === list[i - 1].col && list[i].row === list[i - 1].row + 1) continue;
      const top = list[start];
      const bottom = list[i - 1];
      const letter = columnLetter(top.col);
      const key = top.row === bottom.row ? `${letter}${top.row}` : `${letter}${top.row}:${letter}${bottom.row}`;
      out[key] = moved(v, top.row - anchor.row, top.col - anchor.col);
      start = i;
    }
  }
  return out;
}

/** The row and column of a single-cell key, or null for anything else (kept as exceljs has it). */
function cellOf(key: string): { row: number; col: number } | null {
  return /^[A-Z]{1,3}\d+$/.test(key) ? parseA1(key) : null;
}

/** `v` for a range `rows` below and `cols` right of the cell its custom formula was written for. */
function moved(v: DataValidation, rows: number, cols: number): DataValidation {
  if (v.type !== "custom" || (rows === 0 && cols === 0)) return v;
  return { ...v, formulae: v.formulae.map((f) => (typeof f === "string" ? shiftFormula(f, rows, cols) : f)) };
}

/** Moves the relative references of `formula` (outside string literals) by `rows` and `cols`. */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g,
            (_m, absCol: string, col: string, absRow: string, row: string) => {
              const c = absCol ? col : columnLetter(parseA1(`${col}1`).col + cols);
              const r = absRow ? Number(row) : Number(row) + rows;
              return `${absCol}${c}${absRow}${r}`;
            }
          )
    )
    .join("");
}
