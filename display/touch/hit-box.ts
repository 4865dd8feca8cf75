/** Smallest touch target (CSS px), per WCAG 2.5.5 / platform guidelines. */
export const MIN_TARGET_PX = 48;

/** Chinese, Japanese and Korean characters are about one em wide; Latin bold letters about 0.6 em. */
const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;
const WIDE_EM = 1;
const NARROW_EM = 0.6;
/** Above the baseline a word's glyphs reach about 0.8 em, below about 0.2 em. */
const ASCENT_EM = 0.8;
const DESCENT_EM = 0.2;

/** A rectangle in layout px. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The tappable box of a word drawn centred at `x` with its baseline at `y` (as d3-cloud places it): the estimated
 * glyph box, grown around its centre to at least `min` px each way. Bad sizes fall back to the minimum box.
 */
export function wordHitBox(word: { text: string; size: number; x: number; y: number }, min = MIN_TARGET_PX): Box {
  const size = Number.isFinite(word.size) && word.size > 0 ? word.size : 0;
  let ems = 0;
  for (const ch of word.text ?? '') ems += WIDE.test(ch) ? WIDE_EM : NARROW_EM;
  const glyphW = ems * size;
  const glyphH = (ASCENT_EM + DESCENT_EM) * size;
  const cx = Number.isFinite(word.x) ? word.x : 0;
  const cy = (Number.isFinite(word.y) ? word.y : 0) - ((ASCENT_EM - DESCENT_EM) / 2) * size;
  const width = Math.max(min, glyphW);
  const height = Math.max(min, glyphH);
  return { x: cx - width / 2, y: cy - height / 2, width, height };
}
