import type { WallMessage } from '../schemas/live.ts';
import type { Message } from '../schemas/message.ts';

/** The subset of a message that screens receive. */
export function toWallMessage(m: Message): WallMessage {
  return {
    id: m.id,
    channel: m.channel,
    direction: m.direction,
    author: m.author,
    text: m.text,
    createdAt: m.createdAt,
    lang: m.lang,
    sentiment: m.sentiment,
    keywords: m.keywords,
    hashtags: m.hashtags,
    url: m.url,
    engagement: m.engagement,
  };
}
