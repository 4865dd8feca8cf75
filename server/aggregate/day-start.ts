const formatters = new Map<string, Intl.DateTimeFormat>();
const cache = new Map<string, number>();
const CACHE_MAX = 256;

/**
 * Epoch ms of local midnight (in IANA `timeZone`) of the day containing `t`.
 * Uses the zone's offset at `t`; on a DST-change day midnight may be off by the shift, which only moves
 * which day the first hour's messages count toward.
 */
export function dayStart(t: number, timeZone: string): number {
  const hourKey = `${timeZone}|${Math.floor(t / 3_600_000)}`;
  const hit = cache.get(hourKey);
  if (hit !== undefined) return hit;
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, fmt);
  }
  const p: Record<string, number> = {};
  for (const part of fmt.formatToParts(t)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const offset = asUtc - Math.floor(t / 1000) * 1000;
  const start = Date.UTC(p.year, p.month - 1, p.day) - offset;
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(hourKey, start);
  return start;
}
