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

/**
 * The last item of `items`, or undefined when it is empty. Not `items[items.length - 1]` on a list that may be
 * empty: reading index -1 is a named-property lookup through the prototype chain, which sends the load to V8's
 * slow, megamorphic path for every later read at that place (bench/README.md, sixth profile).
 */
export function lastOf<T>(items: readonly T[]): T | undefined {
  const n = items.length;
  return n > 0 ? items[n - 1] : undefined;
}
