import type { Channel, Message } from '../../schemas/message.ts';
import { CONVERSATION_REF } from '../../ingest/adapters/common.ts';
import { RSS_PREFIX } from '../../ingest/adapters/rss.ts';
import { CHAT_CHANNELS } from './defaults.ts';
import type { PriorityRules } from './priority.ts';

interface OpenCase {
  channel: Channel;
  /** When the first unanswered message arrived: the case's age. */
  createdAt: number;
  authorId: string;
  /** Tiers matched by any message of the case (bit mask, see priority.ts). */
  tiers: number;
  /** Message ids in the case, so a reply to any of them (or a "handled" mark) finds it. Capped. */
  ids: string[];
}

/** Counts of one channel's open cases. */
export interface ChannelCases {
  open: number;
  /** Age in ms of the oldest open case; null when none. */
  oldestMs: number | null;
  /** Open cases per priority tier index; the last slot is the normal tier. */
  perTier: number[];
}

const IDS_PER_CASE = 20;

/**
 * Open cases per channel. A case starts with an inbound message and ends with the brand's reply or a staff mark.
 * In chat apps a case is the conversation with one customer (more messages join it; any reply to them ends it);
 * on public channels each post or comment is its own case, ended by a reply to it. Bounded: at most `maxOpen`
 * cases (oldest dropped), cases older than `ttlMs` no longer count, and recent repliers are kept for 24 h.
 */
export class CaseTracker {
  private readonly open = new Map<string, OpenCase>();
  private readonly byMessage = new Map<string, string>();
  /** channel|author → when the brand last answered them: "already in conversation". */
  private readonly answered = new Map<string, number>();

  constructor(
    private readonly rules: PriorityRules,
    readonly maxOpen = 100_000,
    readonly ttlMs = 24 * 3_600_000,
    readonly maxAnswered = 50_000,
  ) {}

  add(m: Message): void {
    if (m.direction === 'outbound') return this.reply(m);
    // Feed items (news, blogs) are read on the wall but nobody answers them: they are not cases.
    if (m.id.startsWith(RSS_PREFIX)) return;
    const chat = CHAT_CHANNELS.includes(m.channel);
    const msgKey = `${m.channel}:${m.id}`;
    if (this.byMessage.has(msgKey)) return;
    const key = chat ? `${m.channel}|a|${m.author.id}` : `${m.channel}|m|${m.id}`;
    const inConversation = this.answered.has(`${m.channel}|${m.author.id}`);
    const tiers = this.rules.match({ channel: m.channel, authorId: m.author.id, text: m.text, keywords: m.keywords, inConversation });
    const existing = this.open.get(key);
    if (existing) {
      existing.tiers |= tiers;
      if (existing.ids.length < IDS_PER_CASE) {
        existing.ids.push(m.id);
        this.byMessage.set(msgKey, key);
      }
      return;
    }
    if (this.open.size >= this.maxOpen) this.close(this.open.keys().next().value as string, m.createdAt, false);
    this.open.set(key, { channel: m.channel, createdAt: m.createdAt, authorId: m.author.id, tiers, ids: [m.id] });
    this.byMessage.set(msgKey, key);
  }

  /** Ends the case holding message `id` (or, in chat apps, the case of customer `id`). False when none was open. */
  markHandled(channel: Channel, id: string, at: number): boolean {
    const key = this.byMessage.get(`${channel}:${id}`) ?? (CHAT_CHANNELS.includes(channel) ? `${channel}|a|${id}` : undefined);
    return key !== undefined && this.close(key, at, true);
  }

  /** Open cases of every channel with at least one, after dropping those older than the TTL. */
  counts(now: number, tierCount: number): Map<Channel, ChannelCases> {
    const cutoff = now - this.ttlMs;
    const out = new Map<Channel, ChannelCases>();
    for (const [key, c] of this.open) {
      if (c.createdAt < cutoff) {
        this.close(key, now, false);
        continue;
      }
      let s = out.get(c.channel);
      if (!s) out.set(c.channel, (s = { open: 0, oldestMs: null, perTier: new Array(tierCount + 1).fill(0) }));
      s.open++;
      const age = Math.max(0, now - c.createdAt);
      if (s.oldestMs === null || age > s.oldestMs) s.oldestMs = age;
      const tier = this.rules.tierAt(c.tiers, age);
      s.perTier[tier < 0 ? tierCount : tier]++;
    }
    return out;
  }

  get size(): number {
    return this.open.size;
  }

  private reply(m: Message): void {
    if (!m.inReplyTo) return;
    const key = m.inReplyTo.startsWith(CONVERSATION_REF)
      ? `${m.channel}|a|${m.inReplyTo.slice(CONVERSATION_REF.length)}`
      : this.byMessage.get(`${m.channel}:${m.inReplyTo}`);
    if (key) this.close(key, m.createdAt, true);
  }

  private close(key: string, at: number, answered: boolean): boolean {
    const c = this.open.get(key);
    if (!c) return false;
    this.open.delete(key);
    for (const id of c.ids) this.byMessage.delete(`${c.channel}:${id}`);
    if (answered) {
      const who = `${c.channel}|${c.authorId}`;
      this.answered.delete(who); // re-insert so Map order stays oldest-first for trimming
      this.answered.set(who, at);
      if (this.answered.size > this.maxAnswered) this.answered.delete(this.answered.keys().next().value as string);
      for (const [k, t] of this.answered) {
        if (t >= at - this.ttlMs) break;
        this.answered.delete(k);
      }
    }
    return true;
  }
}
