/** Which 重点工作 a unit takes part in, and how (牵头 or 配合). */
import { KEY_SECTION_CATEGORY } from "../../domain/campaign";
import type { KeyTask, Unit } from "../../domain/types";

/** A task of the unit, with the unit's role in it. */
export interface UnitTask {
  task: KeyTask;
  role: "牵头" | "配合";
}

/** True when `name` (as written on 重点工作) names `unit`, by its code or its name. */
function names(unit: Unit, name: string): boolean {
  const n = name.trim();
  return n !== "" && (n === unit.code || n === unit.name);
}

/**
 * The tasks `unit` leads or cooperates on, in 序号 order. 牵头单位 and 配合单位 are matched by
 * the unit's code or its full name, as the office writes them (the sheet accepts either).
 */
export function tasksOfUnit(unit: Unit, tasks: readonly KeyTask[]): UnitTask[] {
  const out: UnitTask[] = [];
  for (const task of [...tasks].sort((a, b) => a.seq - b.seq)) {
    if (names(unit, task.lead)) out.push({ task, role: "牵头" });
    else if (task.cooperating.some((c) => names(unit, c))) out.push({ task, role: "配合" });
  }
  return out;
}

/**
 * The tasks pre-listed on `unit`'s 工作进度: every task it leads or cooperates on, but for a
 * key section (重点科室) only those it leads (its department reports the rest).
 */
export function templateTasks(unit: Unit, tasks: readonly KeyTask[]): UnitTask[] {
  const own = tasksOfUnit(unit, tasks);
  return unit.category === KEY_SECTION_CATEGORY ? own.filter((t) => t.role === "牵头") : own;
}
