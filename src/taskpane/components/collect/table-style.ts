/** The look of the collect preview's small tables: two columns that wrap, never scrolling sideways at 350 px or 200% zoom. */
import { mergeStyles } from "@fluentui/react";

export const COLLECT_TABLE = mergeStyles({
  borderCollapse: "collapse",
  width: "100%",
  fontSize: 12,
  selectors: {
    "th, td": { border: "1px solid #8a8886", padding: "4px", textAlign: "left", verticalAlign: "top", overflowWrap: "anywhere" },
    caption: { textAlign: "left", fontWeight: 600, padding: "4px 0", overflowWrap: "anywhere" },
  },
});

/** A plain list on the 4 px grid, indented enough for its bullets. */
export const COLLECT_LIST = mergeStyles({
  margin: 0,
  paddingLeft: 20,
  fontSize: 12,
  selectors: { li: { padding: "2px 0", overflowWrap: "anywhere" } },
});
