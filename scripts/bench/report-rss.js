/**
 * Preloaded into a benchmarked process (node --require): on exit it writes the process's
 * peak resident memory and CPU time to the file named by TISHENG_BENCH_REPORT.
 */
"use strict";
const fs = require("fs");

process.on("exit", () => {
  const usage = process.resourceUsage();
  const report = { maxRssKb: usage.maxRSS, userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000 };
  fs.writeFileSync(process.env.TISHENG_BENCH_REPORT, JSON.stringify(report));
});
