import { Value } from '@sinclair/typebox/value';
import { Walls } from '../schemas/config.ts';
import { configError, type ConfigError } from './errors.ts';
import { schemaErrors } from './schema-errors.ts';

/** True when `Intl` knows the IANA time zone name. */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false; // RangeError: unknown zone
  }
}

/** True when the tag is well-formed BCP 47 and this runtime can format dates for it. */
export function isLocale(tag: string): boolean {
  try {
    const canonical = Intl.getCanonicalLocales(tag);
    return canonical.length === 1 && Intl.DateTimeFormat.supportedLocalesOf(canonical).length === 1;
  } catch {
    return false; // RangeError: malformed tag
  }
}

/** Validates walls.json on its own (schema with defaults, unique screen ids, time zones, locales, defaultScreen). */
export function validateWalls(file: string, raw: unknown): { walls?: Walls; errors: ConfigError[] } {
  const value = Value.Default(Walls, structuredClone(raw));
  const errors = schemaErrors(file, Walls, value);
  if (errors.length > 0) return { errors };
  const walls = value as Walls; // checked by schemaErrors above
  const firstIndex = new Map<string, number>();
  walls.screens.forEach((s, i) => {
    const first = firstIndex.get(s.id);
    if (first === undefined) firstIndex.set(s.id, i);
    else errors.push(configError('HW_ERR_CONFIG_DUPLICATE_ID', file, `screens[${i}].id`, `an id not used by another screen (screens[${first}] has it)`, s.id));
    if (!isTimeZone(s.timeZone)) errors.push(configError('HW_ERR_CONFIG_TIME_ZONE', file, `screens[${i}].timeZone`, 'an IANA time zone such as "Europe/Amsterdam" or "UTC"', s.timeZone));
    if (!isLocale(s.locale)) errors.push(configError('HW_ERR_CONFIG_LOCALE', file, `screens[${i}].locale`, 'a BCP 47 locale such as "nl-NL" or "en-GB"', s.locale));
  });
  if (walls.defaultScreen !== undefined && !firstIndex.has(walls.defaultScreen))
    errors.push(configError('HW_ERR_CONFIG_UNKNOWN_SCREEN', file, 'defaultScreen', `one of the screen ids: ${[...firstIndex.keys()].join(', ')}`, walls.defaultScreen));
  return errors.length > 0 ? { errors } : { walls, errors };
}

/** Playlists must name existing dashboards and themes must exist (ids are the file names). */
export function crossCheckWalls(file: string, walls: Walls, dashboardIds: ReadonlySet<string>, themeIds: ReadonlySet<string>): ConfigError[] {
  const errors: ConfigError[] = [];
  const dashboards = [...dashboardIds].sort().join(', ');
  const themes = [...themeIds].sort().join(', ');
  walls.screens.forEach((s, i) => {
    s.playlist.forEach((id, j) => {
      if (!dashboardIds.has(id)) errors.push(configError('HW_ERR_CONFIG_UNKNOWN_DASHBOARD', file, `screens[${i}].playlist[${j}]`, `one of the dashboards: ${dashboards}`, id));
    });
    if (!themeIds.has(s.theme)) errors.push(configError('HW_ERR_CONFIG_UNKNOWN_THEME', file, `screens[${i}].theme`, `one of the themes: ${themes}`, s.theme));
  });
  return errors;
}
