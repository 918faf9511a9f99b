/**
 * Outside Excel: say so plainly, let the user choose an .xlsx to work on in the browser,
 * and download the result. The file is read here and handed to a callback, so the
 * component knows nothing of exceljs; the pane shows the progress of opening and
 * downloading (with 取消) like that of any action.
 */
import { DefaultButton, MessageBar, MessageBarType, Stack, Text } from "@fluentui/react";
import { useRef, useState, type ChangeEvent } from "react";
import { FOCUS_IDS } from "../focus";

export interface FileModePanelProps {
  /** Name of the open file, or null before one is chosen. */
  fileName: string | null;
  /** An action, an open or a download runs: the chooser and the download are disabled (the pane shows its progress). */
  busy: boolean;
  onOpen: (name: string, data: ArrayBuffer) => Promise<void>;
  /** Shows a failure to read or open the file. */
  onError: (error: unknown) => void;
  /** Absent when this build cannot produce a result workbook. */
  onDownload?: () => Promise<void>;
}

/** Reads a chosen file as an ArrayBuffer (FileReader where Blob.arrayBuffer is missing). */
export function readFile(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error("无法读取所选文件。"));
    reader.readAsArrayBuffer(file);
  });
}

/** The not-in-Excel notice, the file chooser and the download button. */
export function FileModePanel({ fileName, busy, onOpen, onError, onDownload }: FileModePanelProps) {
  const input = useRef<HTMLInputElement>(null);
  const [opening, setOpening] = useState(false);

  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ""; // choosing the same file again must fire change again
    if (!file) return;
    setOpening(true);
    try {
      await onOpen(file.name, await readFile(file));
    } catch (e) {
      onError(e);
    } finally {
      setOpening(false);
    }
  };

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <MessageBar messageBarType={MessageBarType.info} isMultiline>
        当前未在 Excel 中运行。可以在浏览器中打开一个 .xlsx 工作簿进行校验和排名，再下载结果工作簿；文件只在本机处理，不会上传。
      </MessageBar>
      {/* The native chooser's own text ("No file chosen") is the browser's, not ours: a Fluent button opens it instead. */}
      <Stack horizontal>
        <DefaultButton
          text="选择工作簿（.xlsx）…"
          iconProps={{ iconName: "OpenFile" }}
          disabled={busy || opening}
          onClick={() => input.current?.click()}
        />
      </Stack>
      <input
        ref={input}
        hidden
        aria-label="选择工作簿（.xlsx）"
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={busy || opening}
        onChange={(e) => void onChange(e)}
      />
      {fileName && (
        <Text variant="small" id={FOCUS_IDS.file} tabIndex={-1}>
          当前文件：{fileName}
        </Text>
      )}
      {fileName && onDownload && (
        <Stack horizontal>
          <DefaultButton
            id={FOCUS_IDS.download}
            text="下载结果工作簿"
            iconProps={{ iconName: "Download" }}
            disabled={busy || opening}
            onClick={() => void onDownload()}
          />
        </Stack>
      )}
    </Stack>
  );
}
