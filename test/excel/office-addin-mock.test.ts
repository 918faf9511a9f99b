/**
 * Thin adapter tests with office-addin-mock, written the way its documentation shows
 * (mock data with a `run` that calls back with `context`). The mock neither throws on
 * unloaded reads nor counts syncs, so everything beyond this lives on the strict fake.
 */
import { OfficeMockObject } from "office-addin-mock";
import { ExcelOperationError, selectCell } from "../../src/excel";

const globals = globalThis as Record<string, unknown>;
afterEach(() => delete globals.Excel);

function mockData() {
  return {
    context: {
      workbook: {
        worksheets: {
          sheet: {
            activated: false,
            range: {
              address: "",
              selected: false,
              select: function (this: { selected: boolean }) {
                this.selected = true;
              },
            },
            activate: function (this: { activated: boolean }) {
              this.activated = true;
            },
            getRange: function (this: { range: { address: string } }, address: string) {
              this.range.address = address;
              return this.range;
            },
          },
          requested: "",
          getItem: function (this: { requested: string; sheet: unknown }, name: string) {
            this.requested = name;
            return this.sheet;
          },
        },
      },
    },
    run: async function (this: { context: unknown }, callback: (context: unknown) => Promise<unknown>) {
      return await callback(this.context);
    },
  };
}

describe("selectCell with office-addin-mock", () => {
  it("activates the finding's sheet, selects its cell and syncs once", async () => {
    const excelMock = new OfficeMockObject(mockData()) as any;
    globals.Excel = excelMock;
    const sync = jest.spyOn(excelMock.context, "sync");
    await selectCell("工作进度", "D5");
    const worksheets = excelMock.context.workbook.worksheets;
    expect(worksheets.requested).toBe("工作进度");
    expect(worksheets.sheet.activated).toBe(true);
    expect(worksheets.sheet.range.address).toBe("D5");
    expect(worksheets.sheet.range.selected).toBe(true);
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it("explains in Chinese that Excel is in cell-edit mode", async () => {
    const data = mockData();
    data.run = async () => {
      throw Object.assign(new Error("Excel is in cell-editing mode."), { code: "InvalidOperationInCellEditMode" });
    };
    globals.Excel = new OfficeMockObject(data);
    const attempt = selectCell("工作进度", "D5");
    await expect(attempt).rejects.toBeInstanceOf(ExcelOperationError);
    await expect(attempt).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode", message: expect.stringContaining("结束编辑") });
  });
});
