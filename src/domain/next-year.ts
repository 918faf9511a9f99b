/**
 * Next year's campaign from this one (issue 23): the roster, the evaluator groups and their
 * weights, the settings and 重点工作 carried over, every date moved to the new year (leads kept),
 * and every record sheet empty, so the office starts 2011 from 2010's book rather than from scratch.
 */
import { emptyCampaign } from "./blank";
import { isoDate, type Settings } from "./settings";
import type { CampaignData, IsoDate } from "./types";

/** `date` moved to `year` (29 February to the 28th when the new year has none). */
export function moveToYear(date: IsoDate, year: number): IsoDate {
  const [, month, day] = date.split("-").map(Number);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return isoDate(year, month, month === 2 && day === 29 && !leap ? 28 : day);
}

/** The settings and records a new year starts with, from last year's. */
export function nextYearCampaign(last: { settings: Settings; data: CampaignData }, year: number): { settings: Settings; data: CampaignData } {
  const s = last.settings;
  // A date keeps its place in the year: a plan due 5 March is due 5 March again.
  const shift = (date: IsoDate) => moveToYear(date, year + (Number(date.slice(0, 4)) - s.year));
  const settings: Settings = {
    ...s,
    year,
    mobilizationEnd: shift(s.mobilizationEnd),
    planDue: shift(s.planDue),
    selfInspectionStart: shift(s.selfInspectionStart),
    selfInspectionEnd: shift(s.selfInspectionEnd),
    evaluationEnd: shift(s.evaluationEnd),
    campaignStart: shift(s.campaignStart),
    grades: s.grades.map((g) => ({ ...g })),
  };
  const data: CampaignData = {
    ...emptyCampaign(),
    units: last.data.units.map(withoutOrigin),
    groups: last.data.groups.map(withoutOrigin),
    tasks: last.data.tasks.map((t) => ({ ...withoutOrigin(t), cooperating: [...t.cooperating], deadline: shift(t.deadline) })),
  };
  return { settings, data };
}

/** A copy of a record without the row it was read from (it goes to a new workbook). */
function withoutOrigin<T extends { origin?: unknown }>(record: T): T {
  const copy = { ...record };
  delete copy.origin;
  return copy;
}
