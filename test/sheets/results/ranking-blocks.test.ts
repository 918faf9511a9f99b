/** The 排名结果 and 问责名单 sheets as blocks: layout, numbers as numbers, reproducibility. */
import { rankCampaign, type RankingResult } from "../../../src/domain/ranking";
import type { Settings } from "../../../src/domain/settings";
import type { SheetBlock } from "../../../src/sheets/grid";
import { ACCOUNTABILITY_HEADER, rankingBlocks } from "../../../src/sheets/results/ranking-blocks";
import { campaign, KEY, TOWN, type CampaignSpec } from "../../domain/ranking/campaign-builder";

const RUN_AT = "2010-12-20 10:00";
const HEADER = ["名次", "单位编码", "单位名称", "总分", "甲", "乙", "加减分", "备注"];

// T1: (90 + 80)/2 = 85, +0.125 → 85.125 → 85.13. T2: 甲 70 only (乙 missing) → 70, last of 镇(区).
// K1: (80 + 81)/2 = 80.5; K2: (60 + 61)/2 = 60.5: two key sections, both within the bottom 3. T3 has no score.
const spec: CampaignSpec = {
  units: [
    ["T1", TOWN],
    ["T2", TOWN],
    ["K1", KEY],
    ["K2", KEY],
    ["T3", TOWN],
  ],
  groups: { 甲: 1, 乙: 1 },
  scores: { T1: { 甲: [90], 乙: [80] }, T2: { 甲: [70] }, K1: { 甲: [80], 乙: [81] }, K2: { 甲: [60], 乙: [61] } },
  adjustments: [["T1", 0.125]],
  violations: [["T2", "张三", "一般"]],
};

function blocks(settings: Partial<Settings> = {}, result?: RankingResult): SheetBlock[] {
  const input = campaign({ ...spec, settings });
  return rankingBlocks(result ?? rankCampaign(input), { runAt: RUN_AT, settings: input.settings, groups: ["甲", "乙"] });
}

/** A row without its padding. */
const trim = (row: unknown[]): unknown[] => {
  const out = [...row];
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
};

describe("排名结果", () => {
  const [ranking] = blocks();

  it("starts with the title, the time of the run and the settings used", () => {
    expect(ranking.name).toBe("排名结果");
    expect(ranking.rows.slice(0, 7).map((r) => trim(r).slice(0, 2))).toEqual([
      ["2010年能力作风建设提升年评议考核排名结果"],
      ["运行时间", RUN_AT],
      ["排名方法", "竞争排名"],
      ["去极值阈值", 5],
      ["分数精度", 2],
      ["重点科室问责名额", 3],
      [],
    ]);
    expect(blocks({ rankingMethod: "dense" })[0].rows[2][1]).toBe("中国式排名");
  });

  it("gives each category a heading and a table of rounded numbers, one column per group, with notes", () => {
    expect(ranking.rows.slice(7, 17).map(trim)).toEqual([
      ["镇(区)（2个单位参加排名）"],
      HEADER,
      [1, "T1", "单位T1", 85.13, 90, 80, 0.13],
      [2, "T2", "单位T2", 70, 70, null, 0, "缺少评议主体：乙（已按其余主体权重归一）；考评问责：排名最后一位"],
      [],
      ["重点科室（2个单位参加排名）"],
      HEADER,
      [1, "K1", "单位K1", 80.5, 80, 81, 0, "考评问责：后3名"],
      [2, "K2", "单位K2", 60.5, 60, 61, 0, "考评问责：后3名"],
      [],
    ]);
  });

  it("ends with the units not ranked", () => {
    expect(ranking.rows.slice(17).map(trim)).toEqual([
      ["未参评单位（1个，不参加排名）"],
      ["单位编码", "单位名称", "单位类别", "原因"],
      ["T3", "单位T3", TOWN, "未参评"],
    ]);
  });

  it("marks headings, freezes down to the first table's header and writes a rectangle as wide as its widths", () => {
    expect(ranking.headingRows).toEqual([1, 8, 9, 13, 14, 18, 19]);
    expect(ranking.frozenRows).toBe(9);
    expect(trim(ranking.rows[8])).toEqual(HEADER);
    expect(ranking.widths).toHaveLength(HEADER.length);
    expect(ranking.rows.every((r) => r.length === HEADER.length)).toBe(true);
  });
});

describe("问责名单", () => {
  const [, list] = blocks();

  it("lists every entry under a frozen header, with 需复核 as 是/否", () => {
    expect(list.name).toBe("问责名单");
    expect(trim(list.rows[0])).toEqual(["2010年能力作风建设提升年问责名单"]);
    expect(list.rows[1].slice(0, 2)).toEqual(["运行时间", RUN_AT]);
    expect(list.rows[7]).toEqual(ACCOUNTABILITY_HEADER);
    expect(ACCOUNTABILITY_HEADER).toEqual(["问责类型", "单位编码", "单位名称", "责任人", "职务", "问责依据", "证据", "需复核"]);
    expect(list.frozenRows).toBe(8);
    expect(list.headingRows).toEqual([1, 8]);
    const entries = list.rows.slice(8).map((r) => [r[0], r[1], r[3], r[4], r[6], r[7]]);
    expect(entries).toEqual([
      ["违规问责", "T2", "张三", "责任人", "违规记录!第2行（违反机关效能规定，情节一般）", "否"],
      ["考评问责", "T2", "负责人T2", "党政主要负责人", "排名结果：镇(区) 第2名/共2名，总分 70.00", "否"],
      ["考评问责", "K1", "负责人K1", "科室负责人", "排名结果：重点科室 第1名/共2名，总分 80.50", "否"],
      ["考评问责", "K2", "负责人K2", "科室负责人", "排名结果：重点科室 第2名/共2名，总分 60.50", "否"],
    ]);
    expect(String(list.rows[8][5])).toContain("一是实施违规问责");
  });

  it("writes 是 for an entry that needs review", () => {
    const tied = campaign({
      units: [
        ["T1", TOWN],
        ["T2", TOWN],
      ],
      scores: { T1: { 甲: [80] }, T2: { 甲: [80] } },
    });
    const [, list] = rankingBlocks(rankCampaign(tied), { runAt: RUN_AT, settings: tied.settings, groups: ["甲"] });
    expect(list.rows.slice(list.frozenRows).map((r) => r[7])).toEqual(["是", "是"]);
  });
});

describe("result sheets", () => {
  it("are the same for the same inputs and time of run", () => {
    expect(blocks()).toEqual(blocks());
  });

  it("say that errors withheld the ranking, and show no table", () => {
    const input = campaign({ ...spec, adjustments: [["X9", 1]] });
    const failed = rankCampaign(input);
    expect(failed.ok).toBe(false);
    const [ranking, list] = blocks({}, failed);
    const texts = (b: SheetBlock) => b.rows.flat().filter((v) => typeof v === "string") as string[];
    expect(texts(ranking).some((t) => t.includes("未生成排名"))).toBe(true);
    expect(texts(ranking)).not.toContain("名次");
    expect(texts(list).some((t) => t.includes("未生成问责名单"))).toBe(true);
  });
});
