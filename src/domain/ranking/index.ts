/** The ranking and accountability engine: one pure function and its types. */
export { rankCampaign, UNSCORED_REASON } from "./engine";
export { roundTo, formatScore } from "./rounding";
export { RANKING_SHEETS } from "./sheet-names";
export * from "./basis";
export { NOTHING_UNREADABLE } from "./roster";
export type { AccountabilityEntry, AccountabilityType, RankedUnit, RankingInput, RankingResult, UnrankedUnit, Unreadable } from "./types";
export type { EntryRobustness, Flip } from "./robustness";
export { flipText, placeWords, robustnessReason } from "./robustness-review";
