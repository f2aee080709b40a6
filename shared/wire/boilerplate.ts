import type { RemovedPart } from '../model/story.ts';

/** What a line or paragraph that is not story text turned out to be. */
export type Boilerplate =
  | { kind: 'removed'; part: RemovedPart; distributor?: string }
  | { kind: 'copyright'; copyright: string; usageTerms?: string }
  | { kind: 'usage-terms'; usageTerms: string };

const SEPARATOR = /^(?:[-‐‑‒–—―_=~*#•·+]\s*)+$|^-\s*30\s*-$|^\(?ENDS?\)?$/u;

const RATING = [/^Rating:\s*\d+(?:[.,]\d+)?\s*\/\s*\d+\b/i, /^\(?(?:from\s+)?\d+\s+votes?\)?\.?$/i];

/** Whole lines a web page leaves behind when copy is scraped from it. */
const PAGE_DEBRIS_LINE =
  /^(?:please wait|loading|cargando|chargement(?: en cours)?|wird geladen|bitte warten|share|share this(?: article| story)?|share on (?:facebook|twitter|x|linkedin|whatsapp)|tweet|email|e-mail|print|print this (?:article|page|story)|advertisement|advertising|publicidad|anzeige|publicité|like this|like|related|related (?:articles|stories|content|posts)|read more|read next|comments?|leave a (?:comment|reply)|subscribe|follow us|back to top|skip to (?:main )?content)\s*(?:[:.…]|\.{3})?$/i;
const PAGE_DEBRIS_START = /^(?:click here\b|tap here\b|see also:|also read:|read more:|tags?:|filed under:|categories:|sign up (?:for|to) (?:our|the)\b[^.]*newsletter|subscribe to (?:our|the)\b[^.]*newsletter)/i;

// "This content is published through a licensing agreement with Acquire Media using its NewsEdge technology."
const LICENSING = /\bpublished through a licensing agreement with (.{2,80}?) using its (.{2,40}?) technology\b/i;
const DISTRIBUTED_BY = /^(?:distributed|provided|syndicated|supplied) (?:by|through) (.{2,80}?)\.?$/i;

const COPYRIGHT_START = /^(?:©|\(c\)|copyright\b)/i;
const COPYRIGHT_MARK = /©|\(c\)|\ball rights reserved\b|\bcopyright\s+(?:©\s*)?(?:19|20)\d{2}\b|\b(?:19|20)\d{2}\b/i;
/** Where the usage terms start inside a copyright line (AP's "This material may not be published…"). */
const USAGE_PHRASES = String.raw`this (?:material|article|story) may not be|no part of this|may not be (?:published|reproduced|redistributed)|not for (?:publication|redistribution)|redistribution (?:or|and) reproduction|está (?:expresamente )?prohibid[ao]|queda prohibid[ao]|(?:toute )?reproduction (?:est )?interdite|è vietat[ao]`;
const USAGE_START = new RegExp(String.raw`\s(?=(?:${USAGE_PHRASES}))`, 'i');
const USAGE_LINE = new RegExp(String.raw`^(?:${USAGE_PHRASES})`, 'i');

const BOILERPLATE = [
  /^Our Standards:\s*The Thomson Reuters Trust Principles\.?$/i,
  /^Follow (?:AP|Reuters|AFP)['’]s (?:full )?coverage\b/i,
];

function removed(kind: RemovedPart['kind'], text: string): Boilerplate {
  return { kind: 'removed', part: { kind, text } };
}

/**
 * Classifies one line or paragraph (whitespace already collapsed). Only whole
 * lines are ever matched, so story sentences that merely mention these words stay.
 */
export function classifyBoilerplate(text: string): Boilerplate | undefined {
  if (text === '' || text.length > 600) return undefined;
  if (SEPARATOR.test(text)) return removed('separator', text);
  if (RATING.some((r) => r.test(text))) return removed('rating', text);
  if (PAGE_DEBRIS_LINE.test(text) || (text.length <= 200 && PAGE_DEBRIS_START.test(text))) return removed('page-debris', text);

  const licensing = LICENSING.exec(text);
  if (licensing && text.length <= 300) {
    return { kind: 'removed', part: { kind: 'syndication', text }, distributor: `${(licensing[1] as string).trim()} (${(licensing[2] as string).trim()})` };
  }
  const distributed = DISTRIBUTED_BY.exec(text);
  if (distributed && text.length <= 120) {
    return { kind: 'removed', part: { kind: 'syndication', text }, distributor: (distributed[1] as string).trim() };
  }

  if (COPYRIGHT_START.test(text) && COPYRIGHT_MARK.test(text) && text.length <= 400) {
    const split = USAGE_START.exec(text);
    if (split && split.index > 0) {
      return { kind: 'copyright', copyright: text.slice(0, split.index).trim(), usageTerms: text.slice(split.index).trim() };
    }
    return { kind: 'copyright', copyright: text };
  }
  if (USAGE_LINE.test(text)) return { kind: 'usage-terms', usageTerms: text };
  if (BOILERPLATE.some((r) => r.test(text))) return removed('boilerplate', text);
  return undefined;
}
