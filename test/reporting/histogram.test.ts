import { describe, expect, it } from 'vitest';
import { histogramOf, median, mergeHistograms } from '../../src/reporting/index.js';

describe('histograms of days', () => {
  it('the median is the middle value, or the mean of the two middle values', () => {
    expect(median(histogramOf([42, 45, 49, 70]))).toBe(47);
    expect(median(histogramOf([42, 42, 42, 45, 49, 49, 70]))).toBe(45);
    expect(median(histogramOf([10, 15]))).toBe(12.5);
    expect(median(histogramOf([7]))).toBe(7);
    expect(median(histogramOf([]))).toBeNull();
  });

  it('buckets are exact day counts, listed in numeric order', () => {
    const h = histogramOf([100, 9, 0, 9]);
    expect(h).toEqual({ count: 4, buckets: { '0': 1, '9': 2, '100': 1 } });
    expect(Object.keys(mergeHistograms(histogramOf([100]), histogramOf([0, 9])).buckets)).toEqual(['0', '9', '100']);
    expect(JSON.stringify(mergeHistograms(histogramOf([100, 9]), histogramOf([0])))).toBe('{"count":3,"buckets":{"0":1,"9":1,"100":1}}');
    expect(median(h)).toBe(9);
  });

  it('a duration is a whole number of days, 0 or more', () => {
    expect(() => histogramOf([-1])).toThrow(RangeError);
    expect(() => histogramOf([1.5])).toThrow(RangeError);
  });

  it('merging adds the counts', () => {
    expect(mergeHistograms(histogramOf([3, 10]), histogramOf([3]))).toEqual({ count: 3, buckets: { '3': 2, '10': 1 } });
  });
});
