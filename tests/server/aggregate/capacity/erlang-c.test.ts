import { describe, expect, it } from 'vitest';
import { agentsForServiceLevel, averageSpeedOfAnswer, erlangC, serviceLevel } from '../../../../server/aggregate/capacity/erlang-c.ts';

/*
 * Reference values. The probability of waiting is checked against a published Erlang C table ("Table C", Erlang C
 * probability-of-queueing table in a TETRA/trunked-radio textbook appendix: 8 channels carry 3.87 E at 5 % queued,
 * 10 channels 4.08 E at 1 %) and against the textbook M/M/10 example (120 arrivals/h, 3 min each, A = 6 E:
 * "from the Erlang C curve, the probability of waiting is about 0.10"). The A = 10 E row was computed by hand from
 * C = (A^N/N! · N/(N−A)) / (Σ_{k<N} A^k/k! + A^N/N! · N/(N−A)):
 *   N = 11 → 0.6821, N = 12 → 0.4494, N = 13 → 0.2853 (the 0.281 for N = 13 is a misprint; 0.2853 is exact
 *   to four places), N = 15 → 0.1020.
 */
describe('Erlang C', () => {
  it('matches the hand-computed A = 10 Erlangs row', () => {
    expect(erlangC(11, 10)).toBeCloseTo(0.6821, 4);
    expect(erlangC(12, 10)).toBeCloseTo(0.4494, 4);
    expect(erlangC(13, 10)).toBeCloseTo(0.2853, 4);
    expect(erlangC(15, 10)).toBeCloseTo(0.102, 3);
  });

  it('matches the published table: 8 channels at 3.87 E queue 5 %, 10 channels at 4.08 E queue 1 %', () => {
    expect(erlangC(8, 3.87)).toBeCloseTo(0.05, 3);
    expect(erlangC(10, 4.08)).toBeCloseTo(0.01, 3);
  });

  it('matches the M/M/10 textbook example: A = 6 E waits with probability about 0.10', () => {
    expect(erlangC(10, 6)).toBeCloseTo(0.1013, 4);
  });

  it('is 1 when agents cannot keep up and 0 without traffic; stays finite for large teams', () => {
    expect(erlangC(10, 10)).toBe(1);
    expect(erlangC(5, 12)).toBe(1);
    expect(erlangC(5, 0)).toBe(0);
    const big = erlangC(400, 380);
    expect(big).toBeGreaterThan(0);
    expect(big).toBeLessThan(1);
  });

  it('gives ASA = C · AHT / (N − A) and SL = 1 − C · e^(−(N−A)·t/AHT) (A = 10, AHT 3 min, N = 12, t = 20 s)', () => {
    const aht = 3 / 60; // hours
    // By hand: 0.4494 × 3 min / 2 = 0.6741 min = 40.4 s; SL = 1 − 0.4494 × e^(−2 × 20/180) = 0.6398.
    expect(averageSpeedOfAnswer(12, 10, aht) * 3600).toBeCloseTo(40.45, 1);
    expect(serviceLevel(12, 10, aht, 20 / 3600)).toBeCloseTo(0.6398, 3);
    expect(averageSpeedOfAnswer(10, 10, aht)).toBe(Infinity);
  });

  it('finds the smallest team meeting 80 % within the target', () => {
    const aht = 3 / 60;
    // A = 10, t = 20 s: SL(13) = 1 − 0.2853·e^(−3·20/180) = 0.7956 < 0.8; SL(14) = 0.8834 → 14 agents.
    expect(serviceLevel(13, 10, aht, 20 / 3600)).toBeCloseTo(0.7956, 3);
    expect(agentsForServiceLevel(10, aht, 20 / 3600, 0.8)).toBe(14);
    expect(agentsForServiceLevel(0, aht, 20 / 3600, 0.8)).toBe(0);
    // 30 calls/h of 5 min (A = 2.5), 90 % not delayed at all (t = 0): C(5) = 0.1304 > 0.1, C(6) = 0.0474 → 6.
    expect(agentsForServiceLevel(2.5, 5 / 60, 0, 0.9)).toBe(6);
  });
});
