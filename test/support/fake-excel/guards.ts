/** What a range proxy resolves to, and the checks Excel makes before it changes cells. */
import type { Rect } from "./address";
import { officeError } from "./errors";
import type { FakeSheet } from "./model";

export interface RangeEntity {
  sheet: FakeSheet;
  rect: Rect;
}

/** A read larger than this many cells fails, standing in for Excel's limits on huge reads. */
const MAX_READ_CELLS = 5_000_000;

/** Throws AccessDenied when a protected sheet would have a locked cell of `rect` changed. */
export function guardContent(entity: RangeEntity, location: string): void {
  if (entity.sheet.protection.protected && entity.sheet.anyLocked(entity.rect)) {
    throw officeError("AccessDenied", location, "The cell or chart you're trying to change is protected and therefore read-only.");
  }
}

/** Throws AccessDenied when a protected sheet does not allow `option` (e.g. allowFormatCells). */
export function guardFormat(entity: RangeEntity, option: string, location: string): void {
  if (entity.sheet.protection.protected && entity.sheet.protection.options[option] !== true) throw officeError("AccessDenied", location);
}

/** Builds a rows × cols matrix from a per-cell reader; refuses reads Excel could not answer. */
export function matrix<T>(entity: RangeEntity, cell: (row: number, col: number) => T): T[][] {
  const { rect } = entity;
  if (rect.rows * rect.cols > MAX_READ_CELLS) throw officeError("ResponsePayloadSizeLimitExceeded", "Range");
  const out: T[][] = [];
  for (let r = 0; r < rect.rows; r++) {
    const line: T[] = [];
    for (let c = 0; c < rect.cols; c++) line.push(cell(rect.row + r, rect.col + c));
    out.push(line);
  }
  return out;
}
