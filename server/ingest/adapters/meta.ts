import type { Channel, MessageInput } from '../../schemas/message.ts';
import { CONVERSATION_REF, clip, collector, fromEpochSeconds, isObj, placeholder, str, type AdapterContext, type AdapterResult, type Collector } from './common.ts';
import { whatsappChange } from './whatsapp.ts';

/** Instagram ids live in their own namespace: prefixed so they never collide with Facebook ids on the same channel. */
const IG = 'ig_';

/**
 * Messenger Platform (and Instagram messaging) events in `entry[].messaging[]`: a customer's message is inbound;
 * an echo (`message.is_echo`, the page's own message) is the brand's reply to the customer in `recipient.id`.
 */
function messaging(ev: unknown, path: string, channel: Channel, idPrefix: string, ctx: AdapterContext, c: Collector): void {
  if (!isObj(ev)) return c.fail(path, `\`${path}\` should be a messaging event object`);
  if (!isObj(ev.message)) return c.ignore(); // delivery, read, reaction, postback…: not a message
  const msg = ev.message;
  const mid = str(msg.mid);
  if (!mid) return c.fail(`${path}.message.mid`, '`message.mid` is required');
  const sender = isObj(ev.sender) ? str(ev.sender.id) : undefined;
  const recipient = isObj(ev.recipient) ? str(ev.recipient.id) : undefined;
  if (!sender) return c.fail(`${path}.sender.id`, '`sender.id` is required');
  if (typeof ev.timestamp !== 'number') return c.fail(`${path}.timestamp`, '`timestamp` should be epoch milliseconds');
  const echo = msg.is_echo === true || ctx.brandAccounts.has(channel, sender);
  const attachments = Array.isArray(msg.attachments) ? msg.attachments.filter(isObj) : [];
  const text = typeof msg.text === 'string' ? msg.text : attachments.length ? placeholder(String(attachments[0].type ?? 'attachment')) : '';
  const replyTo = isObj(msg.reply_to) ? str(msg.reply_to.mid) : undefined;
  const m: MessageInput = { id: idPrefix + mid, channel, direction: echo ? 'outbound' : 'inbound', author: { id: sender }, text: clip(text), createdAt: Math.floor(ev.timestamp) };
  // An echo names no message it answers, only the customer: the case tracker closes that customer's open case.
  if (echo && recipient) m.inReplyTo = `${CONVERSATION_REF}${recipient}`;
  else if (replyTo) m.inReplyTo = idPrefix + replyTo;
  c.add(m);
}

/** Page `feed` change: a new post or comment on the page. Edits, reactions and removals are not new messages. */
function feedChange(value: Record<string, unknown>, pageId: string | undefined, path: string, ctx: AdapterContext, c: Collector): void {
  const item = str(value.item);
  if (value.verb !== 'add' || !item || !['post', 'status', 'comment', 'photo', 'video'].includes(item)) return c.ignore();
  const id = str(item === 'comment' ? value.comment_id : value.post_id);
  if (!id) return c.fail(`${path}.value.${item === 'comment' ? 'comment_id' : 'post_id'}`, `a feed ${item} should carry its id`);
  const from = isObj(value.from) ? value.from : {};
  const authorId = str(from.id);
  if (!authorId) return c.fail(`${path}.value.from.id`, '`from.id` is required (the app needs the pages_read_user_content permission)');
  const createdAt = fromEpochSeconds(value.created_time);
  if (createdAt === undefined) return c.fail(`${path}.value.created_time`, '`created_time` should be epoch seconds');
  const m: MessageInput = {
    id,
    channel: 'facebook',
    direction: authorId === pageId || ctx.brandAccounts.has('facebook', authorId) ? 'outbound' : 'inbound',
    author: { id: authorId, ...(str(from.name) ? { name: String(from.name).slice(0, 200) } : {}) },
    text: clip(typeof value.message === 'string' ? value.message : ''),
    createdAt,
    url: `https://www.facebook.com/${encodeURIComponent(item === 'comment' ? (str(value.post_id) ?? id) : id)}`,
  };
  const parent = str(value.parent_id);
  if (item === 'comment' && parent) m.inReplyTo = parent;
  c.add(m);
}

/** Instagram `comments` change: a comment on one of the account's media; a comment by the account itself is a reply. */
function instagramComment(value: Record<string, unknown>, accountId: string | undefined, time: number | undefined, path: string, ctx: AdapterContext, c: Collector): void {
  const id = str(value.id);
  if (!id) return c.fail(`${path}.value.id`, '`value.id` is required');
  const from = isObj(value.from) ? value.from : {};
  const authorId = str(from.id);
  if (!authorId) return c.fail(`${path}.value.from.id`, '`from.id` is required');
  if (time === undefined) return c.fail(`${path}.time`, '`entry.time` should be epoch seconds');
  const username = str(from.username);
  const media = isObj(value.media) ? str(value.media.id) : undefined;
  const parent = str(value.parent_id) ?? media;
  const m: MessageInput = {
    id: IG + id,
    channel: 'facebook',
    direction: authorId === accountId || ctx.brandAccounts.has('facebook', authorId, username) ? 'outbound' : 'inbound',
    author: { id: IG + authorId, ...(username ? { name: `@${username}`.slice(0, 200) } : {}) },
    text: clip(typeof value.text === 'string' ? value.text : ''),
    createdAt: time,
  };
  if (parent) m.inReplyTo = IG + parent;
  c.add(m);
}

/** One `entry[]` item: messaging events and/or field changes. */
function entry(e: unknown, i: number, object: string, ctx: AdapterContext, c: Collector): void {
  const path = `entry.${i}`;
  c.setChannel(object === 'whatsapp_business_account' ? 'whatsapp' : object === 'instagram' ? 'facebook' : 'messenger');
  if (!isObj(e)) return c.fail(path, `\`${path}\` should be an object`);
  const id = str(e.id);
  const time = fromEpochSeconds(e.time);
  if (Array.isArray(e.messaging)) {
    const channel: Channel = object === 'instagram' ? 'facebook' : 'messenger';
    c.setChannel(channel);
    e.messaging.forEach((ev, k) => messaging(ev, `${path}.messaging.${k}`, channel, object === 'instagram' ? IG : '', ctx, c));
  }
  if (!Array.isArray(e.changes)) return;
  c.setChannel(object === 'whatsapp_business_account' ? 'whatsapp' : 'facebook');
  e.changes.forEach((ch, k) => {
    const p = `${path}.changes.${k}`;
    if (!isObj(ch) || !isObj(ch.value)) return c.fail(p, `\`${p}\` should be {field, value}`);
    if (object === 'page' && ch.field === 'feed') feedChange(ch.value, id, p, ctx, c);
    else if (object === 'instagram' && ch.field === 'comments') instagramComment(ch.value, id, time, p, ctx, c);
    else if (object === 'whatsapp_business_account' && ch.field === 'messages') whatsappChange(ch.value, p, ctx, c);
    else c.ignore();
  });
}

/** Objects Hubwall reads from Meta webhooks (subscribe the app to these). */
export const META_OBJECTS = ['page', 'instagram', 'whatsapp_business_account'] as const;

/**
 * Meta webhooks for Facebook pages (feed and Messenger), Instagram (comments and messaging) and the WhatsApp
 * Cloud API: `{object, entry: [...]}`. Returns `{error}` when the body is not a Meta delivery at all (a 400).
 */
export function fromMeta(payload: unknown, ctx: AdapterContext): AdapterResult | { error: string } {
  if (!isObj(payload) || typeof payload.object !== 'string' || !Array.isArray(payload.entry)) {
    return { error: 'the body should be a Meta webhook delivery `{object, entry: [...]}`' };
  }
  if (!(META_OBJECTS as readonly string[]).includes(payload.object)) {
    return { error: `\`object\` should be one of ${META_OBJECTS.join(', ')}, got ${JSON.stringify(payload.object).slice(0, 40)}` };
  }
  const c = collector('facebook');
  payload.entry.forEach((e, i) => entry(e, i, payload.object as string, ctx, c));
  return c.result();
}
