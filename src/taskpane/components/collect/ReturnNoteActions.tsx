/**
 * 下载退回说明 and 复制退回说明 for one refused or conflicting file: the .xlsx the file tools make
 * (the same sheet as the command line's return files), or the same content as text on the
 * clipboard. Copying is always offered: Excel on Mac does not let a task pane download files.
 * When the clipboard is refused too, the text is shown for the user to select and copy.
 */
import { DefaultButton, Stack, Text, TextField } from "@fluentui/react";
import { useId, useState } from "react";
import type { CollectFileLine } from "../../../app/workbench";
import type { Finding } from "../../../domain/findings";
import { copyText } from "../../copy-text";
import { returnNoteText } from "../../return-note-text";

export interface ReturnNoteActionsProps {
  line: CollectFileLine;
  findings: readonly Finding[];
  /** yyyy-mm-dd, the date the note carries. */
  today: string;
  running: boolean;
  /** Why this host cannot download (Excel on Mac), shown beside the button; null where it can. */
  downloadBlocker: string | null;
  /** Makes the .xlsx and offers it; `buttonId` is where focus goes back when it is done. */
  onDownload: (line: CollectFileLine, findings: readonly Finding[], buttonId: string) => void;
  /** Puts text on the clipboard (the browser's by default); true when it worked. */
  copy?: (text: string) => Promise<boolean>;
}

/** The two buttons, and what copying did. */
export function ReturnNoteActions({
  line,
  findings,
  today,
  running,
  downloadBlocker,
  onDownload,
  copy = (t) => copyText(t),
}: ReturnNoteActionsProps) {
  const downloadId = useId();
  const reasonId = useId();
  const [copied, setCopied] = useState<"done" | "failed" | null>(null);
  const text = returnNoteText(line, findings, today);
  const onCopy = async () => setCopied((await copy(text)) ? "done" : "failed");
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <DefaultButton
          id={downloadId}
          text="下载退回说明"
          ariaLabel={`下载退回说明：${line.file}`}
          disabled={running || downloadBlocker !== null}
          allowDisabledFocus
          aria-describedby={downloadBlocker ? reasonId : undefined}
          onClick={() => onDownload(line, findings, downloadId)}
        />
        <DefaultButton text="复制退回说明" ariaLabel={`复制退回说明：${line.file}`} onClick={() => void onCopy()} />
      </Stack>
      {downloadBlocker && (
        <Text id={reasonId} variant="small">
          {downloadBlocker}
        </Text>
      )}
      <div role="status">{copied === "done" && <Text variant="small">已复制“{line.file}”的退回说明，可粘贴到邮件或即时消息中发给单位。</Text>}</div>
      {copied === "failed" && (
        <Stack tokens={{ childrenGap: 4 }}>
          <Text variant="small">此处不允许写入剪贴板：请在下面选中全部文字（Ctrl+A 或 ⌘A），再复制发给单位。</Text>
          <TextField label={`“${line.file}”的退回说明`} multiline readOnly autoAdjustHeight value={text} />
        </Stack>
      )}
    </Stack>
  );
}
