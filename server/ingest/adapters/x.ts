import type { MessageInput } from '../../schemas/message.ts';
import { clip, collector, isObj, str, type AdapterContext, type AdapterResult, type Collector } from './common.ts';

/** Language tags X uses for "no language" (undetermined, media only, emoji only…): no hint at all. */
const NO_LANG = new Set(['und', 'qme', 'qam', 'qct', 'qht', 'qst', 'zxx', 'art']);

interface XUser {
  id?: string;
  name?: string;
  username?: string;
}

/** Maps one X API v2 tweet object to a message; `users` is `includes.users` of the same response. */
function tweet(t: unknown, path: string, users: Map<string, XUser>, ctx: AdapterContext, c: Collector): void {
  if (!isObj(t)) return c.fail(path, `\`${path}\` should be a tweet object`);
  const id = str(t.id);
  if (!id) return c.fail(`${path}.id`, `\`${path}.id\` is required`);
  const authorId = str(t.author_id);
  if (!authorId) return c.fail(`${path}.author_id`, '`author_id` is missing: request `expansions=author_id`');
  const createdAt = str(t.created_at);
  if (!createdAt) return c.fail(`${path}.created_at`, '`created_at` is missing: request `tweet.fields=created_at`');
  const user = users.get(authorId);
  // Posts over 280 characters carry their full text in note_tweet; `text` is then truncated.
  const note = isObj(t.note_tweet) ? str(t.note_tweet.text) : undefined;
  const refs = Array.isArray(t.referenced_tweets) ? t.referenced_tweets.filter(isObj) : [];
  const repliedTo = str(refs.find((r) => r.type === 'replied_to')?.id);
  const metrics = isObj(t.public_metrics) ? t.public_metrics : {};
  const count = (k: string) => (typeof metrics[k] === 'number' && (metrics[k] as number) >= 0 ? Math.floor(metrics[k] as number) : 0);
  const lang = str(t.lang);
  const m: MessageInput = {
    id,
    channel: 'x',
    direction: ctx.brandAccounts.has('x', authorId, user?.username) ? 'outbound' : 'inbound',
    author: { id: authorId, ...(user?.name || user?.username ? { name: (user.name ?? `@${user.username}`).slice(0, 200) } : {}) },
    text: clip(note ?? (typeof t.text === 'string' ? t.text : '')),
    createdAt,
    url: user?.username ? `https://x.com/${encodeURIComponent(user.username)}/status/${id}` : `https://x.com/i/web/status/${id}`,
    engagement: { likes: count('like_count'), shares: count('retweet_count') + count('quote_count'), replies: count('reply_count') },
  };
  if (repliedTo) m.inReplyTo = repliedTo;
  if (lang && !NO_LANG.has(lang)) m.lang = lang.slice(0, 8);
  c.add(m);
}

/** One X API v2 response (`{data, includes}`), as the search/lookup endpoints return and the filtered stream sends per line. */
function response(r: unknown, path: string, ctx: AdapterContext, c: Collector): void {
  if (!isObj(r)) return c.fail(path, `\`${path}\` should be an X API v2 response object with \`data\``);
  const users = new Map<string, XUser>();
  const included = isObj(r.includes) && Array.isArray(r.includes.users) ? r.includes.users : [];
  for (const u of included) if (isObj(u) && str(u.id)) users.set(String(u.id), { id: str(u.id), name: str(u.name), username: str(u.username) });
  if (r.data === undefined) {
    // Stream keep-alive objects and operational `errors` lines carry no tweet.
    if (Array.isArray(r.errors)) return c.ignore();
    return c.fail(`${path}.data`, '`data` is required: send the X API v2 response as received');
  }
  const tweets = Array.isArray(r.data) ? r.data : [r.data];
  tweets.forEach((t, i) => tweet(t, Array.isArray(r.data) ? `${path}data.${i}` : `${path}data`, users, ctx, c));
}

/**
 * X API v2: a response object, an array of them, or filtered-stream lines (one JSON object per line, blank
 * keep-alive lines skipped). A broken line is an error of its own; the other lines still count.
 */
export function fromX(raw: string, ctx: AdapterContext): AdapterResult {
  const c = collector('x');
  let whole: unknown;
  try {
    whole = JSON.parse(raw);
  } catch {
    whole = undefined;
  }
  if (whole !== undefined) {
    if (Array.isArray(whole)) whole.forEach((r, i) => response(r, `${i}.`, ctx, c));
    else response(whole, '', ctx, c);
    return c.result();
  }
  raw.split('\n').forEach((line, i) => {
    const s = line.trim();
    if (!s) return;
    let r: unknown;
    try {
      r = JSON.parse(s);
    } catch {
      return c.fail(`line ${i + 1}`, `line ${i + 1} should be one JSON object (filtered-stream line), got broken JSON`, 'HW_ERR_LINE_JSON');
    }
    response(r, '', ctx, c);
  });
  return c.result();
}
