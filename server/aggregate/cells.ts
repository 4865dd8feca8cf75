import { CHANNELS, LANGS, SENTIMENT_LABELS, type Channel, type LangOrUnd, type SentimentLabel } from '../schemas/message.ts';

/** Languages as count dimensions: the ten plus `und` last. */
export const LANG_DIM: readonly LangOrUnd[] = [...LANGS, 'und'];
export const DIRECTIONS = ['inbound', 'outbound'] as const;

const NC = CHANNELS.length;
const NS = SENTIMENT_LABELS.length;
const NL = LANG_DIM.length;
/** Counts are kept per direction × channel × sentiment × language: 2 × 8 × 3 × 11 = 528 cells. */
export const CELLS = DIRECTIONS.length * NC * NS * NL;

const channelIndex = new Map<string, number>(CHANNELS.map((c, i) => [c, i]));
const labelIndex = new Map<string, number>(SENTIMENT_LABELS.map((s, i) => [s, i]));
const langIndex = new Map<string, number>(LANG_DIM.map((l, i) => [l, i]));

/** Cell index of one message; unknown values fall into the last slot of their dimension rather than throwing. */
export function cellOf(direction: 'inbound' | 'outbound', channel: Channel, label: SentimentLabel, lang: LangOrUnd): number {
  const d = direction === 'outbound' ? 1 : 0;
  const c = channelIndex.get(channel) ?? NC - 1;
  const s = labelIndex.get(label) ?? 1;
  const l = langIndex.get(lang) ?? NL - 1;
  return ((d * NC + c) * NS + s) * NL + l;
}

/** Decodes a cell index into its dimensions (indices). */
export function decodeCell(cell: number): { d: number; c: number; s: number; l: number } {
  const l = cell % NL;
  const s = Math.floor(cell / NL) % NS;
  const c = Math.floor(cell / (NL * NS)) % NC;
  const d = Math.floor(cell / (NL * NS * NC));
  return { d, c, s, l };
}

export interface CellFilter {
  channel?: readonly string[];
  lang?: readonly string[];
  sentiment?: readonly string[];
  direction?: 'inbound' | 'outbound';
}

/** Precomputed list of decoded cells that pass a filter, so queries loop only over what matters. */
export function matchingCells(filter: CellFilter = {}): Int32Array {
  const ch = filter.channel?.length ? new Set(filter.channel) : null;
  const ln = filter.lang?.length ? new Set(filter.lang) : null;
  const se = filter.sentiment?.length ? new Set(filter.sentiment) : null;
  const out: number[] = [];
  for (let cell = 0; cell < CELLS; cell++) {
    const { d, c, s, l } = decodeCell(cell);
    if (filter.direction && DIRECTIONS[d] !== filter.direction) continue;
    if (ch && !ch.has(CHANNELS[c])) continue;
    if (ln && !ln.has(LANG_DIM[l])) continue;
    if (se && !se.has(SENTIMENT_LABELS[s])) continue;
    out.push(cell);
  }
  return Int32Array.from(out);
}
