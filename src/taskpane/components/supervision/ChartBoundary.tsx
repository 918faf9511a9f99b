/**
 * Keeps the pane alive when the charts cannot be shown (their chunk failed to load, or a
 * chart failed to draw): the board's figures are already in words above, so the pane says
 * what happened and carries on instead of going blank.
 */
import { MessageBar, MessageBarType } from "@fluentui/react";
import { Component, type ReactNode } from "react";

interface State {
  failed: boolean;
}

/** Renders `children`, or a warning when they throw. */
export class ChartBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar messageBarType={MessageBarType.warning} isMultiline>
        图表未能加载，上面的数字不受影响，工作簿中的“工作看板”也已生成。请关闭并重新打开任务窗格后再试。
      </MessageBar>
    );
  }
}
