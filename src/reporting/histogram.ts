/**
 * Durations in days as a mergeable histogram: exact day counts, so the median read from a merged histogram is
 * the exact median of all the values, whichever way a population was split.
 *
 * @module
 */

/**
 * Counts of durations in whole days (0 or more). `buckets` maps an exact day count (as a string key, e.g. `"38"`)
 * to how many values had it; `count` is the number of values. Only counts above zero are kept, so two histograms
 * of the same values are deep-equal however they were built; and since the keys are array-index-like, every
 * JavaScript engine lists them in ascending numeric order (deterministic JSON).
 */
export type Histogram = { count: number; buckets: Record<string, number> };

/** A histogram with no values. */
export const emptyHistogram = (): Histogram => ({ count: 0, buckets: {} });

/** Adds one value (whole days) to a histogram, in place. Not exported: reports are immutable once built. */
export function addToHistogram(h: Histogram, days: number): void {
  if (!Number.isSafeInteger(days) || days < 0 || days > 1_000_000) {
    throw new RangeError(`reintegratie: a duration must be a whole number of days, 0 or more (got ${days})`);
  }
  const key = String(days);
  h.buckets[key] = (h.buckets[key] ?? 0) + 1;
  h.count += 1;
}

/** The bucket values in ascending numeric order. */
const sortedValues = (buckets: Record<string, number>): number[] => Object.keys(buckets).map(Number).sort((a, b) => a - b);

/** A histogram whose bucket keys are in ascending numeric order (deterministic JSON). */
function canonical(buckets: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of sortedValues(buckets)) {
    const n = buckets[String(v)]!;
    if (n > 0) out[String(v)] = n;
  }
  return out;
}

/**
 * The sum of two histograms (associative and commutative).
 *
 * @example
 * mergeHistograms({ count: 2, buckets: { '3': 1, '10': 1 } }, { count: 1, buckets: { '3': 1 } })
 * //=> { count: 3, buckets: { '3': 2, '10': 1 } }
 */
export function mergeHistograms(a: Histogram, b: Histogram): Histogram {
  const sum: Record<string, number> = { ...a.buckets };
  for (const [k, n] of Object.entries(b.buckets)) sum[k] = (sum[k] ?? 0) + n;
  return { count: a.count + b.count, buckets: canonical(sum) };
}

/** Builds a histogram from raw values (whole days). */
export function histogramOf(values: Iterable<number>): Histogram {
  const h = emptyHistogram();
  for (const v of values) addToHistogram(h, v);
  return { count: h.count, buckets: canonical(h.buckets) };
}

/**
 * The median of the values in a histogram: the middle value, or the mean of the two middle values when the
 * count is even; `null` when there are no values.
 *
 * @example
 * median({ count: 4, buckets: { '10': 1, '20': 2, '61': 1 } }) //=> 20
 * median({ count: 2, buckets: { '10': 1, '15': 1 } }) //=> 12.5
 * median({ count: 0, buckets: {} }) //=> null
 */
export function median(h: Histogram): number | null {
  if (h.count <= 0) return null;
  const lo = Math.floor((h.count - 1) / 2);
  const hi = Math.floor(h.count / 2);
  let seen = 0;
  let low: number | undefined;
  for (const v of sortedValues(h.buckets)) {
    seen += h.buckets[String(v)] ?? 0;
    if (low === undefined && seen > lo) low = v;
    if (seen > hi) return (low! + v) / 2;
  }
  return null; // count larger than the buckets: not a histogram this module built
}
