/**
 * Preloaded into a benchmarked command (node -r): reports its peak resident memory and
 * its CPU time when it exits. CPU time shows the work itself on a machine whose other
 * load stretches the wall time.
 */
"use strict";
process.on("exit", () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\nTISHENG_MAX_RSS_KB=${usage.maxRSS} TISHENG_CPU_US=${usage.userCPUTime + usage.systemCPUTime}\n`);
});
