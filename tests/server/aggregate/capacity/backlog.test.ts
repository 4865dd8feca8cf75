import { describe, expect, it } from 'vitest';
import { agentsToDrain, drainWait, hoursToBreach } from '../../../../server/aggregate/capacity/backlog.ts';

describe('backlog drain', () => {
  it('waits queue / (agents × rate): 30 open, 2 agents × 10/h → 1.5 h', () => {
    expect(drainWait(30, 2, 10)).toBe(1.5);
    expect(drainWait(0, 2, 10)).toBe(0);
    expect(drainWait(5, 0, 10)).toBe(Infinity);
  });

  it('breaches when the growing queue outlasts the target: 10 open, 20/h in, 1 agent × 10/h, 2 h target → 1 h', () => {
    // Wait now 10/10 = 1 h ≤ 2 h; the queue grows 10/h; it reaches 2 h × 10/h = 20 cases after (20 − 10)/10 = 1 h.
    expect(hoursToBreach(10, 20, 1, 10, 2)).toBe(1);
    expect(hoursToBreach(30, 20, 1, 10, 2)).toBe(0);
    expect(hoursToBreach(10, 5, 1, 10, 2)).toBeNull();
    expect(hoursToBreach(0, 0, 0, 10, 2)).toBeNull();
    expect(hoursToBreach(1, 0, 0, 10, 2)).toBe(0);
  });

  it('needs ⌈(queue/T + inflow)/rate⌉ agents: 40 open, 1 h target, 20/h in, 10/h each → 6', () => {
    expect(agentsToDrain(40, 20, 10, 1)).toBe(6);
    expect(agentsToDrain(0, 20, 10, 1)).toBe(2);
    expect(agentsToDrain(0, 0, 10, 1)).toBe(0);
  });
});
