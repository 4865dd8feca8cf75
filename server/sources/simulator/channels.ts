import type { Channel, Lang } from '../../schemas/message.ts';
import { weighted, type Weighted } from '../prng.ts';

/** The brand the simulator writes to; `handle` is its public @name on x and facebook. */
export interface Brand {
  name: string;
  handle: string;
}

export const DEFAULT_BRAND: Readonly<Brand> = Object.freeze({ name: 'Hubwall Air', handle: 'HubwallAir' });

/** Share of all inbound traffic per channel (relative weights). */
export const CHANNEL_WEIGHTS: Readonly<Record<Channel, number>> = {
  x: 19,
  facebook: 13,
  messenger: 14,
  whatsapp: 24,
  wechat: 8,
  line: 8,
  kakaotalk: 6,
  applemessages: 8,
};

/** Language mix per channel (relative weights): Asian apps are mostly one language, the rest is mixed Western. */
export const LANG_MIX: Readonly<Record<Channel, Readonly<Partial<Record<Lang, number>>>>> = {
  x: { en: 40, nl: 12, fr: 10, de: 10, es: 11, pt: 6, it: 6, ja: 3, zh: 1, ko: 1 },
  facebook: { en: 30, nl: 15, fr: 11, de: 12, es: 12, pt: 8, it: 8, ja: 2, zh: 1, ko: 1 },
  messenger: { en: 28, nl: 16, fr: 12, de: 12, es: 12, pt: 8, it: 9, ja: 1, zh: 1, ko: 1 },
  whatsapp: { nl: 22, en: 18, es: 16, pt: 15, de: 10, fr: 9, it: 8, zh: 1, ja: 0.5, ko: 0.5 },
  wechat: { zh: 92, en: 6, ja: 1, ko: 1 },
  line: { ja: 86, zh: 6, en: 6, ko: 2 },
  kakaotalk: { ko: 91, en: 6, ja: 2, zh: 1 },
  applemessages: { en: 34, fr: 12, de: 12, nl: 12, ja: 8, es: 9, it: 6, pt: 4, zh: 2, ko: 1 },
};

/** Public channels: people tag the brand and use hashtags; the brand signs public replies. */
export const PUBLIC_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(['x', 'facebook']);

/** Share of inbound messages the brand answers, by channel (x gets fewer public answers, more DMs). */
export const REPLY_CHANNEL_FACTOR: Readonly<Record<Channel, number>> = {
  x: 0.75,
  facebook: 0.9,
  messenger: 1,
  whatsapp: 1,
  wechat: 1,
  line: 1,
  kakaotalk: 1,
  applemessages: 1,
};

/** The brand's own account on a channel; outbound replies carry it as `author`. */
export function brandAccount(channel: Channel, brand: Brand = DEFAULT_BRAND): { id: string; name: string } {
  return { id: `brand:${channel}:${brand.handle.toLowerCase()}`, name: brand.name };
}

export const CHANNEL_TABLE: Weighted<Channel> = weighted(Object.entries(CHANNEL_WEIGHTS) as Array<[Channel, number]>);

export const LANG_TABLES: Readonly<Record<Channel, Weighted<Lang>>> = Object.fromEntries(
  Object.entries(LANG_MIX).map(([channel, mix]) => [channel, weighted(Object.entries(mix) as Array<[Lang, number]>)]),
) as Record<Channel, Weighted<Lang>>;
