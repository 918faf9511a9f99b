/** Preloaded into a benchmarked command (node -r): reports its peak resident memory when it exits. */
"use strict";
process.on("exit", () => process.stderr.write(`\nTISHENG_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`));
