/**
 * The sheet names one session has seen. Reading them costs a round trip, so a session
 * remembers what its last read returned and what it created since: a write that
 * follows a read in the same session needs no extra sync to know what exists.
 */

export class SheetDirectory {
  private names: string[] | null = null;

  /** True once the names were read in this session (and not invalidated since). */
  get known(): boolean {
    return this.names !== null;
  }

  /** The names in workbook order, as last read (empty when unknown). */
  all(): string[] {
    return this.names ? [...this.names] : [];
  }

  /** Records the names just read from the workbook. */
  set(names: readonly string[]): void {
    this.names = [...names];
  }

  /** True when a sheet of this name exists (Excel compares names case-insensitively). */
  has(name: string): boolean {
    const key = name.toLowerCase();
    return this.names?.some((n) => n.toLowerCase() === key) ?? false;
  }

  /** Records a sheet created by this session. */
  add(name: string): void {
    if (this.names && !this.has(name)) this.names.push(name);
  }

  /** Records a sheet deleted or renamed by this session. */
  remove(name: string): void {
    const key = name.toLowerCase();
    if (this.names) this.names = this.names.filter((n) => n.toLowerCase() !== key);
  }

  /** Forgets everything (after a failure the workbook's state is unknown). */
  forget(): void {
    this.names = null;
  }

  /** A name no sheet has, derived from `base`, at most 31 characters (Excel's limit). */
  unusedName(base: string): string {
    for (let n = 1; ; n++) {
      const candidate = `${base.slice(0, 24)}~${n}`;
      if (!this.has(candidate)) return candidate;
    }
  }

  /** Names this adapter derived from `base` with unusedName: work sheets a failed write left behind. */
  derivedFrom(base: string): string[] {
    const stem = base.slice(0, 24).toLowerCase();
    return this.all().filter((n) => n.toLowerCase().startsWith(`${stem}~`) && /^\d+$/.test(n.slice(stem.length + 1)));
  }

  /** Loads the names when this session does not know them yet (one round trip, only then). */
  async ensure(context: Excel.RequestContext): Promise<void> {
    if (this.known) return;
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    this.set(sheets.items.map((s) => s.name));
  }
}
