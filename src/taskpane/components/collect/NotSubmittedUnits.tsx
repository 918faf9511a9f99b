/**
 * The units with nothing submitted yet, grouped by 单位类别 with their names, collapsed by
 * default: a native <details>, which every browser makes keyboard- and screen-reader-operable.
 */
import type { CollectSummary } from "../../../app/workbench";
import { COLLECT_LIST } from "./table-style";

/** Categories in roster order, each with its units. */
function byCategory(units: CollectSummary["notSubmittedUnits"]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const u of units) {
    const category = u.category || "（未分类）";
    groups.set(category, [...(groups.get(category) ?? []), u.name ? `${u.code} ${u.name}` : u.code]);
  }
  return [...groups];
}

/** The collapsed list, or nothing when every unit has submitted. */
export function NotSubmittedUnits({ summary }: { summary: CollectSummary }) {
  // notSubmittedUnits carries the names; a summary without them still lists the codes.
  const units =
    summary.notSubmittedUnits.length > 0 ? summary.notSubmittedUnits : summary.notSubmitted.map((code) => ({ code, name: "", category: "" }));
  if (units.length === 0) return null;
  return (
    <details style={{ fontSize: 12 }}>
      <summary style={{ cursor: "pointer", padding: "4px 0" }}>尚未报送的单位（{units.length} 个，按单位类别）</summary>
      <ul className={COLLECT_LIST}>
        {byCategory(units).map(([category, names]) => (
          <li key={category}>
            <strong>
              {category}（{names.length} 个）
            </strong>
            ：{names.join("、")}
          </li>
        ))}
      </ul>
    </details>
  );
}
