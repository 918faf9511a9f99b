// Builds dist/ with webpack (`npm run build:web`), once: when dist/ is complete, newer than every
// build input and was built with the same arguments, it is left as it is. `npm test` builds dist/
// for the browser suites before they run (test/support/global-setup.ts), so its later
// `npm run build` finds it fresh. `--force` rebuilds regardless. One build at a time: a second
// caller waits for the first (a lock under node_modules/.cache) and then finds dist/ fresh.
//   node scripts/build-web.js [--force] [webpack arguments, e.g. --mode production --env officeJs=local]
"use strict";
const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const CACHE = path.join(ROOT, "node_modules", ".cache", "tisheng-build-web");
const STAMP = path.join(CACHE, "stamp.json");
const LOCK = path.join(CACHE, "lock");
/** What the production build is made from: a change to any of them makes dist/ stale. */
const BUILD_INPUTS = ["src", "assets", "webpack.config.js", "tsconfig.json", "package.json", "package-lock.json"];

function newestMtime(entry) {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(entry).reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

/** What decides the output besides the sources: the arguments and OFFICE_JS. */
const recipe = (args) => JSON.stringify({ args, officeJs: process.env.OFFICE_JS ?? null });

/** Why dist/ must be rebuilt for `args`, or null when it is complete, built with `args` and newer than every input. */
function staleReason(args) {
  const page = path.join(DIST, "taskpane.html");
  if (!fs.existsSync(page)) return "dist/taskpane.html is missing";
  // A build interrupted half-way (or cleaned by another) leaves the page without its scripts.
  const scripts = [...fs.readFileSync(page, "utf8").matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
  const missing = scripts.find((src) => !fs.existsSync(path.join(DIST, src)));
  if (missing) return `dist/${missing} is missing`;
  const stamp = fs.existsSync(STAMP) ? fs.readFileSync(STAMP, "utf8") : "";
  if (stamp !== recipe(args)) return `dist/ was built with other arguments than ${args.join(" ")}`;
  const built = fs.statSync(STAMP).mtimeMs;
  if (fs.statSync(page).mtimeMs > built) return "dist/ was written by another command after the last build";
  const newer = BUILD_INPUTS.map((input) => path.join(ROOT, input)).find((input) => fs.existsSync(input) && newestMtime(input) > built);
  return newer ? `${path.relative(ROOT, newer)} changed after the last build` : null;
}

const { setTimeout: sleep } = require("timers/promises");

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** Runs `work` holding the build lock; a lock whose holder has died is taken over. */
async function withLock(work) {
  fs.mkdirSync(CACHE, { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      const holder = Number(fs.readFileSync(path.join(LOCK, "pid"), { encoding: "utf8", flag: "a+" }));
      if (holder && !alive(holder)) fs.rmSync(LOCK, { recursive: true, force: true });
      else await sleep(500);
    }
  }
  fs.writeFileSync(path.join(LOCK, "pid"), String(process.pid));
  try {
    return await work();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

function webpack(args, stdio) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), ...args], { cwd: ROOT, stdio });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`webpack ${args.join(" ")} failed (exit ${code}):\n${output}`))));
  });
}

/**
 * Builds dist/ with `args` unless it is fresh (or always with `force`); returns why it was built,
 * or null. `stdio` is "inherit" from the command line, "pipe" from the tests (output only on failure).
 */
async function buildWeb(args = ["--mode", "production"], { force = false, stdio = "pipe" } = {}) {
  return withLock(async () => {
    const reason = force ? "--force" : staleReason(args);
    if (!reason) return null;
    fs.rmSync(STAMP, { force: true });
    await webpack(args, stdio);
    fs.writeFileSync(STAMP, recipe(args));
    return reason;
  });
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const force = argv.includes("--force");
  const args = argv.filter((a) => a !== "--force");
  buildWeb(args, { force, stdio: "inherit" }).then(
    (reason) => console.log(reason ? `dist/ built (${reason}).` : "dist/ is up to date with its sources: not rebuilt (--force rebuilds)."),
    (error) => {
      console.error(error.message);
      process.exit(1);
    }
  );
}

module.exports = { buildWeb, staleReason };
