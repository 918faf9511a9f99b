/**
 * Judges one returned file, read as grids, against the master: its metadata (待认领 when
 * it has none), campaign and year, headers, unit codes, and every rule of 校验 applied to
 * the master as it would be with the file's rows in place. Decides nothing about other
 * files (the batch does); reads and writes nothing.
 */
import {
  campaignMismatch,
  COLLECT_KINDS,
  contentOf,
  type CollectRecord,
  emptyRecords,
  foreignUnitRows,
  type OwnedRow,
  type CollectCandidate,
  type CollectKind,
  type CollectRecords,
  type MasterIdentity,
} from "../domain/collect";
import { hasErrors, type Finding } from "../domain/findings";
import type { Origin, Unit } from "../domain/types";
import { validateCampaign } from "../domain/validation";
import type { PartialRecord, RecordOf } from "../domain/validation/partial";
import { a1, isBlank, type WorkbookGrids } from "../sheets/grid";
import { readSheet } from "../sheets/read/read-sheet";
import { staticListValues, type CampaignRead } from "../sheets/read/read-campaign";
import { RECORD_SHEETS } from "../sheets/record-sheets";
import { readTemplateBase, TEMPLATE_BASE_SHEET } from "../sheets/template-base";
import { templateHeaders, withoutUntouchedRows } from "../sheets/templates/template-sheets";
import { headerHash, readTemplateMeta, TEMPLATE_META_SHEET, type Sha256Hex, type TemplateMeta } from "../sheets/template-meta";

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

/** The header texts of row 1 of a sheet, in column order (blank cells left out). */
function headersOf(grids: WorkbookGrids, name: string): string[] {
  const row = grids.get(name)?.rows[0] ?? [];
  return row.filter((c) => !isBlank(c)).map((c) => String(c).trim());
}

/**
 * The sheets the file's template had: the set of template sheets whose headers hash to the
 * template's 表头校验码 (a template has one to three of them). Null when none does (the
 * template's layout is not one this version makes).
 */
async function templateSheetsOf(expectedHash: string, sha256: Sha256Hex): Promise<string[] | null> {
  const all = COLLECT_KINDS.map((k) => RECORD_SHEETS[k].name);
  for (let mask = 1; mask < 1 << all.length; mask++) {
    const names = all.filter((_, i) => mask & (1 << i));
    if ((await headerHash(templateHeaders(names), sha256)) === expectedHash) return names;
  }
  return null;
}

/**
 * Why the file's sheets are not its template's: a sheet deleted or renamed, or a column
 * renamed or removed, named. A moved column is fine (sheets are read by header), and so is an
 * added one. Undefined when they are intact.
 */
async function layoutProblem(grids: WorkbookGrids, expectedHash: string, sha256: Sha256Hex): Promise<string | undefined> {
  const expected = await templateSheetsOf(expectedHash, sha256);
  const sheets = expected ?? COLLECT_KINDS.map((k) => RECORD_SHEETS[k].name).filter((n) => grids.has(n));
  for (const name of sheets) {
    if (!grids.has(name)) return `文件中找不到「${name}」工作表（被删除或改名），无法汇总。请使用分发的原始模板，保留其中所有工作表后重新报送。`;
  }
  for (const name of sheets) {
    const present = headersOf(grids, name);
    const kind = COLLECT_KINDS.find((k) => RECORD_SHEETS[k].name === name)!;
    const missing = RECORD_SHEETS[kind].columns.map((c) => c.header).find((h) => !present.includes(h));
    if (missing) return `「${name}」找不到“${missing}”列（表头被改名或删除），无法汇总。请恢复分发模板的原表头后重新报送。`;
  }
  return undefined;
}

/**
 * Why the file's name says it is another unit's: its first part is another roster unit's code,
 * or a part is another unit's name (Z10 filled Z01's template and saved it as Z10_开发区_2010.xlsx).
 */
function nameNamesOther(fileName: string, unitCode: string, units: readonly Unit[]): string | undefined {
  const own = units.find((u) => u.code === unitCode);
  const parts = fileName
    .replace(/\.[^.]*$/, "")
    .split(/[_\s]+/)
    .map((p) => p.trim());
  const other =
    units.find((u) => u.code !== unitCode && u.code === parts[0]) ??
    units.find((u) => u.code !== unitCode && u.name !== own?.name && parts.includes(u.name));
  if (!other) return undefined;
  return (
    `文件名“${fileName}”指的是 ${other.code} ${other.name}，但文件里的模板信息属于 ${unitCode} ${own?.name ?? ""}：` +
    `可能是用别的单位的模板填报的，无法确定是哪个单位的数据，整份文件未汇总。请与两个单位核实：如是 ${other.code} 的数据，请其用本单位的模板重新填报；如是 ${unitCode} 的，请把文件名改为该单位的名称后重新汇总。`
  );
}

/** The template's base, when it has one: null when it was made before templates carried rows (or its base sheet is gone). */
async function baseOf(
  file: ReturnedFile,
  meta: TemplateMeta,
  sha256: Sha256Hex
): Promise<{ base: CollectRecords | null; refusal?: string; warning?: string }> {
  if (!meta.baseHash) return { base: null, warning: LEGACY_TEMPLATE_WARNING };
  const grid = file.grids.get(TEMPLATE_BASE_SHEET);
  if (!grid) return { base: null, warning: `文件中记录分发内容的隐藏表“${TEMPLATE_BASE_SHEET}”不见了：${LEGACY_TEMPLATE_WARNING}` };
  const read = await readTemplateBase(grid, meta.baseHash, meta.unitCode, sha256);
  return read.records ? { base: read.records } : { base: null, refusal: read.reason };
}

/** The warning of a file merged additively. */
const LEGACY_TEMPLATE_WARNING =
  "此文件所用的模板没有记录分发时的内容（旧版模板），只按文件中的行新增或更新，不会删除总表中的任何行；单位在文件中删掉的行需由市优化办在总表中删除。以后请用新分发的模板填报。";

/** Judges `file` against `master`; `sha256` hashes texts (the header hash). */
export async function judgeReturnedFile(master: CollectMaster, file: ReturnedFile, sha256: Sha256Hex): Promise<FileJudgement> {
  const none = {
    file: file.file,
    sha256: file.sha256,
    kinds: [] as CollectKind[],
    records: emptyRecords(),
    templateCreatedAt: null,
    base: null,
    baseHash: null,
  };
  const { meta } = readTemplateMeta(file.grids.get(TEMPLATE_META_SHEET));
  if (!meta) return { candidate: none, issues: [] };
  const withMeta = { ...none, unitCode: meta.unitCode, templateCreatedAt: meta.createdAt, baseHash: meta.baseHash ?? null };
  const refused = (refusal: string, issues: CollectIssue[] = [], refusalStatus: "refused" | "conflict" = "refused"): FileJudgement => ({
    candidate: { ...withMeta, refusal, refusalStatus },
    issues,
  });
  const mismatch = campaignMismatch(master.identity, { campaignId: meta.campaignId, year: meta.year, unitCode: meta.unitCode });
  if (mismatch) return refused(mismatch);
  if (!master.read.data.units.some((u) => u.code === meta.unitCode)) {
    return refused(`模板所属单位编码 ${meta.unitCode} 不在总表的单位名册中，无法汇总。请核对单位名册或重新分发模板。`);
  }
  const impostor = nameNamesOther(file.file, meta.unitCode, master.read.data.units);
  if (impostor) return refused(impostor, [], "conflict");
  const kinds = COLLECT_KINDS.filter((kind) => file.grids.has(RECORD_SHEETS[kind].name));
  if (kinds.length === 0) return refused("文件中没有方案报送、工作进度或自查自纠工作表，没有可汇总的内容。请使用分发的模板填写后重新报送。");
  const layout = await layoutProblem(file.grids, meta.headerHash, sha256);
  if (layout) return refused(layout);
  const based = await baseOf(file, meta, sha256);
  if (based.refusal) return refused(based.refusal);

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

  // Rows the template carried and the unit left as they were are the master's rows, judged by 校验 there:
  // only what the unit added or changed is its entry to judge (a report the office keyed late is not the unit's error).
  const judged = based.base ? withoutCarried(fileOrigins, records, based.base) : fileOrigins;
  const findings = [...readings, ...validateWithFile(master, meta.unitCode, kinds, records, rejected, columns, judged)];
  const issues: CollectIssue[] = findings.map((f) => ({ ...f, file: file.file }));
  if (based.warning) issues.push({ ...fileWarning(kinds, based.warning), file: file.file });
  const candidate = { ...withMeta, kinds, records, base: based.base };
  if (hasErrors(findings)) {
    const errors = findings.filter((f) => f.severity === "error").length;
    return refused(`文件中有 ${errors} 处错误（见问题清单，已注明工作表和单元格），整份文件未汇总。请单位改正后重新报送。`, issues);
  }
  return { candidate, issues };
}

/** `origins` less those of the rows in `records` identical to a row of `base` (rows the unit left as the template carried them). */
function withoutCarried(origins: ReadonlySet<Origin>, records: CollectRecords, base: CollectRecords): Set<Origin> {
  const out = new Set(origins);
  for (const kind of COLLECT_KINDS) {
    const carried = new Set(base[kind].map((r) => JSON.stringify(contentOf(r))));
    for (const r of records[kind] as CollectRecord[]) if (r.origin && carried.has(JSON.stringify(contentOf(r)))) out.delete(r.origin);
  }
  return out;
}

/** A warning about the whole file, on its first covered sheet's header. */
function fileWarning(kinds: readonly CollectKind[], message: string): Finding {
  return { severity: "warning", sheet: RECORD_SHEETS[kinds[0]].name, cell: "A1", rule: "collect.legacy-template", message };
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
