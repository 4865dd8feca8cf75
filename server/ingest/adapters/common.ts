import { MAX_TEXT_CHARS, type Channel, type MessageInput } from '../../schemas/message.ts';
import { validateItem, type ItemError } from '../validate.ts';

/** What every adapter returns: the valid messages, one error per refused item, and how many events were not messages. */
export interface AdapterResult {
  messages: MessageInput[];
  errors: ItemError[];
  /** Events that carry no message (read receipts, follows, deletions…): acknowledged, not stored. */
  ignored: number;
  /** Refused items per channel, for the per-channel bad-payload counters. */
  rejectedByChannel: Partial<Record<Channel, number>>;
}

/** Settings every adapter shares. */
export interface AdapterContext {
  /** The brand's own accounts (ids or handles, optionally `channel:`-prefixed): their posts are outbound replies. */
  brandAccounts: BrandAccounts;
}

/** Stable code for an item the platform sent but Hubwall cannot read. */
export const PAYLOAD_ERROR = 'HW_ERR_PAYLOAD_FIELD';

/** A plain JSON object (not an array, not null). */
export const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A non-empty string, or undefined. Numbers are accepted because some platforms send ids as numbers. */
export function str(v: unknown): string | undefined {
  if (typeof v === 'string' && v.length) return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/** Epoch ms from epoch seconds (number or numeric string) as Meta, WhatsApp and WeChat send; undefined otherwise. */
export function fromEpochSeconds(v: unknown): number | undefined {
  const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.round(n * 1000) : undefined;
}

/** Long posts are cut rather than refused: the wall needs the case, not every character of it. */
export function clip(text: string): string {
  return text.length > MAX_TEXT_CHARS ? `${text.slice(0, MAX_TEXT_CHARS - 1)}…` : text;
}

/** What a non-text message shows on the wall, e.g. `(image)`; the type is kept short and harmless. */
export const placeholder = (type: string) => `(${type.replace(/[^a-z_]/gi, '').slice(0, 30) || 'attachment'})`;

/** Prefix for an `inReplyTo` that names the customer a chat reply went to, when the platform names no message. */
export const CONVERSATION_REF = 'to:';

/** The brand's accounts, parsed once from `HUBWALL_BRAND_ACCOUNTS` (`klm, x:@klm, facebook:1029384756`). */
export class BrandAccounts {
  private readonly any = new Set<string>();
  private readonly perChannel = new Set<string>();

  constructor(list: readonly string[] = []) {
    for (const raw of list) {
      const entry = raw.trim().toLowerCase();
      if (!entry) continue;
      const m = /^([a-z]+):(.+)$/.exec(entry);
      if (m && !/^https?$/.test(m[1])) this.perChannel.add(`${m[1]}:${m[2].replace(/^@/, '')}`);
      else this.any.add(entry.replace(/^@/, ''));
    }
  }

  /** True when any of the given ids or handles is one of the brand's accounts on this channel. */
  has(channel: Channel, ...ids: (string | undefined)[]): boolean {
    for (const id of ids) {
      if (!id) continue;
      const k = id.toLowerCase().replace(/^@/, '');
      if (this.any.has(k) || this.perChannel.has(`${channel}:${k}`)) return true;
    }
    return false;
  }

  get size(): number {
    return this.any.size + this.perChannel.size;
  }
}

/** Gathers an adapter's output; every candidate is checked against the ingest schema before it counts as valid. */
export function collector(defaultChannel: Channel) {
  const out: AdapterResult = { messages: [], errors: [], ignored: 0, rejectedByChannel: {} };
  let index = 0;
  let current = defaultChannel;
  const reject = (channel: Channel, err: ItemError) => {
    out.errors.push(err);
    out.rejectedByChannel[channel] = (out.rejectedByChannel[channel] ?? 0) + 1;
  };
  return {
    /** The channel later failures count against (Meta mixes Messenger, Facebook and WhatsApp in one delivery). */
    setChannel(channel: Channel): void {
      current = channel;
    },
    /** Adds a candidate message; a candidate that breaks the schema becomes an error with its field. */
    add(candidate: MessageInput): void {
      const i = index++;
      const err = validateItem(candidate, i);
      if (err) reject(candidate.channel ?? current, err);
      else out.messages.push(candidate);
    },
    /** Records an item that could not be read, with the platform's field path and what was expected. */
    fail(field: string, message: string, code = PAYLOAD_ERROR): void {
      reject(current, { index: index++, field, code, message });
    },
    ignore(): void {
      out.ignored++;
    },
    result: (): AdapterResult => out,
  };
}
export type Collector = ReturnType<typeof collector>;
