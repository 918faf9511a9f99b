/**
 * The demo campaign: a realistic, deterministic 金坛市 campaign year that every feature
 * (validation, ranking, accountability, dashboards) can be shown and tested on. The same
 * seed and settings always give the same data; no clock and no Math.random are used.
 * The picture is the one of late November of the campaign year, before the evaluation.
 */
import { DEFAULT_EVALUATOR_GROUPS, KEY_SECTION_CATEGORY, SERIOUS_SEVERITY } from "../domain/campaign";
import { defaultKeyTasks, LEAD_DEPARTMENTS } from "../domain/catalogue/key-tasks";
import type { Settings } from "../domain/settings";
import type { CampaignData, Unit } from "../domain/types";
import { demoInspections } from "./inspections";
import { NamePool } from "./names";
import { demoPlans } from "./plans";
import { demoProgress } from "./progress";
import { seededRandom } from "./random";
import { CITY_UNIT_CATEGORY, DEPARTMENT_CATEGORY, demoRoster, TOWN_CATEGORY } from "./roster";
import { demoAdjustments, demoScores } from "./scores";
import { demoSupervision } from "./supervision";
import { demoViolations } from "./violations";

/** The demo campaign for `settings.year`; `seed` varies names, dates and scores, never the shape. */
export function demoCampaign(settings: Settings, seed = 2010): CampaignData {
  const rng = seededRandom(seed);
  const names = new NamePool(rng);
  const units = demoRoster(names);
  const topLevel = units.filter((u) => u.parentCode === "");
  const tasks = defaultKeyTasks(settings);
  const groups = DEFAULT_EVALUATOR_GROUPS.map((g) => ({ ...g }));

  // A unit outside the key-task catalogue that took no part in the evaluation (未参评).
  const unscored = rng.pick(topLevel.filter((u) => u.category === CITY_UNIT_CATEGORY && !LEAD_DEPARTMENTS.includes(u.name)));
  const scoredUnits = units.filter((u) => u !== unscored);

  const { plans, late, missing } = demoPlans(rng, settings, topLevel);
  const progress = demoProgress(rng, settings, tasks, units);
  const inspections = demoInspections(rng, settings, topLevel, names);
  const violationCandidates = scoredUnits.filter((u) => u.category === KEY_SECTION_CATEGORY || u.category === DEPARTMENT_CATEGORY);
  const violations = demoViolations(rng, settings, violationCandidates, names);
  const supervision = demoSupervision(rng, settings, scoredUnits, [...late, ...missing]);

  const serious = violations.find((v) => v.severity === SERIOUS_SEVERITY)?.unitCode ?? "";
  const stragglers = new Set([...late, ...missing].map((u) => u.code));
  const circulated = [
    ...new Set(supervision.filter((f) => f.circulated && !stragglers.has(f.unitCode) && f.unitCode !== serious).map((f) => f.unitCode)),
  ];
  const latePlan = late.find((u) => u !== unscored) ?? late[0];
  const causes = { latePlan: latePlan.code, seriousViolation: serious, circulated: circulated.slice(0, 2) };
  const adjustments = demoAdjustments(rng, scoredUnits, causes);

  const shift = new Map<string, number>();
  const lower = (code: string, points: number) => shift.set(code, (shift.get(code) ?? 0) - points);
  missing.forEach((u) => lower(u.code, 2.5));
  late.forEach((u) => lower(u.code, 1.5));
  violations.forEach((v) => lower(v.unitCode, v.severity === SERIOUS_SEVERITY ? 4 : 1));
  causes.circulated.forEach((code) => lower(code, 1.5));

  const skippedTown: Unit = rng.pick(topLevel.filter((u) => u.category === TOWN_CATEGORY));
  const skipped = { unitCode: skippedTown.code, group: groups[groups.length - 1].name };
  const scores = demoScores(rng, units, groups, { unscored: unscored.code, skipped, shift });

  return { units, tasks, groups, scores, adjustments, violations, progress, plans, inspections, supervision };
}
