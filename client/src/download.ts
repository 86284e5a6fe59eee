/** Saves a file the page fetched, as the browser's download of it. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started by then; the object URL only holds memory.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
