/**
 * The caps every workbook file is held to before and while it is parsed, in one place.
 * They are chosen so that a real workbook of 1,000,000 score rows (10,000 units × 5
 * groups × 20 evaluators) passes with room to spare, while a hostile file is refused
 * within a second or two and a few hundred MB:
 * - a 1M-row workbook measured about 15 MB on disk, its score sheet about 90 MB of XML
 *   (about 6:1 compressed) and the whole archive about 100 MB inflated, in 20-odd entries;
 * - a workbook Excel writes has its deepest XML at about 8 levels (extLst in a sheet);
 * - deflate packs a run of one byte about 1000:1, so a "zip bomb" shows itself by a ratio
 *   no real part reaches (score sheets measured below 15:1; sheets of styled empty cells
 *   stay well below 100:1).
 * The sizes in a zip's directory can lie, so inflation also stops at the declared size.
 */
export interface XlsxLimits {
  /** Largest file read at all, in bytes. */
  maxFileBytes: number;
  /** Most entries in the archive (a workbook has a few dozen). */
  maxEntries: number;
  /** Largest sum of the declared inflated sizes of all entries. */
  maxTotalUncompressed: number;
  /** Largest declared inflated size of one entry (a sheet's XML). */
  maxPartBytes: number;
  /** Largest inflated : compressed ratio of an entry that inflates past `ratioFloorBytes`. */
  maxCompressionRatio: number;
  /** Entries that inflate to less than this are not judged by their ratio (tiny parts compress oddly). */
  ratioFloorBytes: number;
  /** Deepest nesting of XML elements in any part. */
  maxXmlDepth: number;
}

const MB = 1024 * 1024;

/** The caps the command line and file mode use (README, 文件检查). */
export const XLSX_LIMITS: XlsxLimits = {
  maxFileBytes: 200 * MB,
  maxEntries: 10_000,
  maxTotalUncompressed: 1024 * MB,
  maxPartBytes: 512 * MB,
  maxCompressionRatio: 200,
  ratioFloorBytes: 1 * MB,
  maxXmlDepth: 64,
};

/** Excel's own grid limits: a cell past them is not a cell Excel can show. */
export const EXCEL_MAX_ROW = 1_048_576;
export const EXCEL_MAX_COLUMN = 16_384;
