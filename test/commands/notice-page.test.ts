/** @jest-environment jsdom */
import { readFileSync } from "fs";
import { join } from "path";
import { noticeUrl } from "../../src/commands/notice";
import { renderNotice, requestClose, startNoticePage } from "../../src/commands/notice-page";

/** A fresh document holding the real notice.html, so the test fails if the page loses an element the script fills. */
function loadNoticePage(): Document {
  const doc = document.implementation.createHTMLDocument();
  doc.documentElement.innerHTML = readFileSync(join(__dirname, "../../src/commands/notice.html"), "utf8");
  return doc;
}

const searchOf = (title: string, message: string) => new URL(noticeUrl("https://localhost:3000/notice.html", { title, message })).search;

function installOffice() {
  const messageParent = jest.fn();
  (globalThis as { Office?: unknown }).Office = { onReady: () => Promise.resolve({}), context: { ui: { messageParent } } };
  return messageParent;
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("the notice page", () => {
  it("shows the title and message of its address", () => {
    const doc = loadNoticePage();
    renderNotice(doc, searchOf("一键排名未完成", "写入结果工作表失败：工作表受保护。"));
    expect(doc.getElementById("notice-title")!.textContent).toBe("一键排名未完成");
    expect(doc.getElementById("notice-message")!.textContent).toBe("写入结果工作表失败：工作表受保护。");
    expect(doc.title).toBe("一键排名未完成");
  });

  it("shows markup in a message as text and never runs or builds it", () => {
    const doc = loadNoticePage();
    const hostile = '<script>window.hacked = true</script><img src=x onerror="window.hacked = true">单位“<b>甲</b>”';
    renderNotice(doc, searchOf("<i>标题</i>", hostile));
    const message = doc.getElementById("notice-message")!;
    expect(message.textContent).toBe(hostile);
    expect(message.children).toHaveLength(0);
    expect(doc.body.querySelectorAll("script, img, b, i")).toHaveLength(0);
    expect(doc.getElementById("notice-title")!.textContent).toBe("<i>标题</i>");
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
  });

  it("asks its opener to close it when 关闭 is clicked", async () => {
    const doc = loadNoticePage();
    const messageParent = installOffice();
    startNoticePage(doc, searchOf("校验未完成", "x"));
    expect(doc.getElementById("notice-close")!.textContent).toBe("关闭");
    doc.getElementById("notice-close")!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(messageParent).toHaveBeenCalledWith("close");
  });

  it("asks to be closed on Esc too", async () => {
    const doc = loadNoticePage();
    const messageParent = installOffice();
    startNoticePage(doc, searchOf("校验未完成", "x"));
    doc.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(messageParent).toHaveBeenCalledTimes(1);
  });

  it("closes its own window when office.js did not load", async () => {
    const win = { close: jest.fn() } as unknown as Window;
    await requestClose(win);
    expect(win.close).toHaveBeenCalled();
  });

  it("does nothing on a page without the notice's elements", () => {
    const doc = document.implementation.createHTMLDocument();
    doc.body.innerHTML = "<p>其他页面</p>";
    startNoticePage(doc, searchOf("标题", "消息"));
    expect(doc.body.innerHTML).toBe("<p>其他页面</p>");
  });
});
