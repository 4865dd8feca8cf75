/** Messages in an average week at rate 1: the design target for the demo brand. */
export const WEEKLY_MESSAGES = 35_000;

/** Messages (inbound and outbound) per minute averaged over a day at rate 1: ≈ 3.47. */
export const BASE_RATE_PER_MIN = WEEKLY_MESSAGES / (7 * 24 * 60);

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

// Relative traffic per local hour 0…23: quiet night, a late-morning peak, a second one in the evening.
const RAW_PROFILE = [
  0.3, 0.18, 0.12, 0.09, 0.09, 0.16, 0.4, 0.8, 1.2, 1.5, 1.75, 1.85, 1.6, 1.45, 1.4, 1.35, 1.35, 1.4, 1.5, 1.7, 1.75, 1.5, 1.0, 0.6,
];
const MEAN = RAW_PROFILE.reduce((a, b) => a + b, 0) / RAW_PROFILE.length;

/** Traffic per local hour relative to the daily mean (the mean of the 24 values is 1). */
export const HOURLY_PROFILE: readonly number[] = Object.freeze(RAW_PROFILE.map((v) => v / MEAN));

const PROFILE_MAX = Math.max(...HOURLY_PROFILE);

/**
 * Traffic factor at an instant, linear between hour marks so there are no steps.
 * `strength` 0 flattens the day (every hour 1), 1 is the full profile.
 */
export function rhythmFactor(epochMs: number, utcOffsetMinutes: number, strength = 1): number {
  const local = epochMs + utcOffsetMinutes * MINUTE;
  const dayMs = ((local % (24 * HOUR)) + 24 * HOUR) % (24 * HOUR);
  const h = Math.floor(dayMs / HOUR);
  const f = (dayMs - h * HOUR) / HOUR;
  const v = HOURLY_PROFILE[h] * (1 - f) + HOURLY_PROFILE[(h + 1) % 24] * f;
  return 1 + strength * (v - 1);
}

/** The highest value `rhythmFactor` can take for this strength. */
export function maxRhythmFactor(strength = 1): number {
  return Math.max(1, 1 + strength * (PROFILE_MAX - 1));
}
