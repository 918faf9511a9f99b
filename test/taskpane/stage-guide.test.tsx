/**
 * @jest-environment jsdom
 *
 * The first-run and stage guide (issue 12, item 1): today's stage from 参数设置's dates picks
 * the three steps and the tab that opens; the guide shows on first run, is skippable, is
 * remembered (even where storage throws), comes back in a new stage, and 使用指引 reopens it.
 */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { defaultSettings } from "../../src/domain/settings";
import { guideMemory } from "../../src/taskpane/guide-memory";
import { stageGuideOf } from "../../src/taskpane/stage-guide";
import { EMPTY_WORKBOOK, FakeWorkbench } from "./fake-workbench";
import { button, memoryStorage, renderApp } from "./render-app";

const on = (month: number, day: number) => new Date(2010, month - 1, day, 9, 0, 0);

describe("stageGuideOf", () => {
  it.each([
    [on(2, 10), "动员部署", "prepare"],
    [on(4, 15), "组织推进", "distribute"],
    [on(8, 15), "自查自纠", "supervise"],
    [on(11, 15), "评议考核", "evaluate"],
  ])("on %p is in %s and opens %s", (today, stage, tab) => {
    const guide = stageGuideOf(defaultSettings(2010), today);
    expect(guide).toMatchObject({ key: `2010:${stage}`, tab });
    expect(guide.title.startsWith(stage)).toBe(true);
    expect(guide.steps).toHaveLength(3);
  });

  it("follows the stage dates of 参数设置, not the defaults", () => {
    const settings = { ...defaultSettings(2010), selfInspectionStart: "2010-08-01", selfInspectionEnd: "2010-10-31" };
    expect(stageGuideOf(settings, on(7, 15)).key).toBe("2010:组织推进");
    expect(stageGuideOf(settings, on(10, 15)).key).toBe("2010:自查自纠");
    expect(stageGuideOf(settings, on(10, 15)).title).toBe("自查自纠（8月1日–10月31日）");
  });

  it("starts with creating the workbook, in 准备, when the standard sheets are missing", () => {
    const guide = stageGuideOf(null, on(11, 15), false);
    expect(guide.tab).toBe("prepare");
    expect(guide.steps[0]).toContain("创建标准工作簿");
    // Never the same step twice (动员部署's own steps already start with creating).
    for (const day of [on(2, 10), on(4, 15), on(8, 15), on(11, 15)]) {
      const steps = stageGuideOf(null, day, false).steps;
      expect(new Set(steps).size).toBe(3);
      expect(steps.filter((step) => step.includes("创建标准工作簿"))).toHaveLength(1);
    }
  });

  it("says when today is outside the campaign year and how to move to the new year", () => {
    const guide = stageGuideOf(defaultSettings(2010), new Date(2011, 0, 5));
    expect(guide).toMatchObject({ key: "2010:outside", tab: "prepare" });
    expect(guide.steps.join("")).toContain("按新年度更新日期限制");
  });
});

describe("guideMemory", () => {
  it("works where storage throws, remembering for the session", () => {
    const throwing = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    const memory = guideMemory(throwing);
    expect(memory.seen()).toBeNull();
    memory.remember("2010:自查自纠");
    expect(memory.seen()).toBe("2010:自查自纠");
    expect(guideMemory(null).seen()).toBeNull();
  });
});

describe("the guide in the pane", () => {
  it("welcomes a first-time user with today's three steps, and 开始 opens the stage's tab and is remembered", async () => {
    const storage = memoryStorage();
    renderApp({ workbench: new FakeWorkbench("excel"), now: () => on(4, 15), storage });
    const guide = await screen.findByRole("region", { name: "欢迎使用提升年工作台" }, { timeout: 5000 });
    expect(guide.querySelectorAll("ol > li")).toHaveLength(3);
    expect(guide.textContent).toContain("组织推进（1月1日–12月31日）");
    // The campaign by the document's own name.
    expect(guide.textContent).toContain("“能力作风建设提升年”活动");
    fireEvent.click(button("开始：分发汇总"));
    expect(screen.queryByRole("region", { name: "欢迎使用提升年工作台" })).toBeNull();
    // The welcome is said once: reopened, the guide is 使用指引.
    fireEvent.click(button("使用指引"));
    expect(screen.getByRole("region", { name: /^使用指引：组织推进/ })).toBeTruthy();
    fireEvent.click(button("开始：分发汇总"));
    expect(storage.items["tisheng.guide.seen"]).toBe("2010:组织推进");
    expect(screen.getByRole("tab", { name: "分发汇总" }).getAttribute("aria-selected")).toBe("true");
    // Focus is not lost with the guide's buttons: it lands on the tab's heading.
    await waitFor(() => expect(document.activeElement?.textContent).toBe("分发汇总"));
  });

  it("stays away in the same stage, comes back in a new one, and 使用指引 shows it again", async () => {
    const storage = memoryStorage({ "tisheng.guide.seen": "2010:组织推进" });
    const first = renderApp({ workbench: new FakeWorkbench("excel"), now: () => on(4, 15), storage });
    await screen.findByText("活动年度：2010年", undefined, { timeout: 5000 });
    expect(screen.queryByRole("region", { name: /欢迎|进入新阶段/ })).toBeNull();
    fireEvent.click(button("使用指引"));
    expect(screen.getByRole("region", { name: "使用指引：组织推进（1月1日–12月31日）" })).toBeTruthy();
    fireEvent.click(button("跳过"));
    first.unmount();

    renderApp({ workbench: new FakeWorkbench("excel"), now: () => on(8, 15), storage });
    const guide = await screen.findByRole("region", { name: "进入新阶段：自查自纠（7月1日–9月30日）" }, { timeout: 5000 });
    expect(guide.textContent).toContain("督查");
    fireEvent.click(button("跳过"));
    expect(storage.items["tisheng.guide.seen"]).toBe("2010:自查自纠");
    // 跳过 keeps the tab that was open: 督查 in 自查自纠.
    expect(screen.getByRole("tab", { name: "督查" }).getAttribute("aria-selected")).toBe("true");
  });

  it("opens 准备 first in a workbook without the standard sheets, whatever the stage", async () => {
    renderApp({ workbench: new FakeWorkbench("excel", EMPTY_WORKBOOK), now: () => on(11, 15) });
    await screen.findByRole("button", { name: "创建标准工作簿" }, { timeout: 5000 });
    expect(screen.getByRole("tab", { name: "准备" }).getAttribute("aria-selected")).toBe("true");
  });
});

describe("帮助", () => {
  it("links each tab to its section of the local help page, and the header to the open tab's", async () => {
    renderApp({ workbench: new FakeWorkbench("excel") });
    await screen.findByText("活动年度：2010年", undefined, { timeout: 5000 });
    const anchors = { 准备: "prepare", 分发汇总: "distribute", 督查: "supervise", 考核: "evaluate" };
    for (const [name, anchor] of Object.entries(anchors)) {
      fireEvent.click(screen.getByRole("tab", { name }));
      expect(screen.getByRole("link", { name: `“${name}”的帮助（在新窗口打开）` }).getAttribute("href")).toBe(`help.html#${anchor}`);
      expect(screen.getByRole("link", { name: "帮助（在新窗口打开）" }).getAttribute("href")).toBe(`help.html#${anchor}`);
    }
  });
});
