import type { RemovedPart } from '../model/story.ts';
import { parseBareDatelineLead } from './bare-dateline.ts';
import { classifyBoilerplate } from './boilerplate.ts';
import { parseDatelineLead, type DatelineLead } from './dateline.ts';
import { isSignoffParagraph, splitTrailingSignoff } from './signoff.ts';

/**
 * What the plain-text conventions find in a body that arrived already split
 * into paragraphs (JSON, HTML): the same dateline, boilerplate and sign-off
 * rules agency plain text gets, without re-guessing headline and byline, which
 * structured formats carry as fields.
 */
export interface BodyConventions {
  body: string[];
  /** Indexes into `body` that must not be reflowed, carried over from the input. */
  preformatted: number[];
  lead?: DatelineLead;
  signoff?: string;
  copyright?: string;
  usageTerms?: string;
  distributor?: string;
  removed: RemovedPart[];
  warnings: string[];
}

/** The dateline at the start of the first paragraph, bracketed ("PARIS (AFP) -") or AAP's bare form. */
export function datelineLeadOf(paragraph: string | undefined): DatelineLead | undefined {
  if (paragraph === undefined) return undefined;
  return parseDatelineLead(paragraph) ?? parseBareDatelineLead(paragraph);
}

export function applyBodyConventions(paragraphs: readonly string[], preformatted: readonly number[] = []): BodyConventions {
  const keep = new Set(preformatted);
  const result: BodyConventions = { body: [], preformatted: [], removed: [], warnings: [] };
  const usage: string[] = [];
  paragraphs.forEach((text, i) => {
    const hit = keep.has(i) ? undefined : classifyBoilerplate(text);
    if (!hit) {
      if (keep.has(i)) result.preformatted.push(result.body.length);
      result.body.push(text);
    } else if (hit.kind === 'removed') {
      result.removed.push(hit.part);
      if (hit.distributor !== undefined && result.distributor === undefined) result.distributor = hit.distributor;
    } else if (hit.kind === 'copyright') {
      if (result.copyright === undefined) result.copyright = hit.copyright;
      else result.removed.push({ kind: 'boilerplate', text: hit.copyright });
      if (hit.usageTerms !== undefined) usage.push(hit.usageTerms);
    } else {
      usage.push(hit.usageTerms);
    }
  });
  if (usage.length > 0) result.usageTerms = usage.join(' ');

  const lead = datelineLeadOf(result.body[0]);
  if (lead) result.lead = lead;
  const agency = lead?.dateline.agency;

  // Sign-offs close the story: a paragraph of its own, or the tail of the last one.
  const signoffs: string[] = [];
  for (let guard = 0; guard < 4 && result.body.length > 1; guard++) {
    const lastIndex = result.body.length - 1;
    if (result.preformatted.includes(lastIndex)) break;
    const last = result.body[lastIndex] as string;
    if (isSignoffParagraph(last, agency)) {
      result.body.pop();
      signoffs.unshift(last);
      continue;
    }
    const split = splitTrailingSignoff(last, agency);
    if (!split || split.text === '') break;
    result.body[lastIndex] = split.text;
    signoffs.unshift(split.signoff);
  }
  if (signoffs.length > 0) {
    result.signoff = signoffs.join('\n');
    for (const s of signoffs) result.removed.push({ kind: 'signoff', text: s });
  }
  result.preformatted = result.preformatted.filter((i) => i < result.body.length);
  return result;
}
