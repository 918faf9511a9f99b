import type { Workbench } from "../../src/app/workbench";
import { excelWorkbench, fileWorkbench } from "../../src/taskpane/wiring";

// The adapters are replaced: these tests are about what the wiring does with them.
const requirements = { ok: true, missing: [] as string[], degraded: [] as string[], message: "" };
jest.mock("../../src/excel", () => ({
  checkRequirements: () => requirements,
  createOfficePort: () => ({ run: jest.fn() }),
  selectCell: jest.fn(),
}));
const saved = new Uint8Array([1, 2, 3]);
jest.mock("../../src/xlsx/xlsx-port", () => ({
  openXlsxPort: async () => ({ port: { run: jest.fn() }, save: async () => saved }),
}));
let failRank = false;
jest.mock("../../src/app/operations", () => ({
  makeWorkbench: (_port: unknown, mode: string): Workbench => ({
    mode: mode as Workbench["mode"],
    state: async () => ({ presentSheets: [], missingSheets: [], year: 2010 }),
    createWorkbook: async () => ({ ok: true, findings: [], message: "ok" }),
    rank: async () => {
      if (failRank) throw new Error("写入失败");
      return { ok: true, findings: [], message: "ok" };
    },
    validate: async () => ({ ok: true, findings: [], message: "ok" }),
    report: async () => ({ ok: true, findings: [], message: "ok" }),
    dashboard: async () => ({ ok: true, findings: [], message: "ok" }),
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
    await expect(fileWorkbench(clock).download()).rejects.toThrow("请先选择一个工作簿");
  });

  it("opens a file-mode workbench and downloads the saved bytes after an action", async () => {
    const files = fileWorkbench(clock);
    const wb = await files.openFile(new ArrayBuffer(4));
    expect(wb.mode).toBe("file");
    await wb.rank(() => undefined);
    expect(await files.download()).toBe(saved);
  });

  it("refuses to download a workbook that an action left half written, until a file is chosen again", async () => {
    const files = fileWorkbench(clock);
    const wb = await files.openFile(new ArrayBuffer(4));
    failRank = true;
    await expect(wb.rank(() => undefined)).rejects.toThrow("写入失败");
    await expect(files.download()).rejects.toThrow(/可能不完整/);

    failRank = false;
    await files.openFile(new ArrayBuffer(4));
    expect(await files.download()).toBe(saved);
  });
});
