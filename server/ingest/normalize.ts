import type { Enrichment, Message, MessageInput } from '../schemas/message.ts';

/** Platforms' clocks and ours disagree a little; a timestamp this far in the future is clamped to arrival. */
const MAX_FUTURE_MS = 60_000;

/** Turns a validated input plus its enrichment into the Message every later stage uses. Pure. */
export function normalize(input: MessageInput, enrichment: Enrichment, receivedAt: number): Message {
  const created = typeof input.createdAt === 'number' ? input.createdAt : Date.parse(input.createdAt);
  const createdAt = !Number.isFinite(created) || created > receivedAt + MAX_FUTURE_MS ? receivedAt : created;
  return {
    id: input.id,
    channel: input.channel,
    direction: input.direction ?? 'inbound',
    author: { id: input.author.id, name: input.author.name ?? input.author.id },
    text: input.text,
    createdAt,
    receivedAt,
    inReplyTo: input.inReplyTo ?? null,
    url: input.url ?? null,
    engagement: {
      likes: input.engagement?.likes ?? 0,
      shares: input.engagement?.shares ?? 0,
      replies: input.engagement?.replies ?? 0,
    },
    ...enrichment,
  };
}
