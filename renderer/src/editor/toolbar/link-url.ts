import { isAllowedLinkUrl } from '../../../../shared/editor/editor-nodes.ts';

export type LinkUrlCheck = { ok: true; url: string } | { ok: false; message: string };

/**
 * What an editor typed as a link's address, as the story may keep it: web
 * addresses only. "www.example.com" gets its https:// (as a browser's address
 * bar would); anything else gets a reason it was refused.
 */
export function checkLinkUrl(typed: string): LinkUrlCheck {
  const text = typed.trim();
  if (text === '') return { ok: false, message: 'Type the web address the link goes to.' };
  // "localhost:3000" has a colon but no scheme: a scheme's colon is not followed by a port number.
  const scheme = /^([a-z][a-z0-9+.-]*):(?!\d)/i.exec(text)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    return { ok: false, message: `Only web links (http:// or https://) can go in a story, not ${scheme}: links.` };
  }
  const url = scheme === undefined ? `https://${text}` : text;
  if (!isAllowedLinkUrl(url)) return { ok: false, message: `“${text}” is not a web address. Links start with http:// or https://.` };
  return { ok: true, url };
}
