/**
 * Demo 违规记录 (五、问责追究: 违规问责 and 监管问责): a handful of staff members who broke
 * the efficiency rules or erred in law enforcement, one of them with 影响恶劣 impact and
 * 监管不力 judged 是, so that the unit's principal leader is held accountable for weak
 * supervision; one of type 其他, which the list marks for review.
 */
import { isoDate, type Settings } from "../domain/settings";
import type { Severity, Unit, Violation } from "../domain/types";
import { randomDate } from "./calendar";
import type { NamePool } from "./names";
import type { Random } from "./random";

interface Case {
  kind: string;
  severity: Severity;
  /** 监管不力: judged only where the violation was 影响恶劣; blank (null) otherwise. */
  weakSupervision: boolean | null;
  facts: string;
}

const CASES: readonly Case[] = [
  { kind: "违反机关效能规定", severity: "影响恶劣", weakSupervision: true, facts: "办理企业用地手续时吃拿卡要，被新闻媒体曝光，造成恶劣社会影响" },
  { kind: "违反机关效能规定", severity: "一般", weakSupervision: null, facts: "工作时间在办公室上网炒股，被效能监察暗访发现" },
  { kind: "违反机关效能规定", severity: "一般", weakSupervision: null, facts: "窗口工作时间擅自离岗，群众等候四十分钟无人办理" },
  { kind: "行政执法过错", severity: "一般", weakSupervision: null, facts: "行政处罚未履行告知程序，处罚决定被行政复议撤销" },
  { kind: "其他", severity: "一般", weakSupervision: null, facts: "接受管理服务对象宴请，经查属实" },
];

/** One violation per case, each in a different key section or department, dated March to November. */
export function demoViolations(rng: Random, settings: Settings, candidates: readonly Unit[], names: NamePool): Violation[] {
  const units = rng.shuffle(candidates).slice(0, CASES.length);
  return CASES.map((c, i) => ({
    unitCode: units[i].code,
    person: names.draw(),
    date: randomDate(rng, isoDate(settings.year, 3, 1), isoDate(settings.year, 11, 30)),
    kind: c.kind,
    severity: c.severity,
    weakSupervision: c.weakSupervision,
    facts: c.facts,
  }));
}
