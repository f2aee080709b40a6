import { COMMENT_MARK_PREFIX, FLAG_MARK_PREFIX } from '../../../../shared/editor/editor-nodes.ts';

/** What a mark anchors: a comment thread or a translation flag. */
export type MarkKind = 'comment' | 'flag';

const PREFIXES: ReadonlyArray<readonly [MarkKind, string]> = [
  ['comment', COMMENT_MARK_PREFIX],
  ['flag', FLAG_MARK_PREFIX],
];

export function markKindOf(id: string): MarkKind | null {
  for (const [kind, prefix] of PREFIXES) if (id.startsWith(prefix)) return kind;
  return null;
}

export function newMarkId(kind: MarkKind): string {
  return `${kind === 'comment' ? COMMENT_MARK_PREFIX : FLAG_MARK_PREFIX}${crypto.randomUUID()}`;
}

/**
 * The data attributes of one <mark> element. A mark node carries several ids
 * where a comment and a flag overlap, so kind and state are space-separated
 * token lists (CSS matches them with ~=): "comment", "flag", or "comment flag";
 * "open" / "resolved" for a thread, the flag's status for a flag.
 */
export interface MarkTags {
  kind: string;
  state: string | null;
  active: boolean;
}

export function markTags(
  ids: readonly string[],
  stateOf: (id: string) => string | undefined,
  active: ReadonlySet<string>,
): MarkTags | null {
  const kinds: MarkKind[] = [];
  const states: string[] = [];
  let isActive = false;
  for (const id of ids) {
    const kind = markKindOf(id);
    if (kind === null) continue;
    if (!kinds.includes(kind)) kinds.push(kind);
    const state = stateOf(id);
    if (state !== undefined && !states.includes(state)) states.push(state);
    if (active.has(id)) isActive = true;
  }
  if (kinds.length === 0) return null;
  kinds.sort();
  return { kind: kinds.join(' '), state: states.length > 0 ? states.join(' ') : null, active: isActive };
}
