#!/usr/bin/env node
// The `tisheng` command: a thin launcher for the compiled CLI (npm run build:cli).
"use strict";
const path = require("node:path");
const fs = require("node:fs");
const entry = path.join(__dirname, "..", "lib", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("tisheng: 尚未编译，请先运行 npm run build (not built yet: run npm run build)\n");
  process.exit(2);
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
