/** Section: the ranking engine on generated campaigns of growing size. */
"use strict";
const path = require("path");
const { LIB, MB, random, collectGarbage, median, memoryNow, peakMemoryOf, timeMs } = require("./util");

const COLUMN_OF = { code: "A", name: "B", category: "C", leader: "E", unitCode: "A", group: "B", evaluatorId: "C", weight: "B", points: "B" };
const locate = (origin, field) => (origin ? `${COLUMN_OF[field] || "A"}${origin.row}` : "");

/** A campaign of `units` units, `groups` evaluator groups and `evaluators` evaluators per group scoring every unit. */
function makeCampaign(units, groupCount, evaluators, seed) {
  const { defaultSettings } = require(path.join(LIB, "domain/settings"));
  const { UNIT_CATEGORIES } = require(path.join(LIB, "domain/campaign"));
  const rand = random(seed);
  const unitList = [];
  for (let u = 0; u < units; u++) {
    const category = UNIT_CATEGORIES[u % UNIT_CATEGORIES.length];
    const code = `U${String(u + 1).padStart(5, "0")}`;
    unitList.push({ code, name: `单位${u + 1}`, category, parentCode: "", leader: `负责人${u + 1}`, origin: { sheet: "单位名册", row: u + 2 } });
  }
  const groups = [];
  for (let g = 0; g < groupCount; g++) groups.push({ name: `评议主体${g + 1}`, weight: 1 + (g % 3), origin: { sheet: "评议主体", row: g + 2 } });
  const evaluatorIds = [];
  for (let g = 0; g < groupCount; g++) for (let e = 0; e < evaluators; e++) evaluatorIds.push(`P${g + 1}-${e + 1}`);
  const scores = [];
  for (const unit of unitList) {
    for (let g = 0; g < groupCount; g++) {
      for (let e = 0; e < evaluators; e++) {
        const score = Math.round((60 + rand() * 40) * 10) / 10;
        scores.push({
          unitCode: unit.code,
          group: groups[g].name,
          evaluatorId: evaluatorIds[g * evaluators + e],
          score,
          origin: { sheet: "评议评分", row: scores.length + 2 },
        });
      }
    }
  }
  const adjustments = [];
  const violations = [];
  for (const unit of unitList) {
    if (rand() < 0.1)
      adjustments.push({
        unitCode: unit.code,
        points: rand() < 0.5 ? -1 : 0.5,
        reason: "事由",
        origin: { sheet: "加减分", row: adjustments.length + 2 },
      });
    if (rand() < 0.01) {
      const severity = rand() < 0.3 ? "影响恶劣" : "一般";
      violations.push({
        unitCode: unit.code,
        person: "某某",
        date: "2010-06-01",
        kind: "违反机关效能规定",
        severity,
        facts: "事实",
        origin: { sheet: "违规记录", row: violations.length + 2 },
      });
    }
  }
  return { settings: defaultSettings(2010), units: unitList, groups, scores, adjustments, violations, locate };
}

const SIZES = [
  { units: 150, groups: 5, evaluators: 10 },
  { units: 2500, groups: 5, evaluators: 20 },
  { units: 10000, groups: 5, evaluators: 20 },
];
const RUNS = 5;

function rankingSection() {
  const { rankCampaign } = require(path.join(LIB, "domain/ranking"));
  const measured = [];
  for (const size of SIZES) {
    collectGarbage();
    const empty = memoryNow();
    const input = makeCampaign(size.units, size.groups, size.evaluators, 2010);
    collectGarbage();
    const inputMemory = memoryNow() - empty;
    const times = [];
    let result;
    for (let r = 0; r < RUNS; r++) {
      collectGarbage();
      const run = timeMs(() => rankCampaign(input));
      times.push(run.ms);
      result = run.result;
    }
    if (!result.ok) throw new Error(`bench data did not rank: ${JSON.stringify(result.findings.slice(0, 3))}`);
    result = null;
    const { before, peak, above } = peakMemoryOf(() => rankCampaign(input));
    const memory = { before, peak, above };
    measured.push({ ...size, rows: input.scores.length, ms: median(times), inputMemory, memory });
  }
  const nLogN = (n) => n * Math.log2(n);
  const ratio = (m, i, f) => (i === 0 ? "—" : (f(m) / f(measured[i - 1])).toFixed(1));
  return {
    columns: [
      "单位×主体×评议人",
      "评分行数",
      `引擎耗时中位数(${RUNS}次)`,
      "输入占用",
      "运行峰值(高于输入)",
      "峰值合计",
      "耗时比",
      "行数比",
      "n·log n 比",
    ],
    rows: measured.map((m, i) => [
      `${m.units}×${m.groups}×${m.evaluators}`,
      m.rows.toLocaleString("en-US"),
      `${m.ms.toFixed(1)} ms`,
      `${(m.inputMemory / MB).toFixed(1)} MB`,
      `${(m.memory.above / MB).toFixed(1)} MB`,
      `${(m.memory.peak / MB).toFixed(1)} MB`,
      ratio(m, i, (x) => x.ms),
      ratio(m, i, (x) => x.rows),
      ratio(m, i, (x) => nLogN(x.rows)),
    ]),
    notes: [
      "耗时：rankCampaign 本身（不含生成数据），每次运行前先 gc，取中位数。",
      "内存：V8 堆 + ArrayBuffer（类型化数组在堆外）。运行峰值 = 运行前 gc 后的水平之上，运行中每次 gc 前与结束时的最大值（v8.GCProfiler）；峰值合计含输入数据本身。",
      "比值均相对上一行（小规模时固定开销占比大）；目标：100 万行 < 2 s、< 200 MB。",
    ],
  };
}

module.exports = { rankingSection, makeCampaign };
