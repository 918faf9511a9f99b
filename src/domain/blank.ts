/**
 * The campaign a new standard workbook starts with: the default groups and the default key
 * tasks (their leads and deadlines for the office to set), nothing typed yet: 违规记录 starts
 * empty, its 监管不力 column blank until the office judges a 影响恶劣 case.
 */
import { DEFAULT_EVALUATOR_GROUPS } from "./campaign";
import { defaultKeyTasks } from "./catalogue/key-tasks";
import type { Settings } from "./settings";
import type { CampaignData } from "./types";

/** A campaign with no records at all. */
export function emptyCampaign(): CampaignData {
  return { units: [], tasks: [], groups: [], scores: [], adjustments: [], violations: [], progress: [], plans: [], inspections: [], supervision: [] };
}

/** A campaign with its defaults filled (评议主体, 重点工作) and every unit-filled sheet (违规记录 too) empty. */
export function blankCampaign(settings: Settings): CampaignData {
  return { ...emptyCampaign(), tasks: defaultKeyTasks(settings), groups: DEFAULT_EVALUATOR_GROUPS.map((g) => ({ ...g })) };
}
