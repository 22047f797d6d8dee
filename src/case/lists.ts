/**
 * Small list helpers shared by the tracks. Plain loops and exact sizes: these run for every event and every
 * deadline, and the lists are short.
 *
 * @internal
 * @module
 */

/** `items` with `item` appended: a new array of exactly that size (`items` is left as it is). */
export function plus<T>(items: readonly T[], item: T): T[] {
  return [...items, item];
}

/** Appends `items` to `to` (in place; no spread of arguments, no `flatMap`); returns `to`. */
export function append<T>(to: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) to.push(items[i]!);
  return to;
}
