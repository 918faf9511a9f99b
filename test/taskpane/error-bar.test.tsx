/** @jest-environment jsdom */
import { setIconOptions } from "@fluentui/react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { ErrorBar } from "../../src/taskpane/components/ErrorBar";
import { copyText } from "../../src/taskpane/copy-text";
import { defaultSettings } from "../../src/domain/settings";
import { errorDetails, stageForDetails } from "../../src/taskpane/error-details";

setIconOptions({ disableWarnings: true });

const AT = new Date(2010, 7, 15, 9, 5, 7);
const MESSAGE = "找不到工作表“评议评分”，它可能已被删除或重命名。请点击“补齐缺失工作表”。";

describe("errorDetails", () => {
  it("says what happened, when (yyyy-mm-dd), the action, the mode and the stage", () => {
    const text = errorDetails(MESSAGE, AT, { mode: "excel", stage: "自查自纠", action: "校验" }, "TestBrowser/1.0");
    expect(text.split("\n")).toEqual([
      "提升年工作台 错误详情",
      `发生了什么：${MESSAGE}`,
      "时间：2010-08-15 09:05:07",
      "操作：校验",
      "模式：在 Excel 中操作当前工作簿",
      "工作簿阶段：自查自纠",
      "运行环境：TestBrowser/1.0",
    ]);
  });

  it("leaves out what the pane does not know, and names the file in file mode", () => {
    expect(errorDetails("出错了", AT)).toBe("提升年工作台 错误详情\n发生了什么：出错了\n时间：2010-08-15 09:05:07");
    expect(errorDetails("出错了", AT, { mode: "file", fileName: "总表.xlsx" })).toContain("模式：在浏览器中处理打开的文件\n文件：总表.xlsx");
  });
});

describe("stageForDetails", () => {
  it("names the stage of the workbook's settings on the day, with its dates", () => {
    expect(stageForDetails(defaultSettings(2010), AT)).toMatch(/^自查自纠（2010-07-01 至 2010-09-30）$/);
    expect(stageForDetails(defaultSettings(2010), new Date(2011, 0, 5))).toBe("不在2010年活动期内");
    expect(stageForDetails(null, AT)).toBe("未读取（尚未创建标准工作簿）");
  });
});

describe("copyText", () => {
  it("uses the clipboard API when it is there", async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    expect(await copyText("详情", { clipboard: { writeText }, document })).toBe(true);
    expect(writeText).toHaveBeenCalledWith("详情");
  });

  it("falls back to a selected text box when the clipboard API refuses", async () => {
    const writeText = jest.fn().mockRejectedValue(new Error("NotAllowedError"));
    let copied = "";
    document.execCommand = jest.fn((command: string) => {
      copied = command === "copy" ? ((document.activeElement as HTMLTextAreaElement).value ?? "") : "";
      return true;
    });
    expect(await copyText("详情", { clipboard: { writeText }, document })).toBe(true);
    expect(copied).toBe("详情");
    // The helper's text box is gone again.
    expect(document.querySelectorAll("textarea")).toHaveLength(0);
  });

  it("reports failure when both ways are refused, without throwing", async () => {
    document.execCommand = jest.fn(() => false);
    expect(await copyText("详情", { document })).toBe(false);
  });
});

describe("the error bar", () => {
  it("copies the message with its details and announces 已复制", async () => {
    const copy = jest.fn().mockResolvedValue(true);
    render(<ErrorBar message={MESSAGE} onDismiss={() => {}} context={{ mode: "file", stage: "评议考核" }} now={() => AT} copy={copy} />);
    // MessageBar renders its text a moment later (so the alert is announced): wait for it.
    const status = await screen.findByRole("status");
    expect(status.textContent).toBe("");
    fireEvent.click(screen.getByRole("button", { name: /复制详情/ }));
    await waitFor(() => expect(status.textContent).toBe("已复制"));
    const text = copy.mock.calls[0][0] as string;
    expect(text).toContain(`发生了什么：${MESSAGE}`);
    expect(text).toContain("时间：2010-08-15 09:05:07");
    expect(text).toContain("模式：在浏览器中处理打开的文件");
    expect(text).toContain("工作簿阶段：评议考核");
  });

  it("shows the details selected for copying by hand when the browser refuses", async () => {
    render(<ErrorBar message={MESSAGE} onDismiss={() => {}} now={() => AT} copy={async () => false} />);
    fireEvent.click(screen.getByRole("button", { name: /复制详情/ }));
    const box = (await screen.findByRole("textbox", { name: "错误详情" })) as HTMLTextAreaElement;
    expect(box.value).toContain(MESSAGE);
    expect(screen.getByRole("status").textContent).toMatch(/Ctrl\+C/);
  });

  it("gives a new error its own time and forgets the last 已复制", async () => {
    let clock = AT;
    const copy = jest.fn().mockResolvedValue(true);
    const { rerender } = render(<ErrorBar message="第一个错误" onDismiss={() => {}} now={() => clock} copy={copy} />);
    fireEvent.click(screen.getByRole("button", { name: /复制详情/ }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("已复制"));
    clock = new Date(2010, 7, 15, 9, 30, 0);
    rerender(<ErrorBar message="第二个错误" onDismiss={() => {}} now={() => clock} copy={copy} />);
    expect(screen.getByRole("status").textContent).toBe("");
    fireEvent.click(screen.getByRole("button", { name: /复制详情/ }));
    await waitFor(() => expect(copy).toHaveBeenCalledTimes(2));
    expect(copy.mock.calls[1][0]).toContain("时间：2010-08-15 09:30:00");
  });

  it("still closes with its 关闭 button", () => {
    const onDismiss = jest.fn();
    render(<ErrorBar message={MESSAGE} onDismiss={onDismiss} />);
    fireEvent.click(screen.getByRole("button", { name: "关闭" }));
    expect(onDismiss).toHaveBeenCalled();
  });
});
