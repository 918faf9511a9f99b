/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { resultFileName } from "../../src/taskpane/download";
import { FakeWorkbench } from "./fake-workbench";
import { button, renderApp } from "./render-app";

const XLSX_BYTES = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]); // a zip's magic, as an .xlsx starts

function chooseFile(name: string, bytes: Uint8Array<ArrayBuffer>) {
  const input = screen.getByLabelText("选择工作簿（.xlsx）") as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([bytes], name)] } });
}

describe("file mode (not in Excel)", () => {
  let created: Blob[];
  let clicked: { href: string; download: string }[];

  beforeEach(() => {
    created = [];
    clicked = [];
    // jsdom has no Blob URLs and does not follow links: record what the pane hands over.
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return `blob:test/${created.length}`;
    };
    URL.revokeObjectURL = () => undefined;
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
  });

  afterEach(() => jest.restoreAllMocks());

  it("says plainly that it is not running in Excel and offers a file, without actions before one is chosen", async () => {
    renderApp({ workbench: null, hostInfo: { inExcel: false }, openFile: jest.fn() });
    expect(await screen.findByText(/当前未在 Excel 中运行/)).toBeTruthy();
    expect(screen.getByLabelText("选择工作簿（.xlsx）")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "一键排名" })).toBeNull();
    expect(screen.queryByRole("button", { name: "下载结果工作簿" })).toBeNull();
  });

  it("opens the chosen file's bytes as a workbench and offers the same actions", async () => {
    const wb = new FakeWorkbench("file", { presentSheets: ["单位名册"], missingSheets: [] });
    const openFile = jest.fn<Promise<FakeWorkbench>, [ArrayBuffer]>(async () => wb);
    renderApp({ workbench: null, hostInfo: { inExcel: false }, openFile });

    chooseFile("示例.xlsx", XLSX_BYTES);
    await screen.findByText("当前文件：示例.xlsx");
    expect(openFile).toHaveBeenCalledTimes(1);
    expect([...new Uint8Array(openFile.mock.calls[0][0])]).toEqual([...XLSX_BYTES]);

    fireEvent.click(button("一键排名"));
    await screen.findByText("排名完成");
    expect(wb.actions()).toEqual([{ op: "rank" }]);
  });

  it("downloads the result workbook's bytes under the chosen file's name", async () => {
    const result = new Uint8Array([9, 8, 7, 6]);
    const download = jest.fn(async () => result);
    renderApp({ workbench: null, hostInfo: { inExcel: false }, openFile: async () => new FakeWorkbench("file"), download });
    chooseFile("名册.xlsx", XLSX_BYTES);
    await screen.findByText("当前文件：名册.xlsx");

    await act(async () => fireEvent.click(button("下载结果工作簿")));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(download).toHaveBeenCalledTimes(1);
    expect(clicked[0]).toEqual({ href: "blob:test/1", download: "名册-结果.xlsx" });
    // The button was disabled while the download ran: focus is given back to it, not left on the body.
    await waitFor(() => expect(document.activeElement).toBe(button("下载结果工作簿")));
    const bytes = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(created[0]);
    });
    expect([...new Uint8Array(bytes)]).toEqual([9, 8, 7, 6]);
  });

  it("shows the error when the chosen file cannot be opened, and keeps offering a file", async () => {
    const openFile = jest.fn(async () => {
      throw new Error("所选文件不是有效的 .xlsx 工作簿。");
    });
    renderApp({ workbench: null, hostInfo: { inExcel: false }, openFile });
    chooseFile("坏文件.xlsx", new Uint8Array([1, 2, 3]));
    expect(await screen.findByText("所选文件不是有效的 .xlsx 工作簿。")).toBeTruthy();
    expect(screen.queryByText(/当前文件/)).toBeNull();
    expect((screen.getByLabelText("选择工作簿（.xlsx）") as HTMLInputElement).disabled).toBe(false);
    // Focus is on the error; dismissing it leaves focus on the pane's title, never on the body.
    await waitFor(() => expect(document.activeElement?.textContent).toContain("所选文件不是有效的 .xlsx 工作簿。"));
    fireEvent.click(screen.getByRole("button", { name: "关闭" }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("heading", { name: "提升年工作台", level: 1 })));
  });

  it("clears the error about a bad file once a good one is opened", async () => {
    const openFile = jest
      .fn<Promise<FakeWorkbench>, [ArrayBuffer]>()
      .mockRejectedValueOnce(new Error("所选文件不是有效的 .xlsx 工作簿。"))
      .mockResolvedValueOnce(new FakeWorkbench("file"));
    renderApp({ workbench: null, hostInfo: { inExcel: false }, openFile });
    chooseFile("坏文件.xlsx", new Uint8Array([1, 2, 3]));
    await screen.findByText("所选文件不是有效的 .xlsx 工作簿。");
    chooseFile("好文件.xlsx", XLSX_BYTES);
    await screen.findByText("当前文件：好文件.xlsx");
    await waitFor(() => expect(screen.queryByText("所选文件不是有效的 .xlsx 工作簿。")).toBeNull());
  });

  it("shows the error when the download fails", async () => {
    const download = jest.fn(async (): Promise<Uint8Array> => {
      throw new Error("保存工作簿失败：内存不足。");
    });
    renderApp({ workbench: null, hostInfo: { inExcel: false }, openFile: async () => new FakeWorkbench("file"), download });
    chooseFile("名册.xlsx", XLSX_BYTES);
    await screen.findByText("当前文件：名册.xlsx");
    fireEvent.click(button("下载结果工作簿"));
    expect(await screen.findByText("保存工作簿失败：内存不足。")).toBeTruthy();
    expect(clicked).toHaveLength(0);
  });

  it("does not show file mode inside Excel", async () => {
    renderApp({ workbench: new FakeWorkbench("excel"), hostInfo: { inExcel: true } });
    await screen.findByText("活动年度：2010年");
    expect(screen.queryByText(/当前未在 Excel 中运行/)).toBeNull();
    expect(screen.queryByLabelText("选择工作簿（.xlsx）")).toBeNull();
  });

  it("shows what this Excel lacks as a warning", async () => {
    renderApp({ workbench: null, hostInfo: { inExcel: true, warning: "此版本的 Excel 不支持数据验证（需要 ExcelApi 1.8）。" } });
    // MessageBar renders its text a tick late (for screen readers), hence findBy.
    expect(await screen.findByText("此版本的 Excel 不支持数据验证（需要 ExcelApi 1.8）。")).toBeTruthy();
  });
});

describe("resultFileName", () => {
  it("adds -结果 before the extension, whatever its case", () => {
    expect(resultFileName("名册.xlsx")).toBe("名册-结果.xlsx");
    expect(resultFileName("DATA.XLSX")).toBe("DATA-结果.xlsx");
    expect(resultFileName(".xlsx")).toBe("工作簿-结果.xlsx");
  });
});
