import type { Dashboard, GridArea } from '../../server/schemas/config.ts';

/** How a screen lays dashboards out: as designed, stacked for portrait, or compact for a small touch screen. */
export type ScreenMode = 'landscape' | 'portrait' | 'compact';

/** Below this width (CSS px) any screen is compact: a 12-column grid would make every widget a sliver. */
export const COMPACT_MAX_WIDTH = 1000;
/** Interactive screens up to this long side (CSS px) are kiosks viewed from arm's length: compact. */
export const COMPACT_TOUCH_MAX_SIDE = 1400;
/** Columns of the compact grid. */
export const COMPACT_COLUMNS = 2;

/** One widget's place on the grid, as a CSS `grid-area` value. */
export interface Placement {
  id: string;
  area: string;
}

/** A dashboard resolved for one screen mode, ready for CSS grid. */
export interface GridLayout {
  mode: ScreenMode;
  columns: string;
  rows: string;
  /** Compact layouts may be taller than the screen and scroll. */
  scroll: boolean;
  items: Placement[];
}

/** Picks the mode from the viewport; portrait needs a clear margin so a near-square screen keeps its design. */
export function screenMode(width: number, height: number, interactive = false): ScreenMode {
  if (!(width > 0) || !(height > 0)) return 'landscape';
  if (width < COMPACT_MAX_WIDTH && height < COMPACT_MAX_WIDTH * 1.5) return 'compact';
  if (interactive && Math.max(width, height) <= COMPACT_TOUCH_MAX_SIDE) return 'compact';
  return height > width * 1.1 ? 'portrait' : 'landscape';
}

function clampInt(v: unknown, lo: number, hi: number, fallback: number): number {
  const n = typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : fallback;
  return Math.min(hi, Math.max(lo, n));
}

/** CSS grid-area for a 1-based area, clipped to the grid so a bad span cannot add implicit tracks. */
export function areaCss(a: Partial<GridArea> | undefined, columns: number, rows: number): string {
  const col = clampInt(a?.col, 1, columns, 1);
  const row = clampInt(a?.row, 1, rows, 1);
  const colSpan = clampInt(a?.colSpan, 1, columns - col + 1, 1);
  const rowSpan = clampInt(a?.rowSpan, 1, rows - row + 1, 1);
  return `${row} / ${col} / span ${rowSpan} / span ${colSpan}`;
}

/** Widgets in reading order of their landscape placement (top to bottom, then left to right). */
export function readingOrder<W extends { area: GridArea }>(widgets: readonly W[]): W[] {
  return [...widgets].sort((a, b) => a.area.row - b.area.row || a.area.col - b.area.col);
}

const tracks = (n: number) => `repeat(${n}, minmax(0, 1fr))`;

/** Resolves a dashboard's grid for a screen mode (landscape `area`, portrait `portraitArea` or a stack). */
export function layoutFor(dashboard: Pick<Dashboard, 'layout' | 'widgets'>, mode: ScreenMode): GridLayout {
  const cols = clampInt(dashboard.layout?.columns, 1, 24, 12);
  const rows = clampInt(dashboard.layout?.rows, 1, 24, 8);
  const widgets = dashboard.widgets ?? [];

  if (mode === 'landscape') {
    return { mode, columns: tracks(cols), rows: tracks(rows), scroll: false, items: widgets.map((w) => ({ id: w.id, area: areaCss(w.area, cols, rows) })) };
  }

  const portrait = dashboard.layout?.portrait;
  if (mode === 'portrait' && portrait && widgets.every((w) => w.portraitArea)) {
    const pc = clampInt(portrait.columns, 1, 24, 1);
    const pr = clampInt(portrait.rows, 1, 24, widgets.length);
    return { mode, columns: tracks(pc), rows: tracks(pr), scroll: false, items: widgets.map((w) => ({ id: w.id, area: areaCss(w.portraitArea, pc, pr) })) };
  }

  const ordered = readingOrder(widgets);
  if (mode === 'portrait') {
    // Stacked: each widget keeps its designed height as a share of the screen.
    const weights = ordered.map((w) => clampInt(w.area?.rowSpan, 1, 24, 1));
    return {
      mode,
      columns: tracks(1),
      rows: weights.map((w) => `minmax(0, ${w}fr)`).join(' '),
      scroll: false,
      items: ordered.map((w, i) => ({ id: w.id, area: `${i + 1} / 1 / span 1 / span 1` })),
    };
  }

  // Compact: two columns, wide widgets take both, rows sized by content with a readable floor.
  let row = 1;
  let col = 1;
  const items: Placement[] = [];
  for (const w of ordered) {
    const wide = clampInt(w.area?.colSpan, 1, 24, 1) * 2 > cols;
    const span = wide ? COMPACT_COLUMNS : 1;
    if (col + span - 1 > COMPACT_COLUMNS) {
      row += 1;
      col = 1;
    }
    const rowSpan = Math.min(2, clampInt(w.area?.rowSpan, 1, 24, 1) > rows / 2 ? 2 : 1);
    items.push({ id: w.id, area: `${row} / ${col} / span ${rowSpan} / span ${span}` });
    col += span;
    if (col > COMPACT_COLUMNS) {
      row += rowSpan;
      col = 1;
    }
  }
  return { mode, columns: tracks(COMPACT_COLUMNS), rows: '', scroll: true, items };
}
