import type { Channel, LangOrUnd } from '../../server/schemas/message.ts';

const numberFormats = new Map<string, Intl.NumberFormat>();

function nf(locale: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${locale}|${JSON.stringify(opts)}`;
  let f = numberFormats.get(id);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale, opts);
    } catch {
      f = new Intl.NumberFormat('en-GB', opts); // A bad locale in config falls back instead of throwing.
    }
    // Only a handful of option sets exist; the cap guards against a config that changes locale every push.
    if (numberFormats.size > 50) numberFormats.clear();
    numberFormats.set(id, f);
  }
  return f;
}

/** A count for a big tile: 1 234 below ten thousand, 12.3K above, "–" for missing. */
export function formatCount(n: number | null | undefined, locale = 'en-GB'): string {
  if (typeof n !== 'number' || !Number.isFinite(n)) return '–';
  if (Math.abs(n) < 10_000) return nf(locale, { maximumFractionDigits: 0 }).format(n);
  return nf(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}

/** A number with at most `digits` decimals. */
export function formatNumber(n: number | null | undefined, locale = 'en-GB', digits = 1): string {
  if (typeof n !== 'number' || !Number.isFinite(n)) return '–';
  return nf(locale, { maximumFractionDigits: digits }).format(n);
}

/** A 0…1 share as a whole percentage. */
export function formatPercent(share: number | null | undefined, locale = 'en-GB'): string {
  if (typeof share !== 'number' || !Number.isFinite(share)) return '–';
  return nf(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A duration as "45 s", "12 min", "1 h 20 min"; "–" for missing. */
export function formatDuration(ms: number | null | undefined): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) return '–';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.round(s / 60);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return rest ? `${h} h ${rest} min` : `${h} h`;
}

/** A wait as people say it: formatDuration below 3 h, then whole hours, from two days whole days ("13 h 58 min" is noise). */
export function formatWait(ms: number | null | undefined): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) return '–';
  if (ms >= 48 * 3_600_000) return `${Math.round(ms / 86_400_000)} days`;
  return ms >= 3 * 3_600_000 ? `${Math.round(ms / 3_600_000)} h` : formatDuration(ms);
}

/** "now", "3 min ago", "2 h ago" for a post's time against server time. */
export function timeAgo(then: number, now: number): string {
  const s = Math.max(0, Math.round((now - then) / 1000));
  if (s < 45) return 'now';
  const m = Math.round(s / 60);
  if (m < 60) return `${m} min ago`;
  const h = Math.round(m / 60);
  if (h < 48) return `${h} h ago`;
  return `${Math.round(h / 24)} days ago`;
}

/** Display names of the channels, as their owners write them. */
export const CHANNEL_LABELS: Record<Channel, string> = {
  x: 'X',
  facebook: 'Facebook',
  messenger: 'Messenger',
  whatsapp: 'WhatsApp',
  wechat: 'WeChat',
  line: 'LINE',
  kakaotalk: 'KakaoTalk',
  applemessages: 'Apple Messages',
};

/** Short monograms for channel badges (no brand artwork is shipped). */
export const CHANNEL_MONOGRAMS: Record<Channel, string> = {
  x: 'X',
  facebook: 'f',
  messenger: 'M',
  whatsapp: 'WA',
  wechat: 'WC',
  line: 'L',
  kakaotalk: 'K',
  applemessages: 'iM',
};

/** A channel's label, or the raw id for a channel this build does not know. */
export function channelLabel(ch: string): string {
  return (CHANNEL_LABELS as Record<string, string>)[ch] ?? ch;
}

const languageNames = new Map<string, Intl.DisplayNames | null>();

/** A language's name in the screen's locale ("Dutch", "Nederlands"); "Other" for und. */
export function languageLabel(code: LangOrUnd | string, locale = 'en-GB'): string {
  if (code === 'und') return 'Other';
  let dn = languageNames.get(locale);
  if (dn === undefined) {
    try {
      dn = new Intl.DisplayNames([locale], { type: 'language' });
    } catch {
      dn = null;
    }
    languageNames.set(locale, dn);
  }
  try {
    const name = dn?.of(code);
    return name ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : code.toUpperCase();
  } catch {
    return code.toUpperCase();
  }
}

/** Cuts text at a word boundary near `max` chars and adds an ellipsis. */
export function truncate(text: string, max: number): string {
  const t = (text ?? '').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
