import type { Theme } from '../../server/schemas/config.ts';

/** Fonts tried for Chinese, Japanese and Korean when the theme's family has no such glyphs; mirrored as --font-cjk in styles.css. */
export const CJK_FALLBACK = "'Noto Sans CJK SC', 'Noto Sans CJK JP', 'Noto Sans CJK KR', 'PingFang SC', 'Hiragino Sans', 'Microsoft YaHei', 'Malgun Gothic', sans-serif";

/** Applies the screen's theme on :root and tells charts when to re-read their colours. */
class ThemeState {
  /** Bumped whenever the applied variables change; chart effects read it to recolour. */
  revision = $state(0);
  #applied = new Map<string, string>();

  /** Sets the theme's variables on :root, removing any the previous theme set and this one lacks. */
  apply(theme: Theme | null | undefined): void {
    if (typeof document === 'undefined') return;
    const next = new Map(Object.entries(theme?.vars ?? {}).filter(([k]) => k.startsWith('--')));
    const same = next.size === this.#applied.size && [...next].every(([k, v]) => this.#applied.get(k) === v);
    if (same) return;
    const style = document.documentElement.style;
    for (const k of this.#applied.keys()) if (!next.has(k)) style.removeProperty(k);
    for (const [k, v] of next) style.setProperty(k, v);
    this.#applied = next;
    if (theme?.id) document.documentElement.dataset.theme = theme.id;
    this.revision += 1;
  }
}

/** The screen's theme state. */
export const theme = new ThemeState();

/** The current value of a CSS custom property on :root (trimmed), or `fallback`. */
export function cssVar(name: string, fallback = ''): string {
  if (typeof document === 'undefined') return fallback;
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** A colour with alpha: hex is converted to rgba; other notations are mixed with transparent by the browser. */
export function withAlpha(color: string, alpha: number): string {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return `color-mix(in srgb, ${color} ${Math.round(alpha * 100)}%, transparent)`;
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const n = parseInt(h, 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
