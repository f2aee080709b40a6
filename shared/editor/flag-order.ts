/**
 * Flags in the order their passages stand in the text (`markOrder`: the mark
 * ids in document order); flags whose passage is gone keep their order, after
 * the rest. The services order by the stored text, the editor by the text on
 * screen (which runs ahead of it until saved).
 */
export function flagsInTextOrder<F extends { markId: string }>(flags: readonly F[], markOrder: Iterable<string>): F[] {
  const position = new Map([...markOrder].map((id, i) => [id, i]));
  const at = (flag: F) => position.get(flag.markId) ?? Number.POSITIVE_INFINITY;
  return flags
    .map((flag, i) => ({ flag, i }))
    .sort((a, b) => at(a.flag) - at(b.flag) || a.i - b.i)
    .map(({ flag }) => flag);
}
