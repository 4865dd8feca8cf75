import { CHANNELS, type Channel } from '../schemas/message.ts';

/** CSS custom property holding a channel's chart colour, e.g. `--ch-whatsapp`. */
export type ChannelVar = `--ch-${Channel}`;

/** The channel colour variable for a channel; charts and badges read it. */
export const channelVar = (channel: Channel): ChannelVar => `--ch-${channel}`;

/**
 * Variables every theme in `themes/` must define; the display and charts read only these
 * (a theme may add more). Colours are hex (`#rrggbb`) so charts and the contrast check can parse them.
 */
export const THEME_VARS = [
  '--bg', // page background
  '--bg-elevated', // tiles and cards on top of --bg
  '--fg', // body text; must reach 4.5:1 on --bg (7:1 for high-contrast)
  '--fg-muted', // secondary text: axis labels, timestamps
  '--accent', // highlights, focus rings, the active rotation dot
  '--positive', // sentiment colours, also used by word clouds
  '--neutral',
  '--negative',
  '--warning', // capacity near its target, stale-data badge
  '--grid-line', // chart grid lines and dividers
  '--font-family',
  '--radius', // corner radius of tiles
  ...CHANNELS.map(channelVar),
] as const;

/** One of the variable names every theme defines. */
export type ThemeVar = (typeof THEME_VARS)[number];
