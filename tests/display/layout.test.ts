import { describe, expect, it } from 'vitest';
import type { Dashboard } from '../../server/schemas/config.ts';
import { COMPACT_MAX_WIDTH, areaCss, layoutFor, readingOrder, screenMode } from '../../display/lib/layout.ts';

const area = (col: number, row: number, colSpan = 1, rowSpan = 1) => ({ col, row, colSpan, rowSpan });
const dash = (portrait = false): Pick<Dashboard, 'layout' | 'widgets'> => ({
  layout: { columns: 12, rows: 6, ...(portrait ? { portrait: { columns: 2, rows: 8 } } : {}) },
  widgets: [
    { id: 'cloud', type: 'word-cloud', area: area(5, 1, 8, 4), ...(portrait ? { portraitArea: area(1, 1, 2, 4) } : {}) },
    { id: 'kpi', type: 'kpi-tiles', area: area(1, 1, 4, 2), ...(portrait ? { portraitArea: area(1, 5, 2, 1) } : {}) },
    { id: 'stream', type: 'raw-stream', area: area(1, 3, 4, 4), ...(portrait ? { portraitArea: area(1, 6, 2, 3) } : {}) },
  ],
});

describe('screenMode', () => {
  it('pins its thresholds', () => expect(COMPACT_MAX_WIDTH).toBe(1000));
  it('tells landscape, portrait and compact apart', () => {
    expect(screenMode(1920, 1080)).toBe('landscape');
    expect(screenMode(3840, 2160)).toBe('landscape');
    expect(screenMode(1080, 1920)).toBe('portrait');
    expect(screenMode(800, 600)).toBe('compact');
    expect(screenMode(1280, 800, true)).toBe('compact');
    expect(screenMode(1280, 800, false)).toBe('landscape');
  });
  it('keeps the designed layout for a near-square screen and for nonsense sizes', () => {
    expect(screenMode(1200, 1250)).toBe('landscape');
    expect(screenMode(0, 0)).toBe('landscape');
  });
});

describe('layoutFor', () => {
  it('uses the landscape areas on a landscape screen', () => {
    const l = layoutFor(dash(), 'landscape');
    expect(l.columns).toBe('repeat(12, minmax(0, 1fr))');
    expect(l.rows).toBe('repeat(6, minmax(0, 1fr))');
    expect(l.items.find((i) => i.id === 'cloud')?.area).toBe('1 / 5 / span 4 / span 8');
  });
  it('uses portraitArea when every widget has one', () => {
    const l = layoutFor(dash(true), 'portrait');
    expect(l.columns).toBe('repeat(2, minmax(0, 1fr))');
    expect(l.items.find((i) => i.id === 'kpi')?.area).toBe('5 / 1 / span 1 / span 2');
  });
  it('stacks in reading order on portrait without portrait areas, sized by designed height', () => {
    const l = layoutFor(dash(), 'portrait');
    expect(l.items.map((i) => i.id)).toEqual(['kpi', 'cloud', 'stream']);
    expect(l.rows).toBe('minmax(0, 2fr) minmax(0, 4fr) minmax(0, 4fr)');
    expect(l.items[2].area).toBe('3 / 1 / span 1 / span 1');
  });
  it('packs a compact screen into two scrolling columns, wide widgets across both', () => {
    const l = layoutFor(dash(), 'compact');
    expect(l.scroll).toBe(true);
    expect(l.items.map((i) => [i.id, i.area])).toEqual([
      ['kpi', '1 / 1 / span 1 / span 1'],
      ['cloud', '2 / 1 / span 2 / span 2'],
      ['stream', '4 / 1 / span 2 / span 1'],
    ]);
  });
  it('clips areas that reach outside the grid', () => {
    expect(areaCss(area(11, 5, 6, 6), 12, 6)).toBe('5 / 11 / span 2 / span 2');
    expect(areaCss(undefined, 12, 6)).toBe('1 / 1 / span 1 / span 1');
  });
  it('orders by row, then column', () => {
    expect(readingOrder(dash().widgets).map((w) => w.id)).toEqual(['kpi', 'cloud', 'stream']);
  });
});
