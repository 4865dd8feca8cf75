import type { Channel, SentimentLabel } from '../../schemas/message.ts';
import type { Rng } from '../prng.ts';
import type { PhraseBank } from './phrases/index.ts';
import { PUBLIC_CHANNELS, type Brand } from './channels.ts';

/** What a template needs besides its language's word lists. */
export interface ComposeContext {
  bank: PhraseBank;
  channel: Channel;
  brand: Brand;
  /** The customer, for replies. */
  name?: string;
  family?: string;
  /** Incident hashtag and keyword, for incident texts. */
  tag?: string;
  topic?: string;
}

const EMOJI: Readonly<Record<SentimentLabel, readonly string[]>> = {
  negative: ['😡', '😤', '🙄', '😩', '😠', '👎', '🤬', '😭'],
  neutral: ['🙏', '✈️', '🤔', '🧳'],
  positive: ['😍', '🙌', '👏', '❤️', '✈️', '😊', '🥰', '👍'],
};
const AGENTS = ['AK', 'JB', 'MV', 'SD', 'LR', 'TK', 'EH', 'NP', 'RW', 'YM', 'CB', 'FO'];
const REF_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const SEAT_LETTERS = 'ABCDEF';
const CJK = new Set(['zh', 'ja', 'ko']);

function refCode(rng: Rng, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += REF_CHARS[rng.int(0, REF_CHARS.length - 1)];
  return s;
}

function digits(rng: Rng, length: number): string {
  let s = String(rng.int(1, 9));
  for (let i = 1; i < length; i++) s += String(rng.int(0, 9));
  return s;
}

/** Fills one `{slot}`: language lists first, then the shared generated values. */
function slot(key: string, ctx: ComposeContext, rng: Rng): string {
  const list = ctx.bank.slots[key];
  if (list) return rng.pick(list);
  switch (key) {
    case 'flight':
      return `HW${rng.int(100, 1999)}`;
    case 'ref':
      return refCode(rng, 6);
    case 'claim':
      return `TRV-${digits(rng, 7)}`;
    case 'hours':
      return String(rng.int(2, 9));
    case 'mins':
      return String(rng.int(5, 19) * 5);
    case 'days':
      return String(rng.int(2, 12));
    case 'amount':
      return String(rng.int(49, 899));
    case 'gate':
      return `${'BCDEFGH'[rng.int(0, 6)]}${rng.int(1, 40)}`;
    case 'seat':
      return `${rng.int(1, 38)}${SEAT_LETTERS[rng.int(0, 5)]}`;
    case 'agent':
      return rng.pick(AGENTS);
    case 'brand':
      // Public posts tag the handle; in a private chat people write the name, or nothing.
      if (PUBLIC_CHANNELS.has(ctx.channel)) return `@${ctx.brand.handle}`;
      return rng.chance(0.5) ? ctx.brand.name : '';
    case 'name':
      return ctx.name ?? '';
    case 'family':
      return ctx.family ?? ctx.name ?? '';
    case 'tag':
      return ctx.tag ?? '';
    case 'topic':
      return ctx.topic ?? '';
    default:
      return '';
  }
}

/** Replaces every `{slot}` and tidies the spaces an empty slot leaves behind. */
export function fillTemplate(template: string, ctx: ComposeContext, rng: Rng): string {
  let text = template.replace(/\{(\w+)\}/g, (_, key: string) => slot(key, ctx, rng));
  text = text.replace(/\s{2,}/g, ' ').trim();
  // French puts a space before ? ! : ; the others do not, so an emptied slot must not leave one.
  if (ctx.bank.lang !== 'fr') text = text.replace(/ +([?!.,])/g, '$1');
  text = text.replace(/^[,.\s]+/, '');
  if (!CJK.has(ctx.bank.lang) && text.length > 0) text = text[0].toLocaleUpperCase(ctx.bank.lang) + text.slice(1);
  return text;
}

/** Chance to add an emoji and a hashtag, by channel: public posts are noisier than chats. */
const DECORATION: Readonly<Record<Channel, { emoji: number; hashtag: number; mention: number }>> = {
  x: { emoji: 0.35, hashtag: 0.3, mention: 0.5 },
  facebook: { emoji: 0.35, hashtag: 0.12, mention: 0.15 },
  messenger: { emoji: 0.3, hashtag: 0.02, mention: 0 },
  whatsapp: { emoji: 0.4, hashtag: 0.02, mention: 0 },
  wechat: { emoji: 0.3, hashtag: 0.03, mention: 0 },
  line: { emoji: 0.45, hashtag: 0.03, mention: 0 },
  kakaotalk: { emoji: 0.45, hashtag: 0.03, mention: 0 },
  applemessages: { emoji: 0.3, hashtag: 0.01, mention: 0 },
};

/** Share of incident messages that carry the incident hashtag, by channel. */
const INCIDENT_TAG: Readonly<Record<Channel, number>> = {
  x: 0.95,
  facebook: 0.8,
  messenger: 0.5,
  whatsapp: 0.5,
  wechat: 0.5,
  line: 0.5,
  kakaotalk: 0.5,
  applemessages: 0.5,
};

/** An inbound customer text: a template plus, sometimes, an @mention, an emoji and a hashtag. */
export function composeInbound(template: string, sentiment: SentimentLabel, ctx: ComposeContext, rng: Rng): string {
  const deco = DECORATION[ctx.channel];
  const withTag = ctx.tag ? { ...ctx, tag: rng.chance(INCIDENT_TAG[ctx.channel]) ? ctx.tag : '' } : ctx;
  let text = fillTemplate(template, withTag, rng);
  const handle = `@${ctx.brand.handle}`;
  if (deco.mention > 0 && !text.includes(handle) && rng.chance(deco.mention)) text = `${handle} ${text}`;
  if (rng.chance(sentiment === 'neutral' ? deco.emoji / 2 : deco.emoji)) {
    const e = rng.pick(EMOJI[sentiment]);
    text += rng.chance(0.3) ? ` ${e}${e}` : ` ${e}`;
  }
  if (!ctx.tag && rng.chance(deco.hashtag)) text += ` ${rng.pick(ctx.bank.hashtags)}`;
  return text;
}

/** A brand reply; on x it starts with the customer's @handle like a real public answer. */
export function composeReply(template: string, ctx: ComposeContext, rng: Rng, replyToHandle?: string): string {
  const text = fillTemplate(template, ctx, rng);
  return replyToHandle ? `@${replyToHandle} ${text}` : text;
}
