export * from "./batches";
export * from "./days";
export * from "./inspection-ledger";
export * from "./plan-tally";
export * from "./report";
export * from "./task-status";
export * from "./unit-lookup";
