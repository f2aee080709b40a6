const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** A one-line field (headline, byline, subject) as an editor should see it: controls gone, whitespace collapsed. */
export function oneLine(value: string): string {
  return value.replace(CONTROLS, '').replace(/\s+/g, ' ').trim();
}
