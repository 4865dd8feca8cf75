import { describe, expect, it } from 'vitest';
import { LIVE_MAX_AGE_MS, STALE_AFTER_MS, ageText, freshness } from '../../display/lib/freshness.ts';

describe('freshness', () => {
  it('pins its thresholds', () => {
    expect(LIVE_MAX_AGE_MS).toBe(30_000);
    expect(STALE_AFTER_MS).toBe(90_000);
  });
  it('says live while frames keep coming', () => {
    expect(freshness(2_000, true)).toEqual({ text: 'live', level: 'live', stale: false });
  });
  it('says how old the data is once frames stop', () => {
    expect(freshness(45_000, true)).toEqual({ text: 'data 45 s old', level: 'aging', stale: false });
    expect(freshness(120_000, true)).toEqual({ text: 'data 2 min old', level: 'stale', stale: true });
  });
  it('marks data stale as soon as the socket is down', () => {
    expect(freshness(5_000, false)).toEqual({ text: 'offline · data 5 s old', level: 'stale', stale: true });
  });
  it('says it is waiting before any data', () => {
    expect(freshness(null, false).text).toBe('connecting…');
    expect(freshness(null, true).text).toBe('waiting for data');
    expect(freshness(Number.NaN, true).stale).toBe(true);
  });
  it('rounds ages coarsely', () => {
    expect(ageText(59_999)).toBe('59 s');
    expect(ageText(3 * 3_600_000)).toBe('3 h');
    expect(ageText(72 * 3_600_000)).toBe('3 days');
    expect(ageText(-5)).toBe('0 s');
  });
});
