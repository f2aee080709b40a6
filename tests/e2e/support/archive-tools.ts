import type { Locator, Page } from '@playwright/test';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "3 stories", "1 story": how a filter value's checkbox names its count. */
export function storiesCount(n: number): string {
  return `${n} ${n === 1 ? 'story' : 'stories'}`;
}

/** Today in this machine's time zone, as a date input takes it (the browser runs in the same zone). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The archive's working tools, found as a screen reader finds them: the
 * filter sidebar (saved searches, filters with counts, dates), the Archive /
 * Spiked tabs, the order toggle, the search notice and the selection bar.
 */
export function archiveTools(page: Page) {
  const filters = page.getByRole('complementary', { name: 'Filters' });
  const facet = (group: string): Locator => filters.getByRole('group', { name: group, exact: true });
  const selectionBar = page.getByRole('toolbar', { name: 'Selection' });
  const saved = filters.getByRole('region', { name: 'Saved searches' });
  return {
    filters,
    /** A filter: "Agency", "Distributor", "Language", "Status", "Received". */
    facet,
    /** A value's checkbox under a filter; its name says the count: "Reuters, 2 stories". A RegExp matches the start of the value ("English (en)"). */
    facetValue: (group: string, value: string | RegExp): Locator =>
      facet(group).getByRole('checkbox', {
        name: new RegExp(`^${typeof value === 'string' ? escapeRegExp(value) : `(?:${value.source})[^,]*`}, \\d[\\d,]* stor(?:y|ies)$`),
      }),
    clearFilters: filters.getByRole('button', { name: 'Clear filters' }),
    receivedFrom: filters.getByLabel('Received from'),
    receivedTo: filters.getByLabel('Received to'),
    /** The list's views above it: "Archive" or "Spiked". */
    viewTab: (name: 'Archive' | 'Spiked'): Locator => page.getByRole('tab', { name: new RegExp(`^${name}`) }),
    /** "Newest" or "Best match". */
    order: (name: 'Newest' | 'Best match'): Locator => page.getByRole('group', { name: 'Order' }).getByRole('button', { name }),
    searchNotice: page.getByRole('status', { name: 'Search notice' }),
    selectionBar,
    selectionAction: (name: 'Spike' | 'Restore' | 'Undo'): Locator => selectionBar.getByRole('button', { name, exact: true }),
    /** Marked rows (x, Shift+click, Shift+j/k). */
    markedRows: page.getByRole('listbox', { name: 'Stories' }).getByRole('option', { checked: true }),
    savedSearches: saved,
    savedSearch: (name: string): Locator => saved.getByRole('listitem').filter({ has: page.getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}`) }) }),
    saveSearchButton: saved.getByRole('button', { name: 'Save search…' }),
    /** The reading pane's own Spike / Restore. */
    storyAction: (name: 'Spike' | 'Restore'): Locator =>
      page.getByRole('region', { name: 'Reading pane' }).getByRole('toolbar', { name: 'Story actions' }).getByRole('button', { name, exact: true }),
  };
}

export type ArchiveTools = ReturnType<typeof archiveTools>;
