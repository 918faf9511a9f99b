/** 校验: the cross-record and business rules of every input sheet, as a table, and the rule list for 规则说明. */
export { validateCampaign, RULE_TABLE } from "./validate";
export type { ValidationInput } from "./context";
export type { Check, Offence } from "./check-kit";
export { RANKING_CHECKS } from "./ranking-checks";
export { allRuleIds, ruleTable, validationRuleTable, type RuleInfo, type RuleStage } from "./rule-table";
export { VALIDATION_SHEETS } from "./sheet-names";
