import type { StoryDetail, StoryVersionInfo } from '../../../shared/model/story.ts';

export interface ChainLink {
  info: StoryVersionInfo;
  /** 1 for the first version this archive holds, counting up. */
  number: number;
  /** The newest version: what the story is now. */
  current: boolean;
}

/** The story's versions oldest first, numbered as an editor counts them. */
export function versionChain(detail: StoryDetail): ChainLink[] {
  const sorted = [...detail.versions].sort((a, b) => a.version - b.version || a.receivedAt.localeCompare(b.receivedAt));
  return sorted.map((info, i) => ({ info, number: i + 1, current: i === sorted.length - 1 }));
}

/**
 * What the wire says a version is: its signals (update, correction,
 * writethru, kill…) and a pubStatus other than usable. A kill says it once,
 * not as "kill" and "canceled" both.
 */
export function versionMarks(info: StoryVersionInfo): string[] {
  const marks = [...new Set(info.signals ?? [])];
  if (info.pubStatus === 'canceled' && !marks.some((m) => /^(kill|withdrawal)$/i.test(m))) marks.push('kill');
  if (info.pubStatus === 'withheld' && !marks.includes('withheld')) marks.push('withheld');
  return marks;
}
