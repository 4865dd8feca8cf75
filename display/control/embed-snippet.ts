import { MIN_EMBED_HEIGHT } from '../embed/route.ts';

/** What an embed shows and how it gets in: the wall's origin, a dashboard, optionally one of its widgets, a token. */
export interface EmbedTarget {
  /** The wall as intranet browsers reach it, e.g. `https://wall.example.com`. */
  origin: string;
  dashboard: string;
  widget: string | null;
  token: string;
}

/** `<origin>/embed/<dashboard>[/<widget>]?token=…`, as the embed route (server/embed/routes-page.ts) reads it. */
export function embedUrl(t: EmbedTarget): string {
  const path = `/embed/${encodeURIComponent(t.dashboard)}${t.widget ? `/${encodeURIComponent(t.widget)}` : ''}`;
  return `${t.origin}${path}?token=${encodeURIComponent(t.token)}`;
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** A JS string literal that is also safe inside an inline `<script>` (no `</script>` can end it early). */
const jsString = (s: string): string => JSON.stringify(s).replace(/</g, '\\u003c');

/**
 * The README's paste-in snippet for an intranet page: the frame, and a listener that sizes it from the height the
 * embed posts, accepting messages from the wall's origin and this frame only.
 */
export function embedSnippet(t: EmbedTarget, title: string): string {
  const id = `hubwall-${t.widget ?? t.dashboard}`;
  // The long URL goes last, so the short attributes stay readable where it wraps.
  return `<iframe id="${escapeHtml(id)}" title="${escapeHtml(title)}" loading="lazy"
  style="width: 100%; height: ${MIN_EMBED_HEIGHT}px; border: 0"
  src="${escapeHtml(embedUrl(t))}"></iframe>
<script>
  // The embed reports its content height; size the frame to it. Accept messages from the wall only.
  window.addEventListener('message', (event) => {
    if (event.origin !== ${jsString(t.origin)}) return;
    const frame = document.getElementById(${jsString(id)});
    if (event.source !== frame.contentWindow) return;
    const m = event.data;
    if (m && m.type === 'hubwall:height' && typeof m.height === 'number') frame.style.height = m.height + 'px';
  });
</script>`;
}
