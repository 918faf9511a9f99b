/**
 * 排名说明 in the pane (issue 23): type a unit's code (or pick a unit of 问责名单) and read how its
 * total was built, its place, the gaps to its neighbours and whether one evaluator decides it.
 */
import { DefaultButton, Stack, Text, TextField } from "@fluentui/react";
import { useState, type CSSProperties } from "react";
import type { ExplainedUnit } from "../../app/workbench";

export interface RankExplainProps {
  explanations: readonly ExplainedUnit[];
  /** Codes to offer as one-click choices (the units of 问责名单). */
  suggested: readonly string[];
}

const LINE: CSSProperties = { padding: "2px 0", overflowWrap: "anywhere" };

/** A code box, quick picks for the units of 问责名单, and the chosen unit's 排名说明. */
export function RankExplain({ explanations, suggested }: RankExplainProps) {
  const [code, setCode] = useState("");
  const [shown, setShown] = useState<string | null>(null);
  const wanted = (shown ?? "").trim();
  const found = explanations.find((e) => e.unitCode === wanted || e.unitName === wanted);
  const picks = [...new Set(suggested)].filter((c) => explanations.some((e) => e.unitCode === c));
  return (
    <section aria-label="排名说明">
      <Text as="h3" variant="mediumPlus" styles={{ root: { margin: 0 } }}>
        排名说明
      </Text>
      <Text block variant="small">
        输入单位编码或名称，查看总分如何算出、与上下名的差距，以及考评问责是否取决于个别评议人（五、问责追究：三是实施考评问责）。
      </Text>
      <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 8 }}>
        <TextField label="单位编码" value={code} onChange={(_, v) => setCode(v ?? "")} onKeyDown={(e) => e.key === "Enter" && setShown(code)} />
        <DefaultButton text="查看排名说明" onClick={() => setShown(code)} />
      </Stack>
      {picks.length > 0 && (
        <Stack horizontal wrap tokens={{ childrenGap: 4 }} aria-label="问责名单中的单位">
          {picks.map((c) => (
            <DefaultButton
              key={c}
              text={c}
              onClick={() => {
                setCode(c);
                setShown(c);
              }}
            />
          ))}
        </Stack>
      )}
      {shown !== null && !found && (
        <Text block variant="small" role="alert">
          没有找到单位“{wanted}”的排名说明：请输入参加排名的单位编码或名称（参加排名的单位超过 500
          个时，这里只说明问责名单中的单位，其余单位请看“排名结果”）。
        </Text>
      )}
      {found && (
        <div aria-live="polite">
          <Text block variant="small" styles={{ root: { fontWeight: 600 } }}>
            {found.unitCode} {found.unitName}
          </Text>
          {found.lines.map((line, i) => (
            <Text key={i} block variant="small" style={LINE}>
              {line}
            </Text>
          ))}
        </div>
      )}
    </section>
  );
}
