import { describe, expect, it } from 'vitest';
import { seedSequence, seeded } from '../../display/widgets/wordcloud-protocol.ts';

describe('word cloud seeding', () => {
  it('feeds d3-cloud the numbers that put surviving words back where they were', () => {
    const words = [{ text: 'small', size: 20 }, { text: 'big', size: 60 }];
    const seq = seedSequence(words, 800, 400, { big: { x: 600, y: 100 } }, () => 0.25);
    // d3-cloud places the biggest word first and computes x = (width * (r + 0.5)) >> 1.
    expect((800 * (seq[0] + 0.5)) >> 1).toBe(600);
    expect((400 * (seq[1] + 0.5)) >> 1).toBe(100);
    expect(seq.slice(2)).toEqual([0.25, 0.25, 0.25, 0.25]); // spiral direction, then the new word
  });
  it('draws three numbers per word', () => {
    expect(seedSequence([{ text: 'a', size: 1 }, { text: 'b', size: 2 }], 10, 10, {}, Math.random)).toHaveLength(6);
  });
  it('repeats its random numbers for the same seed, in [0, 1)', () => {
    const a = seeded(42);
    const b = seeded(42);
    const xs = Array.from({ length: 100 }, () => a());
    expect(xs).toEqual(Array.from({ length: 100 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
