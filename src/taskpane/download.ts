/** Hands bytes to the browser as a download: a Blob URL and a clicked link, nothing sent anywhere. */

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const ZIP_TYPE = "application/zip";
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Offers `bytes` as `fileName` for download (an .xlsx unless `type` says otherwise). */
export function saveBytes(bytes: Uint8Array, fileName: string, doc: Document = document, type: string = XLSX_TYPE): void {
  // Copy into a fresh ArrayBuffer: a view over a larger or shared buffer is not a valid BlobPart everywhere.
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  doc.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoke after the click has been handled; revoking at once cancels the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

/** "名册.xlsx" → "名册-结果.xlsx": the name of the result workbook for a chosen file. */
export function resultFileName(chosen: string): string {
  const base = chosen.replace(/\.xlsx$/i, "") || "工作簿";
  return `${base}-结果.xlsx`;
}
