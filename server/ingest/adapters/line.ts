import type { MessageInput } from '../../schemas/message.ts';
import { clip, collector, isObj, placeholder, str, type AdapterContext, type AdapterResult } from './common.ts';

/**
 * LINE Messaging API webhook `{destination, events: [...]}`: `message` events become inbound messages on `line`.
 * LINE does not send the bot's own replies back, so LINE cases end with a staff "handled" mark (or the TTL).
 * An empty `events` array is the console's "Verify" request: accepted with nothing to store.
 */
export function fromLine(payload: unknown, ctx: AdapterContext): AdapterResult | { error: string } {
  if (!isObj(payload) || !Array.isArray(payload.events)) return { error: 'the body should be a LINE webhook `{destination, events: [...]}`' };
  const c = collector('line');
  payload.events.forEach((ev, i) => {
    const p = `events.${i}`;
    if (!isObj(ev)) return c.fail(p, `\`${p}\` should be an event object`);
    if (ev.type !== 'message') return c.ignore(); // follow, unfollow, postback, unsend…
    const msg = isObj(ev.message) ? ev.message : undefined;
    const id = msg ? str(msg.id) : undefined;
    if (!msg || !id) return c.fail(`${p}.message.id`, '`message.id` is required on a message event');
    const source = isObj(ev.source) ? ev.source : {};
    const userId = str(source.userId);
    // In groups a user who has not added the bot has no userId: the group or room stands in for the author.
    const author = userId ?? str(source.groupId) ?? str(source.roomId);
    if (!author) return c.fail(`${p}.source.userId`, '`source.userId` is required');
    if (typeof ev.timestamp !== 'number') return c.fail(`${p}.timestamp`, '`timestamp` should be epoch milliseconds');
    const type = str(msg.type) ?? 'unknown';
    const text = type === 'text' && typeof msg.text === 'string' ? msg.text : placeholder(type);
    const m: MessageInput = {
      id,
      channel: 'line',
      direction: ctx.brandAccounts.has('line', author) ? 'outbound' : 'inbound',
      author: { id: author },
      text: clip(text),
      createdAt: Math.floor(ev.timestamp),
    };
    const quoted = str(msg.quotedMessageId);
    if (quoted) m.inReplyTo = quoted;
    c.add(m);
  });
  return c.result();
}
