/**
 * @jest-environment jsdom
 *
 * The pane around long file-mode work (issue 9, item 4): opening, actions and downloads share
 * one busy flag (buttons disabled, a second click does nothing), show their progress, and
 * offer 取消 in file mode (not inside Excel, where an Office.js call cannot be stopped).
 */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import type { ProgressFn, Workbench } from "../../src/app/workbench";
import { FakeWorkbench, STEPS } from "./fake-workbench";
import { button, isDisabled, renderApp } from "./render-app";

const XLSX_BYTES = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);

function chooseFile(name: string) {
  const input = screen.getByLabelText("选择工作簿（.xlsx）") as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([XLSX_BYTES], name)] } });
}

/** A promise with its resolve, to hold work open while the test looks at the pane. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe("the pane while file-mode work runs", () => {
  beforeEach(() => {
    URL.createObjectURL = () => "blob:test/1";
    URL.revokeObjectURL = () => undefined;
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it("shows the reading progress with its counts while a file opens, with 取消, and the chooser disabled", async () => {
    const opened = deferred<Workbench>();
    let report: ProgressFn = () => undefined;
    const openFile = jest.fn((_data: ArrayBuffer, progress?: ProgressFn) => {
      report = progress ?? report;
      return opened.promise;
    });
    const cancel = jest.fn();
    renderApp({ workbench: null, hostInfo: { inExcel: false }, openFile, cancel });
    chooseFile("大表.xlsx");
    await waitFor(() => expect(openFile).toHaveBeenCalledTimes(1));
    act(() => report("正在读取 评议评分 … 120,000/200,001 行", 0.5));

    expect(await screen.findByText("正在读取 评议评分 … 120,000/200,001 行")).toBeTruthy();
    expect((screen.getByLabelText("选择工作簿（.xlsx）") as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(button("取消"));
    expect(cancel).toHaveBeenCalledTimes(1);

    await act(async () => opened.resolve(new FakeWorkbench("file")));
    await screen.findByText("当前文件：大表.xlsx");
    expect(screen.queryByRole("button", { name: "取消" })).toBeNull();
  });

  it("offers 取消 while an action runs in file mode, and the action's cancellation shows as its error", async () => {
    const wb = new FakeWorkbench("file", { presentSheets: ["单位名册"], missingSheets: [] });
    const release = wb.hold();
    const cancel = jest.fn(() => {
      wb.failNext = new Error("操作已取消：工作簿保持操作开始前的状态，没有写入任何结果。需要时可重新开始该操作。");
      release();
    });
    renderApp({ workbench: null, hostInfo: { inExcel: false }, openFile: async () => wb, download: jest.fn(), cancel });
    chooseFile("名册.xlsx");
    await screen.findByText("当前文件：名册.xlsx");

    fireEvent.click(button("一键排名"));
    expect(await screen.findByText(STEPS.read)).toBeTruthy();
    expect(isDisabled(button("下载结果工作簿"))).toBe(true);
    fireEvent.click(button("取消"));
    expect(await screen.findByText(/^操作已取消：工作簿保持操作开始前的状态/)).toBeTruthy();
    expect(cancel).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(isDisabled(button("一键排名"))).toBe(false));
    expect(screen.queryByRole("button", { name: "取消" })).toBeNull();
  });

  it("disables every button while a download runs; a second click does not download twice", async () => {
    const saved = deferred<Uint8Array>();
    const download = jest.fn<Promise<Uint8Array>, [ProgressFn?]>(() => saved.promise);
    renderApp({ workbench: null, hostInfo: { inExcel: false }, openFile: async () => new FakeWorkbench("file"), download, cancel: jest.fn() });
    chooseFile("名册.xlsx");
    await screen.findByText("当前文件：名册.xlsx");

    fireEvent.click(button("下载结果工作簿"));
    fireEvent.click(button("下载结果工作簿"));
    act(() => download.mock.calls[0][0]?.("正在生成结果工作簿（14 张工作表）…", 0.1));
    expect(await screen.findByText("正在生成结果工作簿（14 张工作表）…")).toBeTruthy();
    for (const name of ["一键排名", "校验", "下载结果工作簿"]) expect(isDisabled(button(name))).toBe(true);
    expect(screen.getByRole("button", { name: "取消" })).toBeTruthy();

    await act(async () => saved.resolve(new Uint8Array([1])));
    await waitFor(() => expect(isDisabled(button("下载结果工作簿"))).toBe(false));
    expect(download).toHaveBeenCalledTimes(1);
  });

  it("inside Excel shows the progress and disables the buttons, but offers no 取消 (an Office.js call cannot be stopped)", async () => {
    const wb = new FakeWorkbench("excel", { presentSheets: ["单位名册"], missingSheets: [] });
    renderApp({ workbench: wb, hostInfo: { inExcel: true }, cancel: jest.fn() });
    await screen.findByText("活动年度：2010年");
    const release = wb.hold();
    fireEvent.click(button("一键排名"));
    expect(await screen.findByText(STEPS.read)).toBeTruthy();
    expect(isDisabled(button("校验"))).toBe(true);
    expect(screen.queryByRole("button", { name: "取消" })).toBeNull();
    await act(async () => release());
    await waitFor(() => expect(isDisabled(button("校验"))).toBe(false));
  });
});
