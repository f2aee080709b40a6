/** How many bytes a base64 string decodes to, without decoding it. */
export function base64DecodedLength(text: string): number {
  let padding = 0;
  if (text.endsWith('==')) padding = 2;
  else if (text.endsWith('=')) padding = 1;
  return Math.floor((text.length * 3) / 4) - padding;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Node's decoder silently skips garbage; an upload that is not base64 must be refused instead. */
export function isBase64(text: string): boolean {
  return BASE64.test(text);
}
