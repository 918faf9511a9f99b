import { describe, expect, it, jest } from "@jest/globals";
import fc from "fast-check";
import {
  DEFAULT_EVALUATOR_GROUPS,
  PROBLEM_CATEGORIES,
  PROGRESS_STATUSES,
  RECTIFICATION_STATUSES,
  supervisionBatches,
  UNIT_CATEGORIES,
  VIOLATION_KINDS,
  VIOLATION_SEVERITIES,
} from "../../src/domain/campaign";
import { defaultKeyTasks, LEAD_DEPARTMENTS } from "../../src/domain/catalogue/key-tasks";
import { demoCampaign } from "../../src/demo";
import { defaultSettings, type Settings } from "../../src/domain/settings";
import type { CampaignData } from "../../src/domain/types";

const HAN_NAME = /^[\u4e00-\u9fa5]{2,3}$/;
const DEPARTMENT_CATEGORIES = ["市级机关部门", "市直单位"];

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1);
  return out;
}

/** Every date of every record, with what it is, so a test can say which one is out of range. */
function allDates(d: CampaignData): [string, string][] {
  return [
    ...d.tasks.map((t): [string, string] => [`task ${t.seq}`, t.deadline]),
    ...d.violations.map((v): [string, string] => ["violation", v.date]),
    ...d.progress.map((p): [string, string] => ["progress", p.date]),
    ...d.plans.map((p): [string, string] => ["plan", p.date]),
    ...d.inspections.flatMap((i): [string, string][] => [["due", i.dueDate], ...(i.doneDate ? [["done", i.doneDate] as [string, string]] : [])]),
    ...d.supervision.map((s): [string, string] => ["supervision", s.date]),
  ];
}

/** Groups that scored each unit. */
function groupsScoring(d: CampaignData): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const s of d.scores) out.set(s.unitCode, (out.get(s.unitCode) ?? new Set()).add(s.group));
  return out;
}

describe.each([
  { year: 2010, seed: 2010 },
  { year: 2024, seed: 2010 },
  { year: 2010, seed: 7 },
])("demoCampaign for year $year, seed $seed", ({ year, seed }) => {
  const settings: Settings = defaultSettings(year);
  const d = demoCampaign(settings, seed);
  const unitByCode = new Map(d.units.map((u) => [u.code, u]));
  const codeByName = new Map(d.units.map((u) => [u.name, u.code]));
  const topLevel = d.units.filter((u) => u.parentCode === "");
  const asOf = `${year}-11-30`;

  it("has about ten towns, about forty departments and units, and exactly 100 key sections", () => {
    const byCategory = countBy(d.units, (u) => u.category);
    expect(byCategory.get("镇(区)")).toBeGreaterThanOrEqual(8);
    expect(byCategory.get("镇(区)")).toBeLessThanOrEqual(12);
    const departments = (byCategory.get("市级机关部门") ?? 0) + (byCategory.get("市直单位") ?? 0);
    expect(departments).toBeGreaterThanOrEqual(35);
    expect(departments).toBeLessThanOrEqual(45);
    expect(byCategory.get("市直单位")).toBeGreaterThan(0);
    expect(byCategory.get("重点科室")).toBe(100);
    expect(d.units.every((u) => (UNIT_CATEGORIES as readonly string[]).includes(u.category))).toBe(true);
  });

  it("gives every unit a unique code and name, a leader's name, and codes by category", () => {
    expect(new Set(d.units.map((u) => u.code)).size).toBe(d.units.length);
    expect(new Set(d.units.map((u) => u.name)).size).toBe(d.units.length);
    const pattern: Record<string, RegExp> = { "镇(区)": /^Z\d{2}$/, 市级机关部门: /^B\d{2}$/, 市直单位: /^S\d{2}$/, 重点科室: /^K\d{3}$/ };
    for (const u of d.units) {
      expect(u.code).toMatch(pattern[u.category]);
      expect(u.leader).toMatch(HAN_NAME);
    }
  });

  it("places every key section under a department or city unit whose name it carries", () => {
    for (const u of d.units.filter((x) => x.category === "重点科室")) {
      const parent = unitByCode.get(u.parentCode);
      expect(parent && DEPARTMENT_CATEGORIES.includes(parent.category)).toBe(true);
      expect(u.name.startsWith(parent!.name)).toBe(true);
      expect(u.name.length).toBeGreaterThan(parent!.name.length);
    }
    expect(topLevel.every((u) => u.category !== "重点科室")).toBe(true);
  });

  it("has every lead and cooperating department of the key tasks in the roster as a department", () => {
    for (const name of LEAD_DEPARTMENTS) {
      const code = codeByName.get(name);
      expect(code).toBeDefined();
      expect(DEPARTMENT_CATEGORIES).toContain(unitByCode.get(code!)!.category);
    }
  });

  it("uses the default key tasks of its year and the default evaluator groups", () => {
    expect(d.tasks).toEqual(defaultKeyTasks(settings));
    expect(d.groups).toEqual(DEFAULT_EVALUATOR_GROUPS);
  });

  it("scores only roster units by known groups, each evaluator once per unit, within 60–100", () => {
    const groups = new Set(d.groups.map((g) => g.name));
    const bad = d.scores.filter(
      (s) => !unitByCode.has(s.unitCode) || !groups.has(s.group) || !/^[A-Z]{2}-\d{2}$/.test(s.evaluatorId) || !(s.score >= 60 && s.score <= 100)
    );
    expect(bad).toEqual([]);
    const keys = new Set(d.scores.map((s) => `${s.unitCode}|${s.group}|${s.evaluatorId}`));
    expect(keys.size).toBe(d.scores.length);
  });

  it("has panels of six to ten evaluators per group", () => {
    for (const g of d.groups) {
      const panel = new Set(d.scores.filter((s) => s.group === g.name).map((s) => s.evaluatorId));
      expect(panel.size).toBeGreaterThanOrEqual(6);
      expect(panel.size).toBeLessThanOrEqual(10);
    }
  });

  it("leaves exactly one unit unscored and one unit without one group; all others have every group", () => {
    const scoring = groupsScoring(d);
    expect(d.units.filter((u) => !scoring.has(u.code))).toHaveLength(1);
    const partial = [...scoring.values()].filter((set) => set.size < d.groups.length);
    expect(partial).toHaveLength(1);
    expect(partial[0].size).toBe(d.groups.length - 1);
  });

  it("spreads unit means widely enough for a meaningful ranking", () => {
    const sums = new Map<string, [number, number]>();
    for (const s of d.scores) {
      const [sum, n] = sums.get(s.unitCode) ?? [0, 0];
      sums.set(s.unitCode, [sum + s.score, n + 1]);
    }
    const means = [...sums.values()].map(([sum, n]) => sum / n);
    expect(Math.max(...means) - Math.min(...means)).toBeGreaterThan(8);
  });

  it("has about eight adjustments, bonuses and deductions, with reasons, never for the unscored unit", () => {
    const scoring = groupsScoring(d);
    expect(d.adjustments.length).toBeGreaterThanOrEqual(6);
    expect(d.adjustments.length).toBeLessThanOrEqual(10);
    expect(d.adjustments.some((a) => a.points > 0)).toBe(true);
    expect(d.adjustments.some((a) => a.points < 0)).toBe(true);
    for (const a of d.adjustments) {
      expect(scoring.has(a.unitCode)).toBe(true);
      expect(a.reason).toMatch(/[\u4e00-\u9fa5]{4,}/);
    }
  });

  it("records about five violations, mostly 一般 and at least one 影响恶劣, against named persons", () => {
    expect(d.violations.length).toBeGreaterThanOrEqual(4);
    expect(d.violations.length).toBeLessThanOrEqual(7);
    const bySeverity = countBy(d.violations, (v) => v.severity);
    expect(bySeverity.get("影响恶劣")).toBeGreaterThanOrEqual(1);
    expect(bySeverity.get("一般")).toBeGreaterThan(bySeverity.get("影响恶劣")!);
    for (const v of d.violations) {
      expect(unitByCode.has(v.unitCode)).toBe(true);
      expect(v.person).toMatch(HAN_NAME);
      expect(VIOLATION_KINDS).toContain(v.kind);
      expect(VIOLATION_SEVERITIES).toContain(v.severity);
      expect(v.facts.length).toBeGreaterThan(5);
    }
  });

  it("reports each task one to three times, by its lead or cooperating units, from March to November", () => {
    const perTask = countBy(d.progress, (p) => String(p.taskSeq));
    for (const task of d.tasks) {
      expect(perTask.get(String(task.seq))).toBeGreaterThanOrEqual(1);
      expect(perTask.get(String(task.seq))).toBeLessThanOrEqual(3);
      const allowed = [task.lead, ...task.cooperating].map((n) => codeByName.get(n));
      for (const p of d.progress.filter((x) => x.taskSeq === task.seq)) {
        expect(allowed).toContain(p.unitCode);
        expect(p.date >= settings.planDue && p.date <= asOf).toBe(true);
      }
    }
  });

  it("keeps progress status consistent with percent: 100 is 已完成 and 0 is 未启动", () => {
    for (const p of d.progress) {
      expect(PROGRESS_STATUSES).toContain(p.status);
      expect(p.percent >= 0 && p.percent <= 100).toBe(true);
      expect(p.percent === 100).toBe(p.status === "已完成");
      if (p.percent === 0) expect(p.status).toBe("未启动");
      expect(p.notes.length).toBeGreaterThan(0);
    }
    expect(d.progress.some((p) => p.status === "已完成")).toBe(true);
  });

  it("has most towns and departments submit one plan around the due date, a few late and a few none", () => {
    const submitted = countBy(d.plans, (p) => p.unitCode);
    expect([...submitted.values()].every((n) => n === 1)).toBe(true);
    expect(d.plans.every((p) => unitByCode.get(p.unitCode)?.parentCode === "")).toBe(true);
    expect(d.plans.length).toBeGreaterThanOrEqual(topLevel.length * 0.85);
    expect(d.plans.length).toBeLessThan(topLevel.length);
    const late = d.plans.filter((p) => p.date > settings.planDue);
    expect(late.length).toBeGreaterThanOrEqual(1);
    expect(late.length).toBeLessThanOrEqual(5);
    const earliest = new Date(`${settings.planDue}T00:00:00Z`).getTime() - 14 * 86_400_000;
    for (const p of d.plans) {
      expect(new Date(`${p.date}T00:00:00Z`).getTime()).toBeGreaterThanOrEqual(earliest);
      expect(p.title).toContain(unitByCode.get(p.unitCode)!.name);
    }
  });

  it("fills every field of about sixty self-inspection problems, due after the stage starts", () => {
    expect(d.inspections.length).toBeGreaterThanOrEqual(50);
    expect(d.inspections.length).toBeLessThanOrEqual(70);
    const ids = new Set(d.inspections.map((i) => `${i.unitCode}|${i.problemId}`));
    expect(ids.size).toBe(d.inspections.length);
    for (const i of d.inspections) {
      expect(unitByCode.has(i.unitCode)).toBe(true);
      expect(PROBLEM_CATEGORIES).toContain(i.category);
      expect(RECTIFICATION_STATUSES).toContain(i.status);
      for (const text of [i.problemId, i.description, i.cause, i.measures, i.owner]) expect(text.trim()).not.toBe("");
      expect(i.dueDate > settings.selfInspectionStart && i.dueDate <= `${year}-12-31`).toBe(true);
      expect(i.doneDate !== null).toBe(i.status === "已整改");
      if (i.doneDate) expect(i.doneDate >= settings.selfInspectionStart && i.doneDate <= asOf).toBe(true);
    }
  });

  it("dates about thirty supervision findings inside their batch windows, using all six batches", () => {
    const windows = new Map(supervisionBatches(settings).map((b) => [b.name, b]));
    expect(d.supervision.length).toBeGreaterThanOrEqual(25);
    expect(d.supervision.length).toBeLessThanOrEqual(35);
    expect(new Set(d.supervision.map((s) => s.batch)).size).toBe(6);
    for (const s of d.supervision) {
      const w = windows.get(s.batch);
      expect(w).toBeDefined();
      expect(s.date >= w!.from && s.date <= w!.to).toBe(true);
      expect(unitByCode.has(s.unitCode)).toBe(true);
      expect(typeof s.circulated).toBe("boolean");
      expect(s.finding.length).toBeGreaterThan(5);
    }
    expect(d.supervision.some((s) => s.circulated)).toBe(true);
  });

  it("puts every date inside the campaign year, and every record in its own year", () => {
    for (const [what, date] of allDates(d)) {
      expect(`${what} ${date}`).toMatch(new RegExp(`^${what} ${year}-\\d{2}-\\d{2}$`));
      expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
    }
  });
});

describe("demoCampaign determinism", () => {
  const settings = defaultSettings(2010);

  it("gives the same data for the same seed, and uses seed 2010 by default", () => {
    expect(demoCampaign(settings, 42)).toEqual(demoCampaign(settings, 42));
    expect(demoCampaign(settings)).toEqual(demoCampaign(settings, 2010));
  });

  it("gives different names, dates and scores for another seed, with the same shape", () => {
    const a = demoCampaign(settings, 1);
    const b = demoCampaign(settings, 2);
    expect(a.units.map((u) => u.leader)).not.toEqual(b.units.map((u) => u.leader));
    expect(a.scores.map((s) => s.score)).not.toEqual(b.scores.map((s) => s.score));
    expect(a.plans.map((p) => p.date)).not.toEqual(b.plans.map((p) => p.date));
    expect(a.units.map((u) => u.code)).toEqual(b.units.map((u) => u.code));
  });

  it("never reads the clock or Math.random", () => {
    const random = jest.spyOn(Math, "random");
    const now = jest.spyOn(Date, "now");
    demoCampaign(settings, 3);
    expect(random).not.toHaveBeenCalled();
    expect(now).not.toHaveBeenCalled();
    random.mockRestore();
    now.mockRestore();
  });

  it("keeps its invariants for any seed and year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 2000, max: 2099 }), (seed, year) => {
        const s = defaultSettings(year);
        const d = demoCampaign(s, seed);
        const scoring = groupsScoring(d);
        expect(d.units.filter((u) => !scoring.has(u.code))).toHaveLength(1);
        expect(d.adjustments.every((a) => scoring.has(a.unitCode))).toBe(true);
        expect(new Set(d.scores.map((x) => `${x.unitCode}|${x.group}|${x.evaluatorId}`)).size).toBe(d.scores.length);
        expect(d.violations.some((v) => v.severity === "影响恶劣")).toBe(true);
        expect(allDates(d).every(([, date]) => date.startsWith(`${year}-`))).toBe(true);
        const windows = new Map(supervisionBatches(s).map((b) => [b.name, b]));
        expect(d.supervision.every((f) => f.date >= windows.get(f.batch)!.from && f.date <= windows.get(f.batch)!.to)).toBe(true);
        expect(d.progress.every((p) => (p.percent === 100) === (p.status === "已完成") && (p.percent > 0 || p.status === "未启动"))).toBe(true);
        expect(d.inspections.every((i) => (i.doneDate !== null) === (i.status === "已整改") && i.dueDate > s.selfInspectionStart)).toBe(true);
      }),
      { numRuns: 40 }
    );
  });
});
