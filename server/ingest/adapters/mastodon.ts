import type { MessageInput } from '../../schemas/message.ts';
import { clip, collector, isObj, str, type AdapterContext, type AdapterResult, type Collector } from './common.ts';
import { htmlToText } from './html-text.ts';

/** Mastodon ids are per server and numeric like tweet ids on the same `x` channel: prefixed so they never collide. */
export const MASTODON_PREFIX = 'md:';
/** Ids are capped at 200 characters by the ingest schema. */
const MAX_ID = 200;

/**
 * The id Hubwall stores for a status: server host plus the server-local id, because `in_reply_to_id` is
 * server-local too and a brand reply must name the same id as the post it answers.
 */
export function mastodonId(status: Record<string, unknown>, host: string): string | undefined {
  const id = str(status.id);
  return id ? `${MASTODON_PREFIX}${host}/${id}`.slice(0, MAX_ID) : undefined;
}

/** Maps one Mastodon Status entity to a message on `x` (public social). Boosts are read as the boosted status. */
export function mastodonStatus(raw: unknown, host: string, ctx: AdapterContext, c: Collector, path = 'status'): void {
  if (!isObj(raw)) return c.fail(path, `\`${path}\` should be a Status object`);
  const s = isObj(raw.reblog) ? raw.reblog : raw;
  const id = mastodonId(s, host);
  if (!id) return c.fail(`${path}.id`, '`id` is required');
  const account = isObj(s.account) ? s.account : {};
  const acct = str(account.acct);
  const accountId = str(account.url) ?? (acct ? `@${acct}` : undefined);
  if (!accountId) return c.fail(`${path}.account`, '`account.acct` or `account.url` is required');
  const createdAt = str(s.created_at);
  if (!createdAt) return c.fail(`${path}.created_at`, '`created_at` is required');
  const spoiler = typeof s.spoiler_text === 'string' && s.spoiler_text ? `${s.spoiler_text}: ` : '';
  const name = str(account.display_name) ?? (acct ? `@${acct}` : undefined);
  const m: MessageInput = {
    id,
    channel: 'x',
    direction: ctx.brandAccounts.has('x', acct, acct ? `${acct}@${host}` : undefined, str(account.url)) ? 'outbound' : 'inbound',
    author: { id: accountId.slice(0, 200), ...(name ? { name: name.slice(0, 200) } : {}) },
    text: clip(spoiler + htmlToText(typeof s.content === 'string' ? s.content : '')),
    createdAt,
    engagement: {
      likes: Math.max(0, Math.floor(Number(s.favourites_count) || 0)),
      shares: Math.max(0, Math.floor(Number(s.reblogs_count) || 0)),
      replies: Math.max(0, Math.floor(Number(s.replies_count) || 0)),
    },
  };
  const url = str(s.url) ?? str(s.uri);
  if (url && /^https?:\/\//.test(url) && url.length <= 2000) m.url = url;
  const replyTo = str(s.in_reply_to_id);
  if (replyTo) m.inReplyTo = `${MASTODON_PREFIX}${host}/${replyTo}`.slice(0, MAX_ID);
  const lang = str(s.language);
  if (lang) m.lang = lang.slice(0, 8);
  c.add(m);
}

/** Statuses from a timeline response or stream `update` payloads (one Status or an array) of server `host`. */
export function fromMastodon(payload: unknown, host: string, ctx: AdapterContext): AdapterResult {
  const c = collector('x');
  if (Array.isArray(payload)) payload.forEach((s, i) => mastodonStatus(s, host, ctx, c, `${i}`));
  else mastodonStatus(payload, host, ctx, c);
  return c.result();
}
