/**
 * A sheet's grid assembled from several range reads (./read-sheets): each read is placed
 * so that rows[0] is worksheet row 1 and column A whatever cell it starts at, and every
 * row is as wide as the used range (rows before it and gaps between reads are empty).
 */
import type { CellValue, SheetGrid } from "../sheets/grid";
import { jsonBytes, readValue } from "./cells";
import type { Block } from "./read-plan";

export class GridBuilder {
  readonly grid: SheetGrid;

  /** `width`: the used range's right edge (columns before it count), so every row has that many cells. */
  constructor(
    name: string,
    private readonly width: number
  ) {
    this.grid = { name, rows: [] };
  }

  /**
   * Places `values` with their top-left cell at 0-based (`top`, `left`); `types` are the
   * valueTypes when read with them. With `measure`, returns the bytes of `values` as JSON
   * (the sample that sizes the sheet's later windows); otherwise 0.
   */
  place(top: number, left: number, values: readonly (readonly unknown[])[], types?: readonly (readonly string[])[], measure = false): number {
    this.padTo(top + values.length);
    let bytes = 0;
    values.forEach((line, r) => {
      const row = this.grid.rows[top + r];
      const typeLine = types?.[r];
      line.forEach((value, c) => (row[left + c] = readValue(value, typeLine?.[c])));
      if (measure) bytes += jsonBytes(line) + 1;
    });
    return bytes;
  }

  /** Turns the cells of `block` that Excel types as errors into CellErrors (their values were read as text). */
  markErrors(block: Block, types: readonly (readonly string[])[]): void {
    types.forEach((line, r) =>
      line.forEach((type, c) => {
        const row = this.grid.rows[block.top + r];
        const value = row?.[block.left + c];
        if (type === "Error" && typeof value === "string") row[block.left + c] = { error: value };
      })
    );
  }

  private padTo(rows: number): void {
    while (this.grid.rows.length < rows) this.grid.rows.push(new Array<CellValue>(this.width).fill(null));
  }
}

/**
 * The rectangle around the cells of a values-only read that may be errors: Excel gives an
 * error cell's value as its text ("#N/A", "#DIV/0!"), which always starts with "#".
 * Null when none does. `block` is where the values sit.
 */
export function maybeErrors(block: Block, values: readonly (readonly unknown[])[]): Block | null {
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  values.forEach((line, r) =>
    line.forEach((value, c) => {
      if (typeof value !== "string" || value.charCodeAt(0) !== 0x23) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    })
  );
  if (bottom < 0) return null;
  return { sheet: block.sheet, top: block.top + top, rows: bottom - top + 1, left: block.left + left, cols: right - left + 1 };
}
