/** @jest-environment jsdom */
/** The pane's 排名说明 (issue 23): a typed code, or a unit of 问责名单 picked with one click, shows its explanation. */
import { fireEvent, render, screen } from "@testing-library/react";
import type { ExplainedUnit } from "../../src/app/workbench";
import { RankExplain } from "../../src/taskpane/components/RankExplain";

const EXPLAINED: ExplainedUnit[] = [
  {
    unitCode: "Z03",
    unitName: "儒林镇",
    lines: ["总分：评议得分 74.93 + 加减分 0.00 = 74.93  74.93", "名次：比上一名 Z05 尧塘镇（75.10）低 0.17 分；本类最后"],
  },
  { unitCode: "B26", unitName: "市商务局", lines: ["问责稳健性：需复核：去掉评议主体“党代表”的全部评分后，最后一位变为 B13 市人社局"] },
];

describe("RankExplain", () => {
  it("shows the explanation of a typed code", () => {
    render(<RankExplain explanations={EXPLAINED} suggested={["B26"]} />);
    fireEvent.change(screen.getByLabelText("单位编码"), { target: { value: "Z03" } });
    fireEvent.click(screen.getByRole("button", { name: "查看排名说明" }));
    expect(screen.getByText("Z03 儒林镇")).toBeTruthy();
    expect(screen.getByText(/比上一名 Z05 尧塘镇/)).toBeTruthy();
  });

  it("picks a unit of 问责名单 with one click", () => {
    render(<RankExplain explanations={EXPLAINED} suggested={["B26", "B26"]} />);
    fireEvent.click(screen.getByRole("button", { name: "B26" }));
    expect(screen.getByText(/去掉评议主体“党代表”的全部评分后/)).toBeTruthy();
  });

  it("says what to type when the code is unknown", () => {
    render(<RankExplain explanations={EXPLAINED} suggested={[]} />);
    fireEvent.change(screen.getByLabelText("单位编码"), { target: { value: "X99" } });
    fireEvent.click(screen.getByRole("button", { name: "查看排名说明" }));
    expect(screen.getByRole("alert").textContent).toContain("没有找到单位“X99”的排名说明");
  });
});
