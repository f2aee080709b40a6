import type { WireStory } from '../model/story.ts';
import { isSchemaUri } from './uri-syntax.ts';
import { isRealDate } from './trailer-time.ts';

export const NINJS_SCHEMA_URI = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#';

/** infoSources roles: which party wrote the copy and which delivered it. */
export const INFO_SOURCE_ROLES = { agency: 'originator', distributor: 'distributor' } as const;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

const DATE_TIME = /^(\d{4})-?(\d{2})-?(\d{2})[T ](\d{2}):?(\d{2})(?::?(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * A timestamp as RFC 3339, as ninjs requires, or undefined. Feeds write
 * "+0100" offsets and compact forms; a timestamp without a zone is taken as UTC.
 */
export function toRfc3339(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = DATE_TIME.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s = '00', frac = '', zone = 'Z'] = m;
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  const out = `${y}-${mo}-${d}T${h}:${mi}:${s}${frac}${offset}`;
  if (Number.isNaN(new Date(out).getTime())) return undefined;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) return undefined;
  // JavaScript's Date rolls 30 February over into March; RFC 3339 (and ninjs) does not.
  if (!isRealDate({ year: Number(y), month: Number(mo), day: Number(d) })) return undefined;
  return out;
}

function wordCount(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** A URI ninjs accepts ("format": "uri" needs a scheme); anything else falls back. */
function isUri(value: string): boolean {
  return /^[A-Za-z][A-Za-z\d+.-]*:[^\s]*$/.test(value) && isSchemaUri(value);
}

/**
 * The story as a ninjs 3.1 object (valid against ninjs-schema_3.1.json). Fields
 * the copy does not have are left out, never filled with guesses.
 */
export function toNinjs(story: WireStory, opts: { fallbackUri: string }): Record<string, unknown> {
  const plain = story.body.join('\n\n');
  const html = story.body.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
  const ninjs: Record<string, unknown> = {
    uri: story.uri !== undefined && isUri(story.uri) ? story.uri : opts.fallbackUri,
    standard: { name: 'ninjs', version: '3.1', schema: NINJS_SCHEMA_URI },
    type: 'text',
    representationType: 'full',
  };
  const set = (key: string, value: unknown) => {
    if (value !== undefined && value !== '') ninjs[key] = value;
  };
  set('version', story.version !== undefined ? String(story.version) : undefined);
  set('firstCreated', toRfc3339(story.firstCreated));
  set('versionCreated', toRfc3339(story.versionCreated));
  set('embargoedUntil', toRfc3339(story.embargoedUntil));
  ninjs.pubStatus = story.pubStatus;
  set('urgency', story.urgency);
  set('copyrightNotice', story.copyright);
  set('usageTerms', story.usageTerms);
  set('edNote', story.edNote);
  set('language', story.language);
  ninjs.headlines = [{ role: 'main', contentType: 'text/plain', value: story.headline }];
  set('by', story.byline);
  set('slugline', story.slugline);
  set('located', story.dateline?.place);
  const infoSources: Array<{ name: string; role: string }> = [];
  if (story.provider) infoSources.push({ name: story.provider, role: INFO_SOURCE_ROLES.agency });
  if (story.distributor) infoSources.push({ name: story.distributor, role: INFO_SOURCE_ROLES.distributor });
  if (infoSources.length > 0) ninjs.infoSources = infoSources;
  ninjs.bodies = [
    { role: 'text', contentType: 'text/plain', charCount: plain.length, wordCount: wordCount(plain), value: plain },
    { role: 'html', contentType: 'text/html', value: html },
  ];
  return ninjs;
}
