import type { Screen, Walls } from '../../server/schemas/config.ts';

/** The screen to show: the one named in the URL, else the walls' default, else the first; null with no screens. */
export function pickScreen(walls: Walls | null | undefined, requested: string | null): Screen | null {
  const screens = walls?.screens ?? [];
  if (screens.length === 0) return null;
  return screens.find((s) => s.id === requested) ?? screens.find((s) => s.id === walls?.defaultScreen) ?? screens[0];
}

/** A valid IANA time zone for the clock; a typo in config shows UTC rather than no clock. */
export function safeTimeZone(tz: string | undefined): string {
  if (!tz) return 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz;
  } catch {
    return 'UTC';
  }
}

/** A valid BCP 47 locale, else en-GB. */
export function safeLocale(locale: string | undefined): string {
  if (!locale) return 'en-GB';
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en-GB';
  } catch {
    return 'en-GB';
  }
}
