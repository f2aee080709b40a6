import { ApiError } from '../../../shared/api/errors.ts';
import type { Licence, RightsSource } from '../../../shared/model/licence.ts';
import type { StoryDetail } from '../../../shared/model/story.ts';
import { matchLicences } from '../../../shared/rights/licence-match.ts';
import type { RightsStory } from '../../../shared/rights/rights-check.ts';
import type { LicenceAssignmentRepository } from '../../../db/repositories/licence-assignments.ts';
import type { LicenceRepository } from '../../../db/repositories/licences.ts';
import type { StoryRepository } from '../../../db/repositories/stories.ts';
import type { LicenceCache } from './licence-cache.ts';

/** A story as the rights check sees it, and the licences that cover it. */
export interface LoadedRights {
  detail: StoryDetail;
  story: RightsStory;
  source: RightsSource;
  /** The licence an editor assigned (even retired: the check then says so), else those matched, most permissive first. */
  licences: Licence[];
}

export interface StoryRightsLoader {
  /** Throws ApiError('not-found') for a story the archive does not hold. */
  load(storyId: string): LoadedRights;
}

export function createStoryRightsLoader(deps: {
  stories: Pick<StoryRepository, 'get'>;
  licences: Pick<LicenceRepository, 'get'>;
  cache: LicenceCache;
  assignments: Pick<LicenceAssignmentRepository, 'current'>;
}): StoryRightsLoader {
  const { stories, licences, cache, assignments } = deps;

  return {
    load(storyId) {
      const detail = stories.get(storyId);
      if (!detail) throw new ApiError('not-found', `No story with id ${storyId} in this archive`);
      const wire = detail.story;
      const story: RightsStory = {
        provider: wire.provider ?? null,
        distributor: wire.distributor ?? null,
        copyright: wire.copyright ?? null,
        usageTerms: wire.usageTerms ?? null,
        state: detail.state,
        pubStatus: wire.pubStatus,
        embargoedUntil: detail.embargoedUntil ?? wire.embargoedUntil ?? null,
        receivedAt: detail.version.receivedAt,
        firstCreated: wire.firstCreated ?? null,
        versionCreated: wire.versionCreated ?? null,
      };
      const assigned = assignments.current(storyId)?.licenceId;
      const chosen = assigned ? licences.get(assigned) : undefined;
      if (chosen) return { detail, story, source: 'manual', licences: [chosen] };
      const matched = matchLicences(story, cache.active());
      return { detail, story, source: matched.length > 0 ? 'auto' : 'none', licences: matched };
    },
  };
}
