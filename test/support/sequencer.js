/**
 * Jest's test sequencer: the long suites first, so the two workers do not end the run waiting on
 * one late long suite. Jest's own order (the last run's durations when it has them, else file
 * size) decides within each tier. Tiers, by path: browser suites, interleaved with the other long
 * kinds (LibreOffice, scale, end-to-end and collect suites), so that the two workers do not both
 * wait for the production build the browser suites need; then the pane's jsdom suites (.tsx);
 * then the rest. It also tells the global setup whether the run holds browser suites.
 */
"use strict";
const Sequencer = require("@jest/test-sequencer").default;

const BROWSER = /[\\/]test[\\/]browser[\\/]/;
const LONG = /libreoffice|at-scale|large|[\\/]e2e[\\/]|[\\/]collect-/;
const PANE = /\.test\.tsx$/;

function interleave(a, b) {
  const out = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) out.push(...a.slice(i, i + 1), ...b.slice(i, i + 1));
  return out;
}

class LongFirstSequencer extends Sequencer {
  async sort(tests) {
    const ordered = await super.sort(tests);
    const browser = ordered.filter((t) => BROWSER.test(t.path));
    process.env.TISHENG_RUN_HAS_BROWSER_SUITES = browser.length > 0 ? "1" : "0";
    const rest = ordered.filter((t) => !BROWSER.test(t.path));
    const long = rest.filter((t) => LONG.test(t.path));
    const pane = rest.filter((t) => !LONG.test(t.path) && PANE.test(t.path));
    const other = rest.filter((t) => !LONG.test(t.path) && !PANE.test(t.path));
    return [...interleave(browser, long), ...pane, ...other];
  }
}

module.exports = LongFirstSequencer;
