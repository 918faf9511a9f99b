/**
 * How a task status looks in the pane: always its word, with a colour beside it (never
 * colour alone). The colours keep at least 4.5:1 contrast on white, so they also serve
 * as text colours.
 */
import type { TaskStatusWord } from "../../../domain/supervision/task-status";

export const STATUS_COLORS: Record<TaskStatusWord, string> = {
  已完成: "#107c10",
  正常: "#005a9e",
  滞后: "#8a5300",
  逾期: "#a4262c",
  未报送: "#605e5c",
};

/** The statuses in the order the pane lists them: those to chase first. */
export const STATUS_ORDER: readonly TaskStatusWord[] = ["逾期", "滞后", "未报送", "正常", "已完成"];
