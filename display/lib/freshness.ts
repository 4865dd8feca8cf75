/** Data younger than this on an open socket is "live"; heartbeats arrive every 10 s, so three missed ones pass it. */
export const LIVE_MAX_AGE_MS = 30_000; // 30 s
/** Data older than this is marked stale even while the socket looks open. */
export const STALE_AFTER_MS = 90_000; // 90 s

/** How current the screen's data is, for the footer. */
export interface Freshness {
  text: string;
  level: 'live' | 'aging' | 'stale' | 'waiting';
  stale: boolean;
}

/** "45 s", "2 min", "3 h", "4 days": coarse on purpose, nobody reads seconds from across a lobby. */
export function ageText(ageMs: number): string {
  const s = Math.max(0, Math.floor(ageMs / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h} h`;
  return `${Math.floor(h / 24)} days`;
}

/** Footer freshness from the age of the newest frame (ms, null when none yet) and the socket state. */
export function freshness(ageMs: number | null, connected: boolean): Freshness {
  const age = ageMs === null || !Number.isFinite(ageMs) ? null : Math.max(0, ageMs);
  if (age === null) return { text: connected ? 'waiting for data' : 'connecting…', level: 'waiting', stale: true };
  if (!connected) return { text: `offline · data ${ageText(age)} old`, level: 'stale', stale: true };
  if (age <= LIVE_MAX_AGE_MS) return { text: 'live', level: 'live', stale: false };
  if (age <= STALE_AFTER_MS) return { text: `data ${ageText(age)} old`, level: 'aging', stale: false };
  return { text: `data ${ageText(age)} old`, level: 'stale', stale: true };
}
