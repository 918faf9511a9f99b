/**
 * Judges one returned file, read as grids, against the master: its metadata (待认领 when
 * it has none), campaign and year, headers, unit codes, and every rule of 校验 applied to
 * the master as it would be with the file's rows in place. Decides nothing about other
 * files (the batch does); reads and writes nothing.
 */
import {
  campaignMismatch,
  COLLECT_KINDS,
  emptyRecords,
  foreignUnitRows,
  type OwnedRow,
  type CollectCandidate,
  type CollectKind,
  type CollectRecords,
  type MasterIdentity,
} from "../domain/collect";
import { hasErrors, type Finding } from "../domain/findings";
import type { Origin } from "../domain/types";
import { validateCampaign } from "../domain/validation";
import type { PartialRecord, RecordOf } from "../domain/validation/partial";
import { a1, isBlank, type WorkbookGrids } from "../sheets/grid";
import { readSheet } from "../sheets/read/read-sheet";
import { staticListValues, type CampaignRead } from "../sheets/read/read-campaign";
import { RECORD_SHEETS } from "../sheets/record-sheets";
import { withoutUntouchedRows } from "../sheets/templates/template-sheets";
import { headerHash, readTemplateMeta, TEMPLATE_META_SHEET, type Sha256Hex } from "../sheets/template-meta";

/** A finding about a returned file, naming it. */
export interface CollectIssue extends Finding {
  file: string;
}

/** The master as every file is judged against it (read once per batch). */
export interface CollectMaster {
  read: CampaignRead;
  identity: MasterIdentity;
  today: string;
}

/** A returned file as read. */
export interface ReturnedFile {
  file: string;
  sha256: string;
  grids: WorkbookGrids;
}

export interface FileJudgement {
  candidate: CollectCandidate;
  issues: CollectIssue[];
}

/** The header texts of row 1 of each sheet, in column order (blank cells left out). */
function headersOf(grids: WorkbookGrids, kinds: readonly CollectKind[]) {
  return kinds.map((kind) => {
    const name = RECORD_SHEETS[kind].name;
    const row = grids.get(name)?.rows[0] ?? [];
    return { name, headers: row.filter((c) => !isBlank(c)).map((c) => String(c).trim()) };
  });
}

/**
 * Why the headers of the covered sheets are not the template's: a contract column missing
 * (renamed or removed) or out of the contract's order (moved), named; else a generic
 * reason when only the header hash disagrees. Undefined when they are intact.
 */
async function headerProblem(
  grids: WorkbookGrids,
  kinds: readonly CollectKind[],
  expectedHash: string,
  sha256: Sha256Hex
): Promise<string | undefined> {
  const sheets = headersOf(grids, kinds);
  for (const [i, kind] of kinds.entries()) {
    const { name, headers } = sheets[i];
    let last = -1;
    for (const column of RECORD_SHEETS[kind].columns) {
      const at = headers.indexOf(column.header);
      if (at < 0) return `「${name}」找不到“${column.header}”列（表头被改名或删除），无法汇总。请恢复分发模板的原表头后重新报送。`;
      if (at < last) return `「${name}」的“${column.header}”列被移动了位置（表头顺序与分发的模板不一致），无法汇总。请恢复原表头顺序后重新报送。`;
      last = at;
    }
  }
  if ((await headerHash(sheets, sha256)) !== expectedHash) {
    return "表头与分发的模板不一致（有列被改名、增删或移动），无法汇总。请使用分发的原始模板重新填写。";
  }
  return undefined;
}

/** Judges `file` against `master`; `sha256` hashes texts (the header hash). */
export async function judgeReturnedFile(master: CollectMaster, file: ReturnedFile, sha256: Sha256Hex): Promise<FileJudgement> {
  const base = { file: file.file, sha256: file.sha256, kinds: [] as CollectKind[], records: emptyRecords(), templateCreatedAt: null };
  const { meta } = readTemplateMeta(file.grids.get(TEMPLATE_META_SHEET));
  if (!meta) return { candidate: base, issues: [] };
  const withMeta = { ...base, unitCode: meta.unitCode, templateCreatedAt: meta.createdAt };
  const refused = (refusal: string, issues: CollectIssue[] = []): FileJudgement => ({ candidate: { ...withMeta, refusal }, issues });
  const mismatch = campaignMismatch(master.identity, { campaignId: meta.campaignId, year: meta.year, unitCode: meta.unitCode });
  if (mismatch) return refused(mismatch);
  if (!master.read.data.units.some((u) => u.code === meta.unitCode)) {
    return refused(`模板所属单位编码 ${meta.unitCode} 不在总表的单位名册中，无法汇总。请核对单位名册或重新分发模板。`);
  }
  const kinds = COLLECT_KINDS.filter((kind) => file.grids.has(RECORD_SHEETS[kind].name));
  if (kinds.length === 0) return refused("文件中没有方案报送、工作进度或自查自纠工作表，没有可汇总的内容。请使用分发的模板填写后重新报送。");
  const headers = await headerProblem(file.grids, kinds, meta.headerHash, sha256);
  if (headers) return refused(headers);

  const { settings } = master.read;
  const lists = staticListValues(settings);
  const readings: Finding[] = [];
  const rejected = { ...master.read.rejected };
  const columns = new Map<string, Map<string, number>>();
  const fileOrigins = new Set<Origin>();
  /** The file's records of one kind (none when the file lacks its sheet); its rejected rows replace the unit's in `rejected`. */
  const readKind = <K extends CollectKind>(kind: K): RecordOf<K>[] => {
    if (!kinds.includes(kind)) return [];
    const schema = RECORD_SHEETS[kind];
    const read = readSheet(withoutUntouchedRows(schema.name, file.grids.get(schema.name)!, meta.unitCode), schema, settings, lists);
    const others: PartialRecord<RecordOf<K>>[] = (master.read.rejected[kind] ?? []).filter((r) => r.unitCode !== meta.unitCode);
    rejected[kind] = [...others, ...read.rejected];
    readings.push(...read.findings);
    columns.set(schema.name, read.columns);
    for (const r of [...read.records, ...read.rejected]) fileOrigins.add(r.origin);
    return read.records;
  };
  // In COLLECT_KINDS order (an object literal is evaluated in source order): the findings keep the template's order.
  const records: CollectRecords = { plans: readKind("plans"), progress: readKind("progress"), inspections: readKind("inspections") };
  // A row left out for a bad cell still says whose it is: a foreign code there refuses the file too.
  const ownedRows = (kind: CollectKind): OwnedRow[] => {
    const unreadOwn = (rejected[kind] ?? []).flatMap(({ unitCode, origin }) =>
      origin && fileOrigins.has(origin) && typeof unitCode === "string" ? [{ unitCode, origin }] : []
    );
    return [...records[kind], ...unreadOwn];
  };
  const everyRow = { plans: ownedRows("plans"), progress: ownedRows("progress"), inspections: ownedRows("inspections") };
  const foreign = foreignUnitRows(everyRow, meta.unitCode, kinds);
  if (foreign) return refused(foreign);

  const findings = [...readings, ...validateWithFile(master, meta.unitCode, kinds, records, rejected, columns, fileOrigins)];
  const issues = findings.map((f) => ({ ...f, file: file.file }));
  const candidate = { ...withMeta, kinds, records };
  if (hasErrors(findings)) {
    const errors = findings.filter((f) => f.severity === "error").length;
    return refused(`文件中有 ${errors} 处错误（见问题清单，已注明工作表和单元格），整份文件未汇总。请单位改正后重新报送。`, issues);
  }
  return { candidate, issues };
}

/** Marks a master cell so its findings can be told from the file's (they are the master's own business). */
const MASTER_CELL = "\u0000";

/**
 * Every rule of 校验 over the master with the unit's rows of the covered sheets replaced by
 * the file's; only findings on the file's own cells are kept, each naming the file's cell.
 */
function validateWithFile(
  master: CollectMaster,
  unitCode: string,
  kinds: readonly CollectKind[],
  records: CollectRecords,
  rejected: CampaignRead["rejected"],
  columns: ReadonlyMap<string, ReadonlyMap<string, number>>,
  fileOrigins: ReadonlySet<Origin>
): Finding[] {
  // Sheets no rule about a file's rows looks into are left out: their findings would be the master's own
  // (dropped below), and judging 150 files must not re-judge the master's 评议评分 150 times.
  const own = master.read.data;
  /** The master's rows of `kind` with the unit's replaced by the file's, when the file covers `kind`. */
  const replaced = <T extends { unitCode: string }>(kind: CollectKind, inMaster: readonly T[], inFile: readonly T[]): T[] =>
    kinds.includes(kind) ? [...inMaster.filter((r) => r.unitCode !== unitCode), ...inFile] : [...inMaster];
  const data = {
    ...own,
    scores: [],
    adjustments: [],
    violations: [],
    supervision: [],
    plans: replaced("plans", own.plans, records.plans),
    progress: replaced("progress", own.progress, records.progress),
    inspections: replaced("inspections", own.inspections, records.inspections),
  };
  const locate = (origin: Origin | undefined, field: string): string => {
    if (!origin) return "";
    if (!fileOrigins.has(origin)) return MASTER_CELL + master.read.locate(origin, field);
    const col = columns.get(origin.sheet)?.get(field);
    return col === undefined ? `A${origin.row}` : a1(origin.row, col + 1);
  };
  const covered = new Set(kinds.map((k) => RECORD_SHEETS[k].name));
  return validateCampaign({
    data,
    settings: master.read.settings,
    locate,
    today: master.today,
    unreadSheets: [...master.read.missingSheets, ...master.read.incompleteSheets],
    unreadable: master.read.unreadable,
    rejected,
  }).filter((f) => covered.has(f.sheet) && f.cell !== "" && !f.cell.startsWith(MASTER_CELL));
}
