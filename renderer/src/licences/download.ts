/** Long enough for the browser to have read the Blob for its download. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Saves text as a file, as the browser (or Electron) saves any download: a
 * Blob URL on a link with a file name. Nothing leaves the machine.
 */
export function saveTextFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
