/** How often static chrome moves, against burn-in on panels that show the same footer all day. */
export const DRIFT_PERIOD_MS = 3 * 60_000; // 3 min
/** Largest offset from the rest position, in CSS px: invisible to viewers, enough to spread wear. */
export const DRIFT_MAX_PX = 4;

// A fixed walk around the rest position so consecutive steps stay small and never repeat soon.
const PATH: ReadonlyArray<readonly [number, number]> = [
  [0, 0], [1, 0], [1, 1], [0, 1], [-1, 1], [-1, 0], [-1, -1], [0, -1], [1, -1], [0.5, 0.5], [-0.5, 0.5], [-0.5, -0.5], [0.5, -0.5],
];

/** Pixel offset of static chrome at time `now` (ms); the same for every screen at the same server time. */
export function driftOffset(now: number, maxPx = DRIFT_MAX_PX, periodMs = DRIFT_PERIOD_MS): { x: number; y: number } {
  if (!Number.isFinite(now) || periodMs <= 0) return { x: 0, y: 0 };
  const step = Math.floor(now / periodMs) % PATH.length;
  const [x, y] = PATH[(step + PATH.length) % PATH.length];
  return { x: Math.round(x * maxPx), y: Math.round(y * maxPx) };
}
