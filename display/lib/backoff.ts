/** First reconnect delay. */
export const BACKOFF_BASE_MS = 1_000; // 1 s
/** Longest reconnect delay: a wall should find the server within half a minute of it coming back. */
export const BACKOFF_CAP_MS = 30_000; // 30 s

/**
 * Delay before reconnect attempt `attempt` (0-based): exponential, capped, with "equal jitter" (half fixed,
 * half random) so a whole lobby of screens does not reconnect in the same millisecond after a server restart.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const n = Number.isFinite(attempt) && attempt > 0 ? Math.min(attempt, 30) : 0;
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** n);
  const r = Math.min(1, Math.max(0, random()));
  return Math.round(ceiling / 2 + (r * ceiling) / 2);
}
