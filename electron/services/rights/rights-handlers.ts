import { ApiError } from '../../../shared/api/errors.ts';
import type { Handlers } from '../../../shared/api/contract.ts';
import type { UserProfile } from '../../../shared/model/editing.ts';
import type { IntendedUse, RightsDecision, StoryRights, Takedown } from '../../../shared/model/licence.ts';
import { attributionFor } from '../../../shared/rights/attribution.ts';
import { describeLicence, licenceExpiry } from '../../../shared/rights/describe-licence.ts';
import { checkRights, storyRestrictions, useInstant } from '../../../shared/rights/rights-check.ts';
import { usageReportCsv } from '../../../shared/rights/usage-csv.ts';
import type { Archive } from '../../../db/archive.ts';
import type { LicenceAssignmentRepository } from '../../../db/repositories/licence-assignments.ts';
import type { LicenceRepository } from '../../../db/repositories/licences.ts';
import type { StoryRepository } from '../../../db/repositories/stories.ts';
import type { UsageRepository } from '../../../db/repositories/usages.ts';
import type { UserProfileRepository } from '../../../db/repositories/user-profile.ts';
import type { EventHub } from '../event-hub.ts';
import type { LicenceCache } from './licence-cache.ts';
import { licenceFileText, parseLicenceFile } from './licence-file.ts';
import { createStoryRightsLoader, type LoadedRights } from './story-rights.ts';
import { takedownsOf } from './takedowns.ts';

type RightsMethod =
  | 'licences.list'
  | 'licences.create'
  | 'licences.update'
  | 'licences.retire'
  | 'licences.import'
  | 'licences.export'
  | 'rights.get'
  | 'rights.assign'
  | 'rights.check'
  | 'usage.record'
  | 'usage.report'
  | 'takedowns.list'
  | 'takedowns.done';

export type RightsHandlers = Pick<Handlers, RightsMethod>;

export interface RightsDeps {
  archive: Pick<Archive, 'write'>;
  stories: Pick<StoryRepository, 'get'>;
  licences: LicenceRepository;
  cache: LicenceCache;
  assignments: LicenceAssignmentRepository;
  usages: UsageRepository;
  profile: Pick<UserProfileRepository, 'get'>;
  events: Pick<EventHub, 'emit'>;
  now: () => number;
}

/**
 * Licences, the rights check, the republication gate and its usage log, and
 * the takedowns kills oblige. Rights are never stored per story: each answer
 * matches the story against the licences as they are now.
 */
export function createRightsHandlers(deps: RightsDeps): RightsHandlers {
  const { archive, stories, licences, cache, assignments, usages, profile, events, now } = deps;
  const loader = createStoryRightsLoader({ stories, licences, cache, assignments });
  const isoNow = (): string => new Date(now()).toISOString();

  /** Who records a use or a takedown: the log says who, so the editor must have said who they are. */
  function editor(what: string): UserProfile {
    const who = profile.get();
    if (!who) throw new ApiError('bad-input', `Set your name and initials first: ${what}`);
    return who;
  }

  function licencesChanged(): void {
    events.emit('licences.changed', {});
  }

  function rightsChanged(storyIds: string[]): void {
    events.emit('rights.changed', { storyIds });
  }

  function check(loaded: LoadedRights, use: IntendedUse): RightsDecision {
    return checkRights({
      story: loaded.story,
      licences: loaded.licences,
      use,
      now: new Date(now()),
      usesInMonth: (licenceId, month) => usages.countInMonth(licenceId, month),
    });
  }

  function storyRights(storyId: string): StoryRights {
    const loaded = loader.load(storyId);
    const at = new Date(now());
    const covering = loaded.licences.filter((l) => !l.retired);
    const first = covering[0];
    const attribution = first === undefined ? null : attributionFor(first, loaded.story);
    const expiry = first === undefined ? { expiresOn: null, expiresSoon: false } : licenceExpiry(first, at);
    return {
      storyId,
      source: loaded.source,
      licences: covering,
      summary: first === undefined || attribution === null ? null : describeLicence(first, attribution, at),
      attribution,
      expiresOn: expiry.expiresOn,
      expiresSoon: expiry.expiresSoon,
      restrictions: storyRestrictions(loaded.story, at),
      ...(loaded.detail.state === undefined ? {} : { state: loaded.detail.state }),
      usages: usages.listForStory(storyId),
    };
  }

  function takedowns(includeDone: boolean): Takedown[] {
    const all = takedownsOf(usages.killedUses(), (id) => licences.get(id));
    return includeDone ? all : all.filter((t) => t.doneAt === null);
  }

  return {
    'licences.list': ({ includeRetired }) => ({ licences: licences.list({ includeRetired }) }),
    'licences.create': (terms) => {
      const created = licences.create(terms, isoNow());
      licencesChanged();
      return created;
    },
    'licences.update': ({ id, terms }) => {
      const updated = licences.update(id, terms, isoNow());
      licencesChanged();
      return updated;
    },
    'licences.retire': ({ id, retired }) => {
      const changed = licences.setRetired(id, retired, isoNow());
      licencesChanged();
      return changed;
    },
    'licences.import': ({ name, json }) => {
      const file = parseLicenceFile(name, json);
      let imported;
      try {
        imported = licences.importFile(file, isoNow());
      } catch (err) {
        if (err instanceof ApiError && err.code === 'bad-input') throw new ApiError('bad-input', `${name}: ${err.message}`);
        throw err;
      }
      if (imported.created + imported.updated > 0) licencesChanged();
      return imported;
    },
    'licences.export': () => ({ json: licenceFileText(licences.list({ includeRetired: true })) }),

    'rights.get': ({ storyId }) => storyRights(storyId),
    'rights.assign': ({ storyId, licenceId }) => {
      const who = editor('an assigned licence says who chose it.');
      assignments.assign(storyId, licenceId, who.name, isoNow());
      rightsChanged([storyId]);
      return storyRights(storyId);
    },
    'rights.check': ({ storyId, use }) => check(loader.load(storyId), use),

    'usage.record': ({ storyId, versionId, use, overrideReason }) => {
      const who = editor('every recorded use says who republished it.');
      // The check and the record in one transaction: two uses at once cannot both take the last of a monthly cap.
      const outcome = archive.write((writer) => {
        const loaded = loader.load(storyId);
        const version = versionId === undefined ? loaded.detail : stories.get(storyId, versionId);
        if (!version) throw new ApiError('not-found', `Story ${storyId} has no version ${versionId ?? ''}`);
        const decision = check(loaded, use);
        const overridden = !decision.allowed && overrideReason !== undefined && decision.overridable;
        if (!decision.allowed && !overridden) return { recorded: false, decision, usage: null };
        const at = useInstant(use, new Date(now()));
        // A decision that allows or may be overridden always had a date it could read.
        if (at === null) throw new ApiError('bad-input', `The date "${use.date ?? ''}" cannot be read.`);
        const usage = usages.record(
          {
            storyId,
            versionId: version.version.id,
            headline: version.story.headline,
            channel: use.channel,
            territory: use.territory,
            usedAt: at.toISOString(),
            recordedAt: isoNow(),
            licenceId: decision.licence?.id ?? null,
            licenceReference: decision.licence?.reference ?? null,
            modified: use.modified,
            translated: use.translated,
            excerptWords: use.excerptWords,
            user: who.name,
            overrideReason: overridden ? (overrideReason ?? null) : null,
            attribution: decision.attribution,
          },
          writer,
        );
        return { recorded: true, decision, usage };
      });
      if (outcome.recorded) rightsChanged([storyId]);
      return outcome;
    },
    'usage.report': ({ licenceId, month }) => {
      const licence = licences.get(licenceId);
      if (!licence) throw new ApiError('not-found', `There is no licence with id ${licenceId}.`);
      const uses = usages.inMonth(licenceId, month);
      return { licence, month, usages: uses, cap: licence.monthlyCap, csv: usageReportCsv(uses) };
    },

    'takedowns.list': ({ includeDone }) => ({ takedowns: takedowns(includeDone) }),
    'takedowns.done': ({ usageId }) => {
      const usage = usages.get(usageId);
      if (!usage) throw new ApiError('not-found', `There is no recorded use with id ${usageId}.`);
      if (!takedowns(true).some((t) => t.usage.id === usageId)) {
        throw new ApiError('bad-input', `Use ${usageId} is of a story that has not been killed: there is nothing to take down.`);
      }
      const who = editor('a takedown says who took the copy down.');
      usages.markTakenDown(usageId, who.name, isoNow());
      rightsChanged([usage.storyId]);
      return takedowns(true).find((t) => t.usage.id === usageId) as Takedown;
    },
  };
}
