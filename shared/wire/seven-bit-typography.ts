/**
 * AP's 7-bit copy spells typography with ASCII: `` and '' for curly double
 * quotes, ` for an opening single quote, a lone _ for a dash, { for ½ after a
 * figure. Copydesk shows the characters the editor would see in print.
 */
export interface SevenBitStyle {
  /** The copy uses `` '' quotes (decided once per transmission, so ' stays an apostrophe elsewhere). */
  quotes: boolean;
}

export function sevenBitStyleOf(text: string): SevenBitStyle {
  return { quotes: text.includes('``') };
}

const QUOTES: Record<string, string> = { '``': '“', "''": '”', '`': '‘' };

export function fromSevenBit(text: string, style: SevenBitStyle): string {
  let t = text;
  if (style.quotes && (t.includes('`') || t.includes("''"))) t = t.replace(/``|''|`/g, (q) => QUOTES[q] as string);
  if (t.includes('_')) t = t.replace(/(^|\s)_(?=\s|$)/g, '$1—');
  if (t.includes('{')) t = t.replace(/(\d)\{/g, '$1½');
  return t;
}
