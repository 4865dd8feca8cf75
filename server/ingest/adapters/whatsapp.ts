import type { MessageInput } from '../../schemas/message.ts';
import { CONVERSATION_REF, clip, fromEpochSeconds, isObj, placeholder, str, type AdapterContext, type Collector } from './common.ts';

/** Pricing categories of business-initiated messages: a status for one of these is not a reply to a customer. */
const NOT_REPLIES = new Set(['marketing', 'utility', 'authentication', 'marketing_lite']);

/** Text of a WhatsApp message of any type: the body, a caption, the chosen button, or a placeholder. */
function textOf(msg: Record<string, unknown>): string {
  const type = str(msg.type) ?? 'unknown';
  const part = isObj(msg[type]) ? (msg[type] as Record<string, unknown>) : {};
  if (type === 'text') return typeof part.body === 'string' ? part.body : '';
  if (typeof part.caption === 'string' && part.caption) return part.caption;
  if (type === 'button' && typeof part.text === 'string') return part.text;
  if (type === 'interactive') {
    const reply = isObj(part.button_reply) ? part.button_reply : isObj(part.list_reply) ? part.list_reply : {};
    if (typeof reply.title === 'string') return reply.title;
  }
  if (type === 'reaction' && typeof part.emoji === 'string') return part.emoji;
  return placeholder(type);
}

/**
 * WhatsApp Cloud API `messages` change: customers' messages (inbound) and statuses of the business's own
 * messages. The Cloud API never echoes what the business sent, so a `sent` status of a service message is the
 * only sign of a reply: it becomes an outbound message without text that closes the customer's open case.
 */
export function whatsappChange(value: Record<string, unknown>, path: string, ctx: AdapterContext, c: Collector): void {
  const names = new Map<string, string>();
  for (const ct of Array.isArray(value.contacts) ? value.contacts : []) {
    if (isObj(ct) && str(ct.wa_id) && isObj(ct.profile) && str(ct.profile.name)) names.set(String(ct.wa_id), String(ct.profile.name));
  }
  const business = isObj(value.metadata) ? str(value.metadata.phone_number_id) : undefined;
  (Array.isArray(value.messages) ? value.messages : []).forEach((msg, k) => {
    const p = `${path}.value.messages.${k}`;
    if (!isObj(msg)) return c.fail(p, `\`${p}\` should be a message object`);
    const id = str(msg.id);
    const from = str(msg.from);
    const createdAt = fromEpochSeconds(msg.timestamp);
    if (!id) return c.fail(`${p}.id`, '`id` (wamid) is required');
    if (!from) return c.fail(`${p}.from`, '`from` (the customer\'s WhatsApp id) is required');
    if (createdAt === undefined) return c.fail(`${p}.timestamp`, '`timestamp` should be epoch seconds');
    if (msg.type === 'system' || msg.type === 'unsupported') return c.ignore();
    const name = names.get(from);
    const m: MessageInput = {
      id,
      channel: 'whatsapp',
      direction: ctx.brandAccounts.has('whatsapp', from) ? 'outbound' : 'inbound',
      author: { id: from, ...(name ? { name: name.slice(0, 200) } : {}) },
      text: clip(textOf(msg)),
      createdAt,
    };
    const context = isObj(msg.context) ? str(msg.context.id) : undefined;
    if (context) m.inReplyTo = context;
    c.add(m);
  });
  (Array.isArray(value.statuses) ? value.statuses : []).forEach((st, k) => {
    const p = `${path}.value.statuses.${k}`;
    if (!isObj(st) || st.status !== 'sent') return c.ignore();
    const id = str(st.id);
    const to = str(st.recipient_id);
    const createdAt = fromEpochSeconds(st.timestamp);
    const category = isObj(st.pricing) ? str(st.pricing.category) : undefined;
    if (!id || !to || createdAt === undefined) return c.fail(p, '`sent` status should carry `id`, `recipient_id` and `timestamp`');
    if (category && NOT_REPLIES.has(category)) return c.ignore();
    c.add({ id, channel: 'whatsapp', direction: 'outbound', author: { id: business ?? 'business' }, text: '', createdAt, inReplyTo: `${CONVERSATION_REF}${to}` });
  });
}
