import { CHANNELS, type Channel, type MessageInput } from '../../schemas/message.ts';
import { CONVERSATION_REF, clip, collector, fromEpochSeconds, isObj, str, type AdapterContext, type AdapterResult } from './common.ts';

/** Channels a relay may post for: chat platforms without a public webhook format Hubwall reads natively. */
export const RELAY_CHANNELS: readonly Channel[] = CHANNELS;

/** Epoch ms from an ISO date, epoch ms, or epoch seconds (numbers below 1e11 are seconds: before 1973 in ms). */
function timeOf(v: unknown): number | string | undefined {
  if (typeof v === 'string' && !/^\d+$/.test(v)) return v;
  const n = typeof v === 'string' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) return undefined;
  return n < 1e11 ? fromEpochSeconds(n) : Math.floor(n);
}

/**
 * Generic relay webhook for KakaoTalk and Apple Messages for Business (through a bot builder or messaging service
 * provider): `{events: [{id, conversationId?, direction?, from: {id, name?}, text, timestamp, inReplyTo?, url?}]}`
 * or one event object. A reply without `inReplyTo` names the customer via `conversationId`.
 */
export function fromRelay(channel: Channel, payload: unknown, ctx: AdapterContext): AdapterResult | { error: string } {
  const events = isObj(payload) && Array.isArray(payload.events) ? payload.events : isObj(payload) ? [payload] : Array.isArray(payload) ? payload : null;
  if (!events) return { error: 'the body should be `{events: [...]}`, an array of events, or one event object' };
  const c = collector(channel);
  events.forEach((ev, i) => {
    const p = `events.${i}`;
    if (!isObj(ev)) return c.fail(p, `\`${p}\` should be an event object`);
    const id = str(ev.id);
    const from = isObj(ev.from) ? ev.from : {};
    const authorId = str(from.id);
    const createdAt = timeOf(ev.timestamp);
    if (!id) return c.fail(`${p}.id`, '`id` (the platform message id) is required');
    if (!authorId) return c.fail(`${p}.from.id`, '`from.id` is required');
    if (createdAt === undefined) return c.fail(`${p}.timestamp`, '`timestamp` should be ISO 8601, epoch ms or epoch seconds');
    if (typeof ev.text !== 'string') return c.fail(`${p}.text`, '`text` should be a string');
    if (ev.direction !== undefined && ev.direction !== 'inbound' && ev.direction !== 'outbound') {
      return c.fail(`${p}.direction`, '`direction` should be inbound or outbound');
    }
    const outbound = ev.direction === 'outbound' || ctx.brandAccounts.has(channel, authorId);
    const m: MessageInput = { id, channel, direction: outbound ? 'outbound' : 'inbound', author: { id: authorId }, text: clip(ev.text), createdAt };
    if (str(from.name)) m.author.name = String(from.name).slice(0, 200);
    const replyTo = str(ev.inReplyTo) ?? (outbound && str(ev.conversationId) ? `${CONVERSATION_REF}${ev.conversationId}` : undefined);
    if (replyTo) m.inReplyTo = replyTo;
    if (typeof ev.url === 'string') m.url = ev.url;
    c.add(m);
  });
  return c.result();
}
