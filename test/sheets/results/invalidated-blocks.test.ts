/** The 已失效 notices that replace 排名结果 and 问责名单 after a blocked 一键排名. */
import { invalidatedBlocks, INVALIDATED } from "../../../src/sheets/results/invalidated-blocks";

describe("invalidatedBlocks", () => {
  const blocks = invalidatedBlocks({ runAt: "2010-12-20 10:00", year: 2010, cause: "数据错误" });

  it("replaces every result sheet of 一键排名, each starting with 已失效, the run time and the reason", () => {
    expect(blocks.map((b) => b.name)).toEqual(["排名结果", "问责名单", "排名说明"]);
    for (const b of blocks) {
      const first = String(b.rows[0][0]);
      expect(first.startsWith(`${INVALIDATED}（2010-12-20 10:00）`)).toBe(true);
      expect(first).toContain("因数据错误未能完成");
      expect(first).toContain("“一键排名”");
    }
    expect(String(blocks[0].rows[0][0])).toContain("本表原有排名已作废");
    expect(String(blocks[1].rows[0][0])).toContain("本表原有问责名单已作废");
  });

  it("is rectangular and holds no ranking row", () => {
    for (const b of blocks) {
      expect(new Set(b.rows.map((r) => r.length)).size).toBe(1);
      expect(b.rows.some((r) => typeof r[0] === "number")).toBe(false);
    }
  });
});
