import type { OperationOutcome } from "../../src/app/workbench";
import { jumpFailedNotice, noticeOf, outcomeSheet, runRibbonCommand, type RibbonReport } from "../../src/commands/ribbon-command";

function recorder() {
  const log: string[] = [];
  const event = { completed: () => log.push("completed") };
  const reports: RibbonReport[] = [];
  const notify = (report: RibbonReport) => {
    log.push("notify");
    reports.push(report);
  };
  return { log, event, reports, notify };
}

const OK: OperationOutcome<unknown> = { ok: true, findings: [], message: "排名完成" };
const BLOCKED: OperationOutcome<unknown> = {
  ok: false,
  findings: [{ severity: "error", sheet: "评议评分", cell: "D7", rule: "score.range", message: "得分超出范围" }],
  message: "发现 1 个错误，未进行排名",
};

describe("runRibbonCommand", () => {
  it("reports the outcome, then completes the event", async () => {
    const r = recorder();
    await runRibbonCommand(async () => OK, r.event, r.notify);
    expect(r.log).toEqual(["notify", "completed"]);
    expect(r.reports).toEqual([{ kind: "outcome", outcome: OK }]);
  });

  it("completes the event when the operation throws, and reports the exception's message", async () => {
    const r = recorder();
    await runRibbonCommand(
      async () => {
        throw new Error("工作表“排名结果”受保护，无法写入。");
      },
      r.event,
      r.notify
    );
    expect(r.log).toEqual(["notify", "completed"]);
    expect(r.reports).toEqual([{ kind: "error", message: "工作表“排名结果”受保护，无法写入。" }]);
  });

  it("completes the event even when reporting fails, and lets that failure surface", async () => {
    const r = recorder();
    const failingNotify = () => {
      throw new Error("notify failed");
    };
    await expect(runRibbonCommand(async () => OK, r.event, failingNotify)).rejects.toThrow("notify failed");
    expect(r.log).toEqual(["completed"]);
  });

  it("completes the event exactly once, after an asynchronous report has finished", async () => {
    const r = recorder();
    const slowNotify = async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      r.log.push("reported");
    };
    await runRibbonCommand(async () => BLOCKED, r.event, slowNotify);
    expect(r.log).toEqual(["reported", "completed"]);
  });

  it("gives a plain message for an exception that has none", async () => {
    const r = recorder();
    await runRibbonCommand(() => Promise.reject(new Error("")), r.event, r.notify);
    expect(r.reports[0]).toMatchObject({ kind: "error" });
    expect((r.reports[0] as { message: string }).message).toMatch(/操作失败/);
  });
});

describe("where a command's outcome is shown", () => {
  it("shows 排名结果 after a completed ranking and 校验结果 after a blocked one or a validation", () => {
    expect(outcomeSheet("rank", { kind: "outcome", outcome: OK })).toBe("排名结果");
    expect(outcomeSheet("rank", { kind: "outcome", outcome: BLOCKED })).toBe("校验结果");
    expect(outcomeSheet("validate", { kind: "outcome", outcome: OK })).toBe("校验结果");
  });

  it("shows no sheet after an exception, since nothing was written", () => {
    expect(outcomeSheet("rank", { kind: "error", message: "x" })).toBeNull();
  });
});

describe("which outcomes need a notice beyond their sheet", () => {
  it("needs none after a completed ranking or validation: the outcome sheet says it all", () => {
    expect(noticeOf("rank", { kind: "outcome", outcome: OK })).toBeNull();
    expect(noticeOf("validate", { kind: "outcome", outcome: OK })).toBeNull();
    // A validation that found errors has done its job: 校验结果 lists them.
    expect(noticeOf("validate", { kind: "outcome", outcome: BLOCKED })).toBeNull();
  });

  it("says a blocked ranking ranked nothing, in the operation's own words (they say whether old results were marked 已失效)", () => {
    const message = "发现 1 个错误，未进行排名，详见“校验结果”工作表。请按“校验结果”修改后重新点击“一键排名”。原排名结果和问责名单已标为已失效。";
    const notice = noticeOf("rank", { kind: "outcome", outcome: { ...BLOCKED, message } });
    expect(notice).toEqual({ title: "未进行排名", message });
  });

  it("carries an exception's own message, under the command's name", () => {
    expect(noticeOf("rank", { kind: "error", message: "工作表受保护。" })).toEqual({ title: "一键排名未完成", message: "工作表受保护。" });
    expect(noticeOf("validate", { kind: "error", message: "工作表受保护。" })).toEqual({ title: "校验未完成", message: "工作表受保护。" });
  });

  it("after a failed jump, says the run completed and why its sheet is not shown", () => {
    const notice = jumpFailedNotice("rank", { kind: "outcome", outcome: OK }, "排名结果", "Excel 正在编辑某个单元格。");
    expect(notice.title).toBe("一键排名已完成");
    expect(notice.message).toContain("排名完成");
    expect(notice.message).toContain("“排名结果”");
    expect(notice.message).toContain("Excel 正在编辑某个单元格。");
  });
});
