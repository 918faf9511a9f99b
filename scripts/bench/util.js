/** Helpers shared by the benchmark's sections: timing, peak memory, tables. */
"use strict";
const v8 = require("v8");
const path = require("path");

const LIB = path.join(__dirname, "..", "..", "lib");
const MB = 1024 * 1024;

/** Deterministic pseudo-random numbers (mulberry32), so every run ranks the same data. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function collectGarbage() {
  if (typeof globalThis.gc !== "function") throw new Error("run with node --expose-gc (npm run bench does)");
  globalThis.gc();
  globalThis.gc();
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Heap in use plus ArrayBuffer memory (typed arrays live outside the V8 heap but are memory the run holds). */
function memoryNow() {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/**
 * Runs fn once and returns its peak memory above the level before it: gc first, then the
 * GC profiler records heap and external memory just before every collection during the
 * run (the heap only shrinks at a collection, so the peak is the largest of those and the
 * level at the end).
 */
function peakMemoryOf(fn) {
  collectGarbage();
  const before = memoryNow();
  const profiler = new v8.GCProfiler();
  profiler.start();
  const result = fn();
  const atEnd = memoryNow();
  const { statistics } = profiler.stop();
  let peak = atEnd;
  for (const s of statistics) {
    const h = s.beforeGC.heapStatistics;
    peak = Math.max(peak, h.usedHeapSize + h.externalMemory);
  }
  return { result, before, peak, above: peak - before };
}

function timeMs(fn) {
  const start = process.hrtime.bigint();
  const result = fn();
  return { result, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

function printTable(title, { columns, rows, notes = [] }) {
  const cells = [columns, ...rows].map((r) => r.map(String));
  const width = (s) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const widths = columns.map((_, c) => Math.max(...cells.map((r) => width(r[c] || ""))));
  const line = (r) => r.map((v, c) => v + " ".repeat(widths[c] - width(v))).join("  ");
  console.log(`\n## ${title}\n`);
  console.log(line(cells[0]));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of cells.slice(1)) console.log(line(r));
  for (const n of notes) console.log(`  ${n}`);
}

/** Median time of `runs` runs of an async function, each after a gc. */
async function medianTimeAsync(fn, runs = 5) {
  const times = [];
  let result;
  for (let r = 0; r < runs; r++) {
    collectGarbage();
    const start = process.hrtime.bigint();
    result = await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { ms: median(times), min: Math.min(...times), max: Math.max(...times), result };
}

module.exports = { LIB, MB, random, collectGarbage, median, memoryNow, peakMemoryOf, timeMs, medianTimeAsync, printTable };
