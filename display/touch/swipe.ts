/** A horizontal swipe must travel at least this far (CSS px); shorter moves are taps or jitter. */
export const SWIPE_MIN_PX = 60;
/** …and at least this many times further sideways than up or down, so a vertical scroll is never a swipe. */
export const SWIPE_RATIO = 2;
/** …within this time: a slow drag is someone reading with a finger, not a swipe. */
export const SWIPE_MAX_MS = 1_000; // 1 s

/** A pointer position at a time (ms). */
export interface PointerMark {
  x: number;
  y: number;
  t: number;
}

/**
 * Classifies a pointer gesture from its start and end: `left` (finger moved left: next dashboard), `right` (previous),
 * or null. Bad input (missing or non-finite marks, time running backwards) is no swipe.
 */
export function detectSwipe(start: PointerMark | null | undefined, end: PointerMark | null | undefined): 'left' | 'right' | null {
  if (!start || !end) return null;
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  const dt = end.t - start.t;
  if (![dx, dy, dt].every(Number.isFinite) || dt < 0 || dt > SWIPE_MAX_MS) return null;
  if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < SWIPE_RATIO * Math.abs(dy)) return null;
  return dx < 0 ? 'left' : 'right';
}

/** The playlist index `step` places from `index`, wrapping around; -1 (a dashboard not in the playlist) starts at 0. */
export function stepIndex(index: number, step: number, length: number): number {
  if (!(length > 0)) return -1;
  if (!(index >= 0 && index < length)) return step >= 0 ? 0 : length - 1;
  return (((index + step) % length) + length) % length;
}
