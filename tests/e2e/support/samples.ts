import path from 'node:path';
import { repoRoot, samplesDir } from '../../support/paths.ts';

const g2 = path.join(samplesDir, 'wire/newsml-g2');

/**
 * Two versions of one Reuters story, as Reuters sent them: the first
 * (version 978556838) is the corrected story; the second (version
 * 1542761538, 51 minutes later) is a cancellation: pubStatus stat:canceled,
 * msgType "D", an empty body.
 */
export const reutersFirst = path.join(g2, 'tag_reuters.com_2016_newsml_L1N14N0FF_version_978556838');
export const reutersSecond = path.join(g2, 'tag_reuters.com_2016_newsml_L1N14N0FF_version_1542761538');
/** A sentence from the first version's body, gone from the second. */
export const reutersFirstText = 'Residents of flooded areas in far southern Illinois anxiously waited';
export const reutersHeadline = /Illinois battles flooding as Mississippi River builds downstream/;

/** IPTC's simple NewsML-G2 package: a packageItem, no story in it. */
export const g2Package = path.join(g2, 'LISTING_6_Simple_NewsML-G2_Package.xml');

const fixtures = path.join(repoRoot, 'tests/fixtures/e2e');
/** The team's kill notice for the same Reuters story: same guid, version 1542790216, stat:canceled. */
export const reutersKill = path.join(fixtures, 'reuters-L1N14N0FF-kill.xml');
/** An AFP-style newsMessage holding a "top stories" packageItem and the text newsItem it points to. */
export const storyAndPackage = path.join(fixtures, 'afp-message-story-and-package.xml');
/** NITF with a DTD of nested entities ("billion laughs"). */
export const entityBomb = path.join(fixtures, 'nitf-entity-bomb.xml');
