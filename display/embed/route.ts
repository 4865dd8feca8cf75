import type { Dashboard, GridArea } from '../../server/schemas/config.ts';

/** What an embed shows, from its URL: `/embed/<dashboard>[/<widget>]?rotate=1&screen=<id>&theme=<id>`. */
export interface EmbedRoute {
  dashboard: string;
  widget: string | null;
  rotate: boolean;
  screen: string | null;
  theme: string | null;
}

const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const id = (s: string | null | undefined): string | null => (s && ID.test(s) ? s : null);

/** Parses an embed URL; null when the path is not an embed of a valid id (the server answers 404 first anyway). */
export function parseEmbedRoute(pathname: string, search: string): EmbedRoute | null {
  const m = /^\/embed\/([^/]+)(?:\/([^/]+))?\/?$/.exec(pathname);
  const dashboard = id(m?.[1]);
  if (!m || !dashboard) return null;
  const widget = m[2] === undefined ? null : id(m[2]);
  if (m[2] !== undefined && !widget) return null;
  const q = new URLSearchParams(search);
  return { dashboard, widget, rotate: q.get('rotate') === '1' && !widget, screen: id(q.get('screen')), theme: id(q.get('theme')) };
}

/** Smallest embed height (CSS px): below it no widget can show a chart or three posts. */
export const MIN_EMBED_HEIGHT = 240;

/**
 * Height for one embedded widget at `width` px: the widget keeps the proportions it has on a 16:9 wall (its area's
 * share of the dashboard grid), never below MIN_EMBED_HEIGHT nor above 1.25 × width (a tall tile on a phone).
 */
export function widgetHeight(width: number, area: Partial<GridArea> | undefined, layout: Partial<Dashboard['layout']> | undefined): number {
  const cols = Math.max(1, layout?.columns ?? 12);
  const rows = Math.max(1, layout?.rows ?? 8);
  const w = Math.max(1, Math.min(cols, area?.colSpan ?? cols)) / cols;
  const h = Math.max(1, Math.min(rows, area?.rowSpan ?? rows)) / rows;
  const aspect = (w * 16) / (h * 9);
  if (!(width > 0)) return MIN_EMBED_HEIGHT;
  return Math.round(Math.min(Math.max(MIN_EMBED_HEIGHT, width / aspect), Math.max(MIN_EMBED_HEIGHT, width * 1.25)));
}
