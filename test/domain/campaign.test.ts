import { currentStage, stagesOf, supervisionBatches } from "../../src/domain/campaign";
import { defaultSettings } from "../../src/domain/settings";

describe("the stages of 四、活动步骤", () => {
  const settings = defaultSettings(2010);
  it.each([
    ["2010-01-05", "动员部署"],
    ["2010-02-28", "动员部署"],
    ["2010-03-01", "组织推进"],
    ["2010-06-30", "组织推进"],
    ["2010-07-01", "自查自纠"],
    ["2010-09-30", "自查自纠"],
    ["2010-10-01", "评议考核"],
    ["2010-12-31", "评议考核"],
  ])("places %s in %s", (date, stage) => {
    expect(currentStage(settings, date)?.name).toBe(stage);
  });

  it("is in no stage outside the campaign year", () => {
    expect(currentStage(settings, "2009-12-31")).toBeNull();
    expect(currentStage(settings, "2011-01-01")).toBeNull();
  });

  it("follows the campaign year, February 29 included", () => {
    const stages = stagesOf(defaultSettings(2024));
    expect(stages.map((s) => [s.name, s.from, s.to])).toEqual([
      ["动员部署", "2024-01-01", "2024-02-29"],
      ["组织推进", "2024-01-01", "2024-12-31"],
      ["自查自纠", "2024-07-01", "2024-09-30"],
      ["评议考核", "2024-10-01", "2024-12-31"],
    ]);
  });

  it("says 组织推进 advances the tasks listed on 重点工作, quoting the document's 28 only as its words", () => {
    const advance = stagesOf(settings).find((s) => s.name === "组织推进");
    expect(advance?.what).toContain("「重点工作」表所列各项重点工作");
    // The only 28 left is inside the document's quoted words.
    expect(advance?.what.replace("“将活动分解为28项重点工作”", "")).not.toContain("28");
  });

  it("has four quarterly and two half-year supervision batches that cover the year", () => {
    const batches = supervisionBatches({ year: 2010 });
    expect(batches.filter((b) => b.name.includes("季度"))).toHaveLength(4);
    expect(batches.filter((b) => b.name.includes("集中督查"))).toHaveLength(2);
    expect(batches[0].from).toBe("2010-01-01");
    expect(batches[3].to).toBe("2010-12-31");
  });
});
