import { agencyMentionedIn, knownAgency } from '../agencies.ts';

/** "http://www.acmenews.com/about/" → "acmenews.com"; undefined when the value is no web address or domain. */
function hostOf(value: string): string | undefined {
  const m = /^(?:[a-z][a-z\d+.-]*:\/\/)?(?:www\.)?([a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,})(?::\d+)?(?:\/\S*)?$/i.exec(value);
  return m ? (m[1] as string).toLowerCase() : undefined;
}

/**
 * An agency as XML metadata names it ("reuters.com", "nprov:REUTERS",
 * "Agencia EFE", "AFP") → its usual name ("Reuters", "EFE", "AFP"), or the
 * name as written when it is no agency Copydesk knows.
 */
export function agencyName(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const name = value.trim();
  if (name === '') return undefined;
  const known = knownAgency(name);
  if (known) return known;
  const host = hostOf(name);
  if (host !== undefined) return knownAgency(host.split('.')[0] as string) ?? host;
  return agencyMentionedIn(name) ?? name;
}

/** The local part of a QCode or the last segment of a URI: "nprov:REUTERS" → "REUTERS", ".../pubstatusg2/usable" → "usable". */
export function codeOf(qcode: string | undefined): string | undefined {
  if (qcode === undefined) return undefined;
  const t = qcode.trim().replace(/\/+$/, '');
  const cut = Math.max(t.lastIndexOf(':'), t.lastIndexOf('/'), t.lastIndexOf('#'));
  const code = t.slice(cut + 1);
  return code === '' ? undefined : code;
}
