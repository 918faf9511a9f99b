import fc from "fast-check";
import { noticeUrl, readNotice } from "../../src/commands/notice";

const PAGE = "https://localhost:3000/notice.html";

/** What the page reads back from the address the command built. */
const roundTrip = (title: string, message: string) => readNotice(new URL(noticeUrl(PAGE, { title, message })).search);

describe("a notice carried in the dialog's address", () => {
  it("points at the notice page itself", () => {
    const url = new URL(noticeUrl(PAGE, { title: "未进行排名", message: "发现 2 个错误" }));
    expect(url.origin + url.pathname).toBe(PAGE);
  });

  it("arrives unchanged, whatever characters it holds (& = + % # ? quotes, markup, Chinese, emoji)", () => {
    const text = fc.string({ unit: "binary", minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s !== "");
    fc.assert(
      fc.property(text, text, (title, message) => {
        expect(roundTrip(title, message)).toEqual({ title, message });
      })
    );
    expect(roundTrip("a&b=c", "50% + 1 #2 ?x <script>alert(1)</script> “校验结果” 😀")).toEqual({
      title: "a&b=c",
      message: "50% + 1 #2 ?x <script>alert(1)</script> “校验结果” 😀",
    });
  });

  it("keeps a page address that Office extends with its own query parameters readable", () => {
    const url = new URL(noticeUrl(PAGE, { title: "校验未完成", message: "工作表受保护。" }));
    url.searchParams.append("_host_Info", "Excel$Win32$16.01$zh-CN");
    expect(readNotice(url.search)).toEqual({ title: "校验未完成", message: "工作表受保护。" });
  });

  it("cuts a runaway message short, marked with …, without splitting a character", () => {
    const long = "😀".repeat(1000);
    const { message } = roundTrip("标题", long);
    expect(Array.from(message)).toHaveLength(300);
    expect(message.endsWith("😀…")).toBe(true);
    expect(message).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it("shows plain words when the address carries no notice", () => {
    expect(readNotice("")).toEqual({ title: "提升年工作台", message: "操作已结束。" });
    expect(readNotice("?title=%20&message=")).toEqual({ title: "提升年工作台", message: "操作已结束。" });
  });
});
