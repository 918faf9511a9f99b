/**
 * The caps every workbook file is held to before and while it is parsed, in one place.
 * They are chosen so that a real workbook of 1,000,000 score rows (10,000 units × 5
 * groups × 20 evaluators) passes with room to spare, while a hostile file is refused
 * within a second or two and a few hundred MB:
 * - a 1M-row workbook (npm run bench writes one) measured 16.2 MB on disk, its score
 *   sheet 152 MB of XML (9.6:1 compressed) and the whole archive 155 MB inflated, in 19
 *   entries; so the file cap leaves 12× room, the part cap 3×, the total cap 6×;
 * - the standard template's parts compress at most 7.9:1 and shared strings 18:1;
 * - a workbook Excel writes has its deepest XML at about 8 levels (extLst in a sheet);
 * - deflate packs a run of one byte about 1000:1, so a "zip bomb" shows itself by a ratio
 *   no real part of a megabyte or more comes near (200:1 leaves a 10× margin).
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
