/** Collecting units' returned templates into the master: three-way merge, batch, log and undo (pure). */
export * from "./keys";
export * from "./diff";
export * from "./three-way";
export * from "./merge";
export * from "./log";
export * from "./batch";
export * from "./undo";
export * from "./checks";
