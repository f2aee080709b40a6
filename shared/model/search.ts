import { z } from 'zod';
import { StoryState } from './story.ts';

/**
 * Whether a licence covers a story: one the editor assigned, else one of the
 * archive's licences matched by agency, distributor, copyright line and usage
 * terms. Read whenever a search asks, never stored, so a licence added later
 * applies at once.
 */
export const RightsState = z.enum(['licensed', 'no-licence']);
export type RightsState = z.infer<typeof RightsState>;

/**
 * What editors did to a story: changed its text ('edited'), left comment
 * threads still open ('commented'), flagged passages for translation, in
 * whatever status ('flagged'). A story may be all three.
 */
export const EditingMark = z.enum(['edited', 'commented', 'flagged']);
export type EditingMark = z.infer<typeof EditingMark>;

/**
 * What narrows an archive search besides the words typed. Each list is "any
 * of these" (empty or absent: no restriction); different filters combine with
 * AND. Dates are the day a story reached the archive (ISO 8601 date or date
 * and time, inclusive): arrival order is the archive's own order, which keeps
 * a date range cheap at any size.
 */
export const SearchFilters = z
  .object({
    /** Agencies (the story's provider, as the list shows it). */
    providers: z.array(z.string().max(200)).max(50).optional(),
    distributors: z.array(z.string().max(200)).max(50).optional(),
    languages: z.array(z.string().max(35)).max(50).optional(),
    states: z.array(StoryState).max(10).optional(),
    rights: z.array(RightsState).max(2).optional(),
    /** Stories with any of these marks. */
    editing: z.array(EditingMark).max(3).optional(),
    receivedFrom: z.string().max(40).optional(),
    receivedTo: z.string().max(40).optional(),
    /** The Spiked view: only spiked stories. Otherwise spiked stories are left out. */
    spiked: z.boolean().optional(),
  })
  .strict();
export type SearchFilters = z.infer<typeof SearchFilters>;

/** Newest first (the archive's order), or best match first among the newest matches. */
export const SearchSort = z.enum(['newest', 'relevance']);
export type SearchSort = z.infer<typeof SearchSort>;

/** The filters whose values a search counts (the list filters of SearchFilters). */
export const FACET_NAMES = ['providers', 'distributors', 'languages', 'states', 'rights', 'editing'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export const FacetCount = z.object({
  /** null: stories that do not say (no agency, no language). */
  value: z.string().nullable(),
  count: z.number().int(),
});
export type FacetCount = z.infer<typeof FacetCount>;

/**
 * How the current search's stories divide under each filter, counted over
 * the newest `basis` of them: all of them unless `capped`. Each facet is
 * counted with every other filter applied but its own, so its counts say what
 * choosing another value would give.
 */
export const SearchFacets = z.object({
  providers: z.array(FacetCount),
  distributors: z.array(FacetCount),
  languages: z.array(FacetCount),
  states: z.array(FacetCount),
  rights: z.array(FacetCount),
  editing: z.array(FacetCount),
  basis: z.number().int(),
  capped: z.boolean(),
});
export type SearchFacets = z.infer<typeof SearchFacets>;

/** A search an editor named and keeps in the sidebar. */
export const SavedSearch = z.object({
  id: z.string(),
  name: z.string(),
  query: z.string(),
  filters: SearchFilters,
  sort: SearchSort,
});
export type SavedSearch = z.infer<typeof SavedSearch>;
