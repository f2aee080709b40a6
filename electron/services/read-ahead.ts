/** How far ahead to read: at most `count` items, and at most `weight` (bytes) of them when `weigh` says what each costs. */
export interface Window<T> {
  count: number;
  weight?: number;
  weigh?: (item: T) => number;
}

/**
 * Maps `read` over `items` with up to a window of calls in flight, yielding
 * the results in the items' order. Reading (or parsing, in another thread) the
 * next files while this one is stored keeps both busy at once. At least one
 * call is always in flight, however heavy. `read` must not reject: turn
 * failures into values.
 */
export async function* readAhead<T, R>(
  items: readonly T[],
  read: (item: T) => Promise<R>,
  window: Window<T>,
  /** Called before waiting for each result, with it: a chance to help it along (see ParsePool.assist). */
  beforeWait?: (pending: Promise<R>) => void,
): AsyncGenerator<R> {
  const inFlight: Array<{ result: Promise<R>; weight: number }> = [];
  let weight = 0;
  let next = 0;
  const roomFor = (w: number) =>
    inFlight.length === 0 || (inFlight.length < window.count && (window.weight === undefined || weight + w <= window.weight));
  while (next < items.length || inFlight.length > 0) {
    while (next < items.length) {
      const item = items[next] as T;
      const w = window.weigh?.(item) ?? 0;
      if (!roomFor(w)) break;
      inFlight.push({ result: read(item), weight: w });
      weight += w;
      next += 1;
    }
    const done = inFlight.shift() as { result: Promise<R>; weight: number };
    weight -= done.weight;
    beforeWait?.(done.result);
    yield await done.result;
  }
}
