/**
 * Pure rotation scheduler. It owns no timer and reads no clock: the caller passes the time (server time, so
 * screens agree), gets back what to show and when that will next change, and sets one timer for that moment.
 * Because the position is computed from an anchor time rather than counted tick by tick, a frozen tab, a slow
 * frame or a sleeping kiosk never makes the rotation drift or stall: it simply lands where the clock says.
 */

/** Used when neither the screen nor the dashboard says how long to show it. */
export const DEFAULT_DURATION_MS = 30_000; // 30 s
/** Floor for any duration, so a bad config cannot turn the wall into a strobe. */
export const MIN_DURATION_MS = 5_000; // 5 s
/** Used when the screen gives no idle time before resuming after a touch. */
export const DEFAULT_IDLE_RESUME_MS = 60_000; // 60 s
/** How long a dashboard pushed from the control panel stays when the push names no duration. */
export const DEFAULT_PUSH_MS = 5 * 60_000; // 5 min

/** What a screen rotates through, resolved against the known dashboards. */
export interface RotationPlan {
  ids: string[];
  durationsMs: number[];
  idleResumeMs: number;
}

/** Scheduler state; plain data so it can be kept in `$state` and compared in tests. */
export interface RotationState {
  /** Time (ms) at which slot 0 of some cycle starts. 0 aligns the cycle with the epoch, so screens sharing a playlist turn together. */
  anchor: number;
  /** A dashboard held on screen by a touch or a push, until `until`. */
  hold: { id: string; reason: 'paused' | 'pushed'; until: number } | null;
}

/** What the screen should show now. */
export interface RotationView {
  dashboard: string | null;
  reason: 'rotation' | 'paused' | 'pushed' | 'calamity' | 'empty';
  /** Index in the playlist, -1 when the dashboard shown is not in it. */
  index: number;
  startedAt: number | null;
  /** When the answer will change if nothing else happens; null when never. */
  nextChangeAt: number | null;
}

interface ScreenLike {
  playlist: readonly string[];
  interval?: number;
  idleResume?: number;
}

function durationMs(seconds: unknown): number | null {
  return typeof seconds === 'number' && Number.isFinite(seconds) ? Math.max(MIN_DURATION_MS, seconds * 1000) : null;
}

/** Resolves a screen's playlist; ids with no dashboard are skipped so one typo never blanks a wall. */
export function planFor(screen: ScreenLike, dashboards: Readonly<Record<string, { duration?: number } | undefined>>): RotationPlan {
  const ids: string[] = [];
  const durationsMs: number[] = [];
  for (const id of screen.playlist ?? []) {
    const d = dashboards[id];
    if (!d) continue;
    ids.push(id);
    durationsMs.push(durationMs(screen.interval) ?? durationMs(d.duration) ?? DEFAULT_DURATION_MS);
  }
  return { ids, durationsMs, idleResumeMs: durationMs(screen.idleResume) ?? DEFAULT_IDLE_RESUME_MS };
}

/** Fresh state aligned with the epoch, so every screen with the same plan shows the same dashboard. */
export function startRotation(): RotationState {
  return { anchor: 0, hold: null };
}

function cycleMs(plan: RotationPlan): number {
  return plan.durationsMs.reduce((a, b) => a + b, 0);
}

function offsetOf(plan: RotationPlan, index: number): number {
  let off = 0;
  for (let i = 0; i < index; i++) off += plan.durationsMs[i];
  return off;
}

/** The playlist slot the wall clock points at. */
function slotAt(plan: RotationPlan, anchor: number, now: number): { index: number; start: number; end: number } {
  const total = cycleMs(plan);
  const pos = (((now - anchor) % total) + total) % total;
  let off = 0;
  for (let i = 0; i < plan.ids.length; i++) {
    const end = off + plan.durationsMs[i];
    if (pos < end) return { index: i, start: now - (pos - off), end: now + (end - pos) };
    off = end;
  }
  // Unreachable unless floating point rounds pos up to total; the first slot is the honest answer then.
  return { index: 0, start: now, end: now + plan.durationsMs[0] };
}

/** Folds an expired hold back into the rotation: it resumes with the dashboard after the held one, from when the hold ended. */
export function settle(plan: RotationPlan, state: RotationState, now: number): RotationState {
  if (!state.hold || now < state.hold.until) return state;
  const idx = plan.ids.indexOf(state.hold.id);
  if (idx < 0 || plan.ids.length === 0) return { anchor: state.anchor, hold: null };
  const next = (idx + 1) % plan.ids.length;
  return { anchor: state.hold.until - offsetOf(plan, next), hold: null };
}

/** What to show at `now`; `calamity` overrides everything. */
export function current(plan: RotationPlan, state: RotationState, now: number, calamity = false): RotationView {
  if (calamity) return { dashboard: null, reason: 'calamity', index: -1, startedAt: null, nextChangeAt: null };
  const s = settle(plan, state, now);
  if (s.hold) {
    return { dashboard: s.hold.id, reason: s.hold.reason, index: plan.ids.indexOf(s.hold.id), startedAt: null, nextChangeAt: s.hold.until };
  }
  if (plan.ids.length === 0) return { dashboard: null, reason: 'empty', index: -1, startedAt: null, nextChangeAt: null };
  const slot = slotAt(plan, s.anchor, now);
  return {
    dashboard: plan.ids[slot.index],
    reason: 'rotation',
    index: slot.index,
    startedAt: slot.start,
    nextChangeAt: plan.ids.length > 1 ? slot.end : null,
  };
}

/** A touch pauses on whatever is shown and restarts the idle countdown. */
export function touch(plan: RotationPlan, state: RotationState, now: number): RotationState {
  const shown = current(plan, state, now).dashboard;
  if (!shown) return state;
  const s = settle(plan, state, now);
  // A touch never shortens a push from the control panel.
  if (s.hold?.reason === 'pushed' && s.hold.until > now + plan.idleResumeMs) return s;
  return { anchor: s.anchor, hold: { id: shown, reason: 'paused', until: now + plan.idleResumeMs } };
}

/** A viewer picked a dashboard on a touch screen: show it and pause there. */
export function select(plan: RotationPlan, state: RotationState, id: string, now: number): RotationState {
  return { anchor: settle(plan, state, now).anchor, hold: { id, reason: 'paused', until: now + plan.idleResumeMs } };
}

/** Staff pushed a dashboard to this screen: show it now for `holdMs`, then resume the rotation after it. */
export function push(state: RotationState, id: string, now: number, holdMs = DEFAULT_PUSH_MS): RotationState {
  return { anchor: state.anchor, hold: { id, reason: 'pushed', until: now + Math.max(MIN_DURATION_MS, holdMs) } };
}

/**
 * Carries the rotation over a config change. The dashboard on screen stays for the rest of its time when the new
 * playlist still has it; when it was removed, the new playlist starts now at the dashboard that would have followed.
 */
export function replan(prev: RotationPlan, next: RotationPlan, state: RotationState, now: number): RotationState {
  const s = settle(prev, state, now);
  if (s.hold || next.ids.length === 0) return s;
  if (prev.ids.length === 0) return startRotation();
  const slot = slotAt(prev, s.anchor, now);
  const shown = prev.ids[slot.index];
  // Prefer the same position when an id occurs twice in the playlist.
  let j = next.ids[slot.index] === shown ? slot.index : next.ids.indexOf(shown);
  if (j >= 0) return { anchor: slot.start - offsetOf(next, j), hold: null };
  j = 0;
  for (let k = 1; k <= prev.ids.length; k++) {
    const follower = next.ids.indexOf(prev.ids[(slot.index + k) % prev.ids.length]);
    if (follower >= 0) {
      j = follower;
      break;
    }
  }
  return { anchor: now - offsetOf(next, j), hold: null };
}

/** True when two plans would schedule identically (skip replanning on a no-op config push). */
export function samePlan(a: RotationPlan, b: RotationPlan): boolean {
  return (
    a.idleResumeMs === b.idleResumeMs &&
    a.ids.length === b.ids.length &&
    a.ids.every((id, i) => id === b.ids[i] && a.durationsMs[i] === b.durationsMs[i])
  );
}
