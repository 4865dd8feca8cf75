import type { WallMessage } from '../../server/schemas/live.ts';

/** Characters of a row's text compared with a post's: rows truncate long posts, so only a prefix is reliable. */
const PREFIX = 60;

const norm = (s: string) => s.replace(/\s+/g, ' ').replace(/…$/, '').trim();

/**
 * The post a tapped stream row shows, found by its text (and author name when given) among the posts the widget
 * holds; widgets keep their rows free of ids, so the row's visible text is what identifies it. Null when no post
 * matches, so a tap on an unknown row does nothing rather than open the wrong post.
 */
export function matchPost(rowText: string, author: string | null, messages: readonly WallMessage[] | null | undefined): WallMessage | null {
  const text = norm(rowText);
  if (!text || !messages?.length) return null;
  const prefix = text.slice(0, PREFIX);
  let best: WallMessage | null = null;
  for (const m of messages) {
    const t = norm(String(m.text ?? ''));
    if (!t.startsWith(prefix) && !prefix.startsWith(t.slice(0, PREFIX))) continue;
    const name = m.author?.name || m.author?.id || '';
    if (author && name && norm(name) !== norm(author)) continue;
    // Newest first in the list: the first match is the one most likely on screen.
    best ??= m;
    if (t === text) return m;
  }
  return best;
}
