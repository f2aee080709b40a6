import { SNIPPET_MARK_CLOSE, SNIPPET_MARK_OPEN, type StoryDetail, type StorySummary, type WireStory } from '../../shared/model/story.ts';

/** Two indented lines per story for `parse` without --json. */
export function describeStory(story: WireStory): string {
  const facts = [
    story.dateline?.place,
    story.provider,
    story.distributor ? `via ${story.distributor}` : undefined,
    story.language,
    plural(story.body.length, 'paragraph'),
    story.removed.length > 0 ? `${story.removed.length} removed` : undefined,
    story.warnings.length > 0 ? plural(story.warnings.length, 'warning') : undefined,
  ].filter((f): f is string => f !== undefined && f !== '');
  return `  ${story.headline}${story.headlineDerived ? '  (headline derived from the lead)' : ''}\n  ${facts.join(' · ')}\n`;
}

/** A search hit on two lines: the row, then its snippet with matches in [brackets]. A story that is not plainly usable says so first. */
export function describeSummary(s: StorySummary): string {
  const state = s.state && s.state !== 'usable' ? `${s.state.toUpperCase()}${s.state === 'embargoed' && s.embargoedUntil ? ` until ${s.embargoedUntil}` : ''}` : undefined;
  const versions = s.versionCount !== undefined && s.versionCount > 1 ? `${s.versionCount} versions` : undefined;
  const cells = [s.id, s.receivedAt.slice(0, 10), s.provider ?? '-', s.place ?? '-', ...(state ? [state] : []), ...(versions ? [versions] : []), s.headline];
  const snippet = s.snippet ? `\n    ${markSnippet(s.snippet)}` : '';
  return `${cells.join('  ')}${snippet}\n`;
}

export function markSnippet(snippet: string): string {
  return snippet.split(SNIPPET_MARK_OPEN).join('[').split(SNIPPET_MARK_CLOSE).join(']');
}

/** The whole story, as the reading pane shows it, for `show` without --json. */
export function describeDetail(detail: StoryDetail): string {
  const s = detail.story;
  const lines: string[] = [s.headline + (s.headlineDerived ? '  (derived from the lead)' : ''), ''];
  if (detail.state && detail.state !== 'usable') lines.splice(1, 0, STATE_WARNINGS[detail.state]);
  const field = (label: string, value: string | number | undefined): void => {
    if (value !== undefined && value !== '') lines.push(`${label.padEnd(12)}${value}`);
  };
  field('Id', detail.id);
  field('Dateline', s.dateline?.text);
  field('Byline', s.byline);
  field('Slugline', s.slugline);
  field('Agency', s.provider);
  field('Distributor', s.distributor);
  field('Copyright', s.copyright);
  field('Usage terms', s.usageTerms);
  field('Language', s.language);
  field('Status', [s.pubStatus, ...(s.signals ?? [])].join(', '));
  field('Embargo', s.embargoedUntil);
  if (detail.version.id !== detail.versions.at(-1)?.id) field('Version', `${detail.version.version} of ${detail.versions.length} (not the current one)`);
  field('Format', s.format);
  field('File', `${detail.version.fileName} (version ${detail.version.version}, sha256 ${detail.version.sha256.slice(0, 12)}…)`);
  lines.push('');
  for (const paragraph of s.body) lines.push(paragraph, '');
  if (s.signoff) lines.push(s.signoff, '');
  if (s.removed.length > 0) {
    lines.push('Removed from the wire copy:');
    for (const part of s.removed) lines.push(`  [${part.kind}] ${part.text}`);
    lines.push('');
  }
  if (s.warnings.length > 0) {
    lines.push('Warnings:');
    for (const w of s.warnings) lines.push(`  ${w}`);
    lines.push('');
  }
  if (detail.versions.length > 1) {
    lines.push('Versions (oldest first; the last is current):');
    for (const v of detail.versions) {
      const marker = v.id === detail.version.id ? '*' : ' ';
      const status = [v.pubStatus, ...(v.signals ?? [])].filter((x) => x !== undefined).join(', ');
      lines.push(`${marker} ${v.version}  ${v.receivedAt}  ${status.padEnd(10)}  ${v.fileName}  ${v.id}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

const STATE_WARNINGS: Record<Exclude<NonNullable<StoryDetail['state']>, 'usable'>, string> = {
  killed: '*** KILLED: the agency withdrew this story; do not use it ***',
  withheld: '*** WITHHELD: the agency asks not to use this story for now ***',
  embargoed: '*** EMBARGOED: not to be published before the embargo lifts ***',
  corrected: '*** CORRECTED: the agency corrected this story; check what was published ***',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
