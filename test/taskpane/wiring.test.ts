import type { Workbench } from "../../src/app/workbench";
import { CancelledError } from "../../src/taskpane/worker-channel";
import { excelWorkbench, fileWorkbench } from "../../src/taskpane/wiring";
import type { FileOpener } from "../../src/worker/file-host";
import { InProcessWorker } from "./worker-in-process";

// The adapters are replaced: these tests are about what the wiring does with them.
const requirements = { ok: true, missing: [] as string[], degraded: [] as string[], message: "" };
jest.mock("../../src/excel", () => ({
  checkRequirements: () => requirements,
  createOfficePort: () => ({ run: jest.fn() }),
  selectCell: jest.fn(),
}));
// The real spawner needs the bundle's import.meta.url; the tests run the worker in-process.
jest.mock("../../src/taskpane/worker-spawn", () => ({ spawnFileWorker: () => undefined }));
const saved = new Uint8Array([1, 2, 3]);
const opener: FileOpener = async (_bytes, progress) => {
  progress("正在读取工作簿…", 0);
  await new Promise((resolve) => setTimeout(resolve, 10));
  return { port: { run: jest.fn() }, save: async () => saved.slice() };
};
const spawn = () => new InProcessWorker(opener);
let failRank = false;
jest.mock("../../src/app/operations", () => ({
  makeWorkbench: (_port: unknown, mode: string): Workbench => ({
    mode: mode as Workbench["mode"],
    state: async () => ({ presentSheets: [], missingSheets: [], year: 2010 }),
    createWorkbook: async () => ({ ok: true, findings: [], message: "ok" }),
    updateDateLimits: async () => ({ ok: true, findings: [], message: "ok" }),
    rank: async () => {
      if (failRank) throw new Error("写入失败");
      return { ok: true, findings: [], message: "ok" };
    },
    validate: async () => ({ ok: true, findings: [], message: "ok" }),
    report: async () => ({ ok: true, findings: [], message: "ok" }),
    noticeWord: async () => ({ ok: true, findings: [], message: "ok" }),
    dashboard: async () => ({ ok: true, findings: [], message: "ok" }),
    distributeTemplates: async () => ({ ok: true, findings: [], message: "ok" }),
    collect: async () => ({ ok: true, findings: [], message: "ok" }),
    undoCollect: async () => ({ ok: true, findings: [], message: "ok" }),
    lastCollectBatch: async () => null,
    returnNote: async () => ({ fileName: "x_退回说明.xlsx", bytes: new Uint8Array() }),
    selectCell: async () => undefined,
  }),
}));

const clock = () => new Date(2010, 7, 15);

describe("excelWorkbench", () => {
  afterEach(() => Object.assign(requirements, { ok: true, message: "" }));

  it("builds the Excel workbench with no warning when this Excel has everything", () => {
    const wiring = excelWorkbench(clock);
    expect(wiring.workbench?.mode).toBe("excel");
    expect(wiring.warning).toBeUndefined();
  });

  it("builds no workbench and says what is missing when a required set is lacking", () => {
    Object.assign(requirements, { ok: false, message: "此版本的 Excel 缺少工作台需要的功能：数据验证（ExcelApi 1.8）。" });
    const wiring = excelWorkbench(clock);
    expect(wiring.workbench).toBeNull();
    expect(wiring.warning).toBe("此版本的 Excel 缺少工作台需要的功能：数据验证（ExcelApi 1.8）。");
  });

  it("builds the workbench but passes on a warning when only optional sets are lacking", () => {
    Object.assign(requirements, { ok: true, message: "此版本的 Excel 不支持识别合并单元格；工作台的其余功能不受影响。" });
    const wiring = excelWorkbench(clock);
    expect(wiring.workbench).not.toBeNull();
    expect(wiring.warning).toMatch(/合并单元格/);
  });
});

describe("fileWorkbench", () => {
  afterEach(() => (failRank = false));

  it("refuses to download before a file is chosen", async () => {
    await expect(fileWorkbench(clock, spawn).download()).rejects.toThrow("请先选择一个工作簿");
  });

  it("opens a file-mode workbench in a worker and downloads the saved bytes after an action", async () => {
    const files = fileWorkbench(clock, spawn);
    const wb = await files.openFile(new ArrayBuffer(4));
    expect(wb.mode).toBe("file");
    await wb.rank(() => undefined);
    expect([...(await files.download())]).toEqual([...saved]);
  });

  it("passes an action's failure on in the worker's words", async () => {
    const files = fileWorkbench(clock, spawn);
    const wb = await files.openFile(new ArrayBuffer(4));
    failRank = true;
    await expect(wb.rank(() => undefined)).rejects.toThrow("写入失败");
  });

  it("cancel while a second file opens keeps the first one open", async () => {
    const files = fileWorkbench(clock, spawn);
    const first = await files.openFile(new ArrayBuffer(4));
    await expect(files.openFile(new ArrayBuffer(4), () => files.cancel())).rejects.toThrow(CancelledError);
    expect((await first.state()).year).toBe(2010);
    expect([...(await files.download())]).toEqual([...saved]);
  });
});
