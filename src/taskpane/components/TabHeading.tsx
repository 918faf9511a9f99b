/** A tab's heading (focusable from script, for the guide) and its link to the local help page. */
import { Link, Stack, Text } from "@fluentui/react";
import { tabHeadingId } from "../focus";
import { TABS, type TabKey } from "../stage-guide";

export interface TabHeadingProps {
  tab: TabKey;
  /** One line under the heading: what this tab is for. */
  intro: string;
}

/** "准备" + 帮助 (help.html#prepare, shipped with the add-in, no network) + the intro line. */
export function TabHeading({ tab, intro }: TabHeadingProps) {
  const { name, help } = TABS.find((t) => t.key === tab) ?? TABS[0];
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      {/* Plain flex, not a wrapping Stack: Fluent's wrap pulls its children 4 px left, off the pane's 20 px margin. */}
      <div style={{ display: "flex", flexWrap: "wrap", justifyContent: "space-between", alignItems: "baseline", columnGap: 8 }}>
        <Text variant="large" as="h2" id={tabHeadingId(tab)} tabIndex={-1} styles={{ root: { margin: 0 } }}>
          {name}
        </Text>
        <Link href={help} target="_blank" aria-label={`“${name}”的帮助（在新窗口打开）`}>
          帮助
        </Link>
      </div>
      <Text variant="small">{intro}</Text>
    </Stack>
  );
}
