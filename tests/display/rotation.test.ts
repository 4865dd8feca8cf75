import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DURATION_MS,
  DEFAULT_IDLE_RESUME_MS,
  MIN_DURATION_MS,
  current,
  planFor,
  push,
  replan,
  samePlan,
  select,
  settle,
  startRotation,
  touch,
} from '../../display/lib/rotation.ts';

const dashboards = { a: { duration: 10 }, b: { duration: 20 }, c: { duration: 30 }, d: {} };
const T0 = 1_700_000_000_000 - (1_700_000_000_000 % 60_000); // a multiple of the 60 s cycle of a+b+c

describe('rotation defaults', () => {
  it('pins its defaults', () => {
    expect(DEFAULT_DURATION_MS).toBe(30_000);
    expect(MIN_DURATION_MS).toBe(5_000);
    expect(DEFAULT_IDLE_RESUME_MS).toBe(60_000);
    expect(startRotation()).toEqual({ anchor: 0, hold: null });
  });
});

describe('planFor', () => {
  it('takes each dashboard duration, skipping unknown ids', () => {
    const plan = planFor({ playlist: ['a', 'zz', 'b', 'd'] }, dashboards);
    expect(plan.ids).toEqual(['a', 'b', 'd']);
    expect(plan.durationsMs).toEqual([10_000, 20_000, DEFAULT_DURATION_MS]);
  });
  it('lets the screen interval override every duration and floors silly values', () => {
    expect(planFor({ playlist: ['a', 'b'], interval: 15 }, dashboards).durationsMs).toEqual([15_000, 15_000]);
    expect(planFor({ playlist: ['a'], interval: 1 }, dashboards).durationsMs).toEqual([MIN_DURATION_MS]);
  });
  it('takes idleResume in seconds', () => {
    expect(planFor({ playlist: ['a'], idleResume: 90 }, dashboards).idleResumeMs).toBe(90_000);
  });
});

describe('current', () => {
  const plan = planFor({ playlist: ['a', 'b', 'c'] }, dashboards);
  const s = startRotation();

  it('walks the playlist by wall-clock time and says when the next change is', () => {
    expect(current(plan, s, T0)).toMatchObject({ dashboard: 'a', index: 0, startedAt: T0, nextChangeAt: T0 + 10_000 });
    expect(current(plan, s, T0 + 9_999).dashboard).toBe('a');
    expect(current(plan, s, T0 + 10_000)).toMatchObject({ dashboard: 'b', nextChangeAt: T0 + 30_000 });
    expect(current(plan, s, T0 + 59_999)).toMatchObject({ dashboard: 'c', nextChangeAt: T0 + 60_000 });
    expect(current(plan, s, T0 + 60_000).dashboard).toBe('a');
  });
  it('lands on the right dashboard after a long sleep without replaying missed slots', () => {
    expect(current(plan, s, T0 + 60_000 * 1_000 + 15_000).dashboard).toBe('b');
  });
  it('gives every screen with the same playlist the same dashboard at the same time', () => {
    expect(current(plan, startRotation(), T0 + 12_345)).toEqual(current(plan, startRotation(), T0 + 12_345));
  });
  it('never schedules a change for a single-dashboard playlist', () => {
    const one = planFor({ playlist: ['a'] }, dashboards);
    expect(current(one, s, T0)).toMatchObject({ dashboard: 'a', nextChangeAt: null });
  });
  it('shows nothing for an empty playlist and says why', () => {
    expect(current(planFor({ playlist: ['zz'] }, dashboards), s, T0)).toMatchObject({ dashboard: null, reason: 'empty', nextChangeAt: null });
  });
  it('lets calamity override everything', () => {
    expect(current(plan, push(s, 'b', T0), T0, true)).toMatchObject({ dashboard: null, reason: 'calamity' });
  });
});

describe('pause on interaction', () => {
  const plan = planFor({ playlist: ['a', 'b', 'c'], idleResume: 20 }, dashboards);

  it('holds the shown dashboard until idleResume after the last touch', () => {
    let s = touch(plan, startRotation(), T0 + 5_000);
    expect(current(plan, s, T0 + 24_999)).toMatchObject({ dashboard: 'a', reason: 'paused', nextChangeAt: T0 + 25_000 });
    s = touch(plan, s, T0 + 20_000);
    expect(current(plan, s, T0 + 39_999)).toMatchObject({ dashboard: 'a', reason: 'paused' });
  });
  it('resumes with the next dashboard when idle, for its full duration', () => {
    const s = touch(plan, startRotation(), T0 + 5_000);
    expect(current(plan, s, T0 + 25_000)).toMatchObject({ dashboard: 'b', reason: 'rotation', startedAt: T0 + 25_000, nextChangeAt: T0 + 45_000 });
    expect(settle(plan, s, T0 + 25_000).hold).toBeNull();
  });
  it('lets a viewer pick a dashboard and pauses there', () => {
    const s = select(plan, startRotation(), 'c', T0);
    expect(current(plan, s, T0 + 1_000)).toMatchObject({ dashboard: 'c', reason: 'paused' });
    expect(current(plan, s, T0 + 20_000).dashboard).toBe('a');
  });
});

describe('push from control', () => {
  const plan = planFor({ playlist: ['a', 'b', 'c'] }, dashboards);

  it('shows the pushed dashboard now, even one outside the playlist, then resumes', () => {
    const s = push(startRotation(), 'd', T0 + 3_000, 60_000);
    expect(current(plan, s, T0 + 3_000)).toMatchObject({ dashboard: 'd', reason: 'pushed', index: -1, nextChangeAt: T0 + 63_000 });
    expect(current(plan, s, T0 + 63_000).reason).toBe('rotation');
  });
  it('is not cut short by a touch', () => {
    const s = touch(plan, push(startRotation(), 'b', T0, 300_000), T0 + 1_000);
    expect(current(plan, s, T0 + 200_000)).toMatchObject({ dashboard: 'b', reason: 'pushed' });
  });
});

describe('replan on config change', () => {
  const before = planFor({ playlist: ['a', 'b', 'c'] }, dashboards);

  it('keeps the dashboard on screen for the rest of its time when it is still in the playlist', () => {
    const after = planFor({ playlist: ['c', 'b'] }, dashboards);
    const s = replan(before, after, startRotation(), T0 + 15_000); // b started at T0+10s
    expect(current(after, s, T0 + 15_000)).toMatchObject({ dashboard: 'b', startedAt: T0 + 10_000, nextChangeAt: T0 + 30_000 });
    expect(current(after, s, T0 + 30_000).dashboard).toBe('c');
  });
  it('moves on at once to the follower when the shown dashboard was removed', () => {
    const after = planFor({ playlist: ['a', 'c'] }, dashboards);
    const s = replan(before, after, startRotation(), T0 + 15_000);
    expect(current(after, s, T0 + 15_000)).toMatchObject({ dashboard: 'c', startedAt: T0 + 15_000 });
  });
  it('applies a changed duration to the dashboard on screen', () => {
    const after = planFor({ playlist: ['a', 'b', 'c'], interval: 8 }, dashboards);
    const s = replan(before, after, startRotation(), T0 + 15_000);
    expect(current(after, s, T0 + 15_000)).toMatchObject({ dashboard: 'b', nextChangeAt: T0 + 18_000 });
  });
  it('keeps a hold across the change', () => {
    const held = touch(before, startRotation(), T0);
    expect(replan(before, planFor({ playlist: ['c'] }, dashboards), held, T0 + 1_000)).toEqual(held);
  });
  it('treats identical plans as the same', () => {
    expect(samePlan(before, planFor({ playlist: ['a', 'b', 'c'] }, dashboards))).toBe(true);
    expect(samePlan(before, planFor({ playlist: ['a', 'b'] }, dashboards))).toBe(false);
  });
});
