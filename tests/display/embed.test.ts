import { describe, expect, it } from 'vitest';
import { MIN_EMBED_HEIGHT, parseEmbedRoute, widgetHeight } from '../../display/embed/route.ts';

describe('embed route', () => {
  it('reads the dashboard, the optional widget and the options from the URL', () => {
    expect(parseEmbedRoute('/embed/overview', '')).toEqual({ dashboard: 'overview', widget: null, rotate: false, screen: null, theme: null });
    expect(parseEmbedRoute('/embed/overview/kpis', '?theme=dark')).toEqual({ dashboard: 'overview', widget: 'kpis', rotate: false, screen: null, theme: 'dark' });
    expect(parseEmbedRoute('/embed/overview/', '?rotate=1&screen=left')).toMatchObject({ rotate: true, screen: 'left' });
  });
  it('never rotates a single widget, and refuses paths that are not embeds of valid ids', () => {
    expect(parseEmbedRoute('/embed/overview/kpis', '?rotate=1')?.rotate).toBe(false);
    for (const p of ['/', '/embed/', '/embed/Over view', '/embed/a/b/c', '/embed/a/%2e%2e']) expect(parseEmbedRoute(p, '')).toBeNull();
  });
});

describe('embedded widget height', () => {
  const layout = { columns: 12, rows: 6 };
  it('keeps the proportions the widget has on a 16:9 wall', () => {
    // Half the width and two thirds of the height of the grid: 8 / 6 wide.
    expect(widgetHeight(1200, { colSpan: 6, rowSpan: 4 }, layout)).toBe(900);
  });
  it('is never shorter than the minimum nor taller than 1.25 × the width', () => {
    expect(widgetHeight(1280, { colSpan: 12, rowSpan: 1 }, layout)).toBe(MIN_EMBED_HEIGHT);
    expect(widgetHeight(320, { colSpan: 1, rowSpan: 6 }, layout)).toBe(400);
    expect(widgetHeight(0, undefined, undefined)).toBe(MIN_EMBED_HEIGHT);
  });
});
