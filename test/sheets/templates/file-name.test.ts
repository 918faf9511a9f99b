import type { Unit } from "../../../src/domain/types";
import { safeFileNamePart, templateFileName } from "../../../src/sheets/templates/file-name";
import { templateTasks } from "../../../src/sheets/templates/unit-tasks";

describe("template file names", () => {
  it("are {单位编码}_{单位名称}_{活动年度}.xlsx", () => {
    expect(templateFileName({ code: "T01", name: "城关镇" }, 2026)).toBe("T01_城关镇_2026.xlsx");
  });

  it("strip what Windows forbids, trailing dots and spaces, and dodge reserved names", () => {
    expect(templateFileName({ code: "D/1", name: 'a:b*c?"d"<e>|f\\g\u0001' }, 2026)).toBe("D_1_a_b_c__d__e__f_g__2026.xlsx");
    expect(safeFileNamePart("局办. . ")).toBe("局办");
    expect(safeFileNamePart("CON")).toBe("_CON");
    expect(safeFileNamePart("lpt1.txt")).toBe("_lpt1.txt");
    expect(safeFileNamePart("CONSOLE")).toBe("CONSOLE");
    expect(safeFileNamePart("  ")).toBe("_");
  });
});

describe("templateTasks", () => {
  const unit = (category: string) => ({ code: "K01", name: "某科室", category, parentCode: "D01", leader: "" }) as Unit;
  const task = (seq: number, lead: string, cooperating: string[]) => ({
    seq,
    project: "",
    content: `工作${seq}`,
    lead,
    cooperating,
    deadline: "2026-12-31",
    source: "",
  });
  const tasks = [task(2, "D01", ["K01"]), task(1, "K01", []), task(3, "某科室", [])];

  it("lists a unit's led and cooperated tasks by code or name, in 序号 order", () => {
    expect(templateTasks(unit("市级机关部门"), tasks).map((t) => [t.task.seq, t.role])).toEqual([
      [1, "牵头"],
      [2, "配合"],
      [3, "牵头"],
    ]);
  });

  it("lists only the tasks a key section leads", () => {
    expect(templateTasks(unit("重点科室"), tasks).map((t) => t.task.seq)).toEqual([1, 3]);
  });
});
