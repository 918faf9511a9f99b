/**
 * Worksheet.horizontalPageBreaks (ExcelApi 1.9): `add(range)` puts a manual page break
 * above the range's top-left cell. Strict like the rest of the fake: without ExcelApi 1.9
 * the call fails with ApiNotFound, a Range object or anything but an address on the
 * sheet fails with InvalidArgument, and a break above row 1 (there is no page before it)
 * too. Kept beside each sheet in a WeakMap; a test reads them with `pageBreaksOf(sheet)`.
 */
import { parseAddress } from "./address";
import { FakeClientObject, requireApi } from "./client-object";
import { officeError } from "./errors";
import type { FakeSheet } from "./model";

const breaks = new WeakMap<FakeSheet, number[]>();

/** The 1-based rows of `sheet` that start a page after a manual break, in ascending order. */
export function pageBreaksOf(sheet: FakeSheet): number[] {
  return [...(breaks.get(sheet) ?? [])].sort((a, b) => a - b);
}

export class FakePageBreakCollection extends FakeClientObject<FakeSheet> {
  protected scalars() {
    return [] as const;
  }
  protected readScalar(): unknown {
    return undefined;
  }
  protected override alive(sheet: FakeSheet) {
    return !sheet.deleted;
  }

  /** A manual break above the top-left cell of `pageBreakRange` (only an A1 address is modelled). */
  add(pageBreakRange: string): void {
    requireApi(this.context, "1.9", "PageBreakCollection.add");
    this.enqueue("add", pageBreakRange, (sheet) => {
      if (typeof pageBreakRange !== "string")
        throw officeError("InvalidArgument", "PageBreakCollection.add", "The fake models an address string only.");
      let row: number;
      try {
        row = parseAddress(pageBreakRange).row + 1;
      } catch {
        throw officeError("InvalidArgument", "PageBreakCollection.add");
      }
      if (row < 2) throw officeError("InvalidArgument", "PageBreakCollection.add");
      const list = breaks.get(sheet) ?? [];
      if (!list.includes(row)) list.push(row);
      breaks.set(sheet, list);
    });
  }
}
