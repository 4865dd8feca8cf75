import type { ChartOptions } from 'chart.js';
import { cssVar } from '../lib/theme.svelte.ts';

/** Colours and type the charts take from the theme, read fresh each time the theme or viewport changes. */
export interface ChartLook {
  fg: string;
  muted: string;
  grid: string;
  font: string;
  /** Tick label size in px, tied to the root font so axes scale like the rest of the wall. */
  tickPx: number;
}

/** Reads the chart look from the theme's custom properties. */
export function readLook(rem: number): ChartLook {
  return {
    fg: cssVar('--fg', '#ffffff'),
    muted: cssVar('--fg-muted', '#c3cde6'),
    grid: cssVar('--grid-line', '#2e4a86'),
    font: cssVar('--font-family', 'sans-serif'),
    tickPx: Math.round(rem * 0.9),
  };
}

/** Shared axis styling for time-series charts; `percent` formats the y axis as 0…100 %. */
export function axes(look: ChartLook, stacked: boolean, percent = false): NonNullable<ChartOptions<'line' | 'bar'>['scales']> {
  const font = { family: look.font, size: look.tickPx };
  return {
    x: {
      stacked,
      grid: { display: false },
      border: { color: look.grid },
      ticks: { color: look.muted, font, maxRotation: 0, autoSkip: true, autoSkipPadding: look.tickPx * 2, maxTicksLimit: 7 },
    },
    y: {
      stacked,
      beginAtZero: true,
      ...(percent ? { max: 100 } : {}),
      grid: { color: look.grid },
      border: { display: false },
      ticks: {
        color: look.muted,
        font,
        maxTicksLimit: 5,
        precision: 0,
        callback: percent ? (v) => `${v}%` : undefined,
      },
    },
  };
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** "14:05" in the screen's zone and locale, for axis labels. */
export function hhmm(t: number, locale: string, timeZone: string): string {
  const id = `${locale}|${timeZone}`;
  let f = timeFormats.get(id);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone });
    } catch {
      f = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
    }
    timeFormats.set(id, f);
  }
  return f.format(t);
}
