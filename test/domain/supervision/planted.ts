/**
 * Planted campaign data for the supervision tests: a small roster, tasks and reports built
 * in code with origins, and a `locate` that names cells the way the reader does (column
 * letter of the field, worksheet row), so findings can be checked at exact cells.
 */
import { defaultSettings, type Settings } from "../../../src/domain/settings";
import type { KeyTask, Locate, ProgressReport, SelfInspection, SupervisionFinding, Unit } from "../../../src/domain/types";

export const SETTINGS: Settings = defaultSettings(2010);

/** Columns of the fields the supervision findings point at. */
const COLUMNS: Record<string, string> = { lead: "D", dueDate: "G", unitCode: "B", date: "C" };

export const locate: Locate = (origin, field) => (origin ? `${COLUMNS[field] ?? "A"}${origin.row}` : "");

export const UNITS: Unit[] = [
  { code: "D01", name: "市委宣传部", category: "市级机关部门", parentCode: "", leader: "王一", origin: { sheet: "单位名册", row: 2 } },
  { code: "D02", name: "市监察局", category: "市级机关部门", parentCode: "", leader: "李二", origin: { sheet: "单位名册", row: 3 } },
  { code: "T01", name: "朱林镇", category: "镇(区)", parentCode: "", leader: "张三", origin: { sheet: "单位名册", row: 4 } },
  { code: "C01", name: "市供电公司", category: "市直单位", parentCode: "", leader: "赵四", origin: { sheet: "单位名册", row: 5 } },
  { code: "K01", name: "市监察局执法监察科", category: "重点科室", parentCode: "D02", leader: "钱五", origin: { sheet: "单位名册", row: 6 } },
];

let taskRow = 1;
/** A task of 重点工作 led by `lead` (a code or a name), due `deadline`. */
export function task(seq: number, lead: string, deadline: string, cooperating: string[] = []): KeyTask {
  taskRow++;
  return {
    seq,
    project: "执行力强化工程",
    content: `第${seq}项工作内容`,
    lead,
    cooperating,
    deadline,
    source: "三(三)",
    origin: { sheet: "重点工作", row: taskRow },
  };
}

let progressRow = 1;
/** A report of 工作进度. */
export function report(
  seq: number,
  unitCode: string,
  date: string,
  percent: number,
  status = percent >= 100 ? "已完成" : "推进中",
  notes = ""
): ProgressReport {
  progressRow++;
  return {
    taskSeq: seq,
    unitCode,
    date,
    percent,
    status,
    notes: notes || `${unitCode} 于 ${date} 报 ${percent}%`,
    origin: { sheet: "工作进度", row: progressRow },
  };
}

let inspectionRow = 1;
/** A problem of 自查自纠. */
export function problem(unitCode: string, id: string, dueDate: string, status: string, doneDate: string | null = null): SelfInspection {
  inspectionRow++;
  return {
    unitCode,
    problemId: id,
    description: `${id} 问题描述`,
    category: "执行落实",
    cause: "原因",
    measures: "措施",
    dueDate,
    owner: "周六",
    status,
    doneDate,
    origin: { sheet: "自查自纠", row: inspectionRow },
  };
}

let supervisionRow = 1;
/** A record of 督查记录. */
export function record(batch: string, unitCode: string, date: string, finding: string, circulated: boolean): SupervisionFinding {
  supervisionRow++;
  return { batch, unitCode, date, finding, circulated, origin: { sheet: "督查记录", row: supervisionRow } };
}
