/** A word to place: text and its font size in layout pixels. */
export interface CloudWord {
  text: string;
  size: number;
}

/** A placed word: centre-baseline anchor in layout pixels (0…width, 0…height), as d3-cloud reports it. */
export interface PlacedWord {
  text: string;
  size: number;
  x: number;
  y: number;
}

/** Main thread → worker: lay these words out, keeping `previous` positions where they still fit. */
export interface CloudRequest {
  id: number;
  width: number;
  height: number;
  font: string;
  weight: number;
  padding: number;
  words: CloudWord[];
  previous: Record<string, { x: number; y: number }>;
}

/** Worker → main thread: the layout for request `id` (words that did not fit are left out). */
export interface CloudResponse {
  id: number;
  placed: PlacedWord[];
  /** Box around the placed glyphs in layout pixels, so the page can centre the cloud; null when nothing fit. */
  bounds: { x0: number; y0: number; x1: number; y1: number } | null;
  ms: number;
}

/**
 * The numbers to feed d3-cloud's `random()` so each word starts its spiral at its previous position.
 * d3-cloud sorts words by size (stably) and then, per word, draws x, y and the spiral direction in that order;
 * x = (width * (r + 0.5)) >> 1, so r = 2x / width - 0.5 puts the word back where it was.
 */
export function seedSequence(words: readonly CloudWord[], width: number, height: number, previous: CloudRequest['previous'], rand: () => number): number[] {
  const ordered = [...words].sort((a, b) => b.size - a.size);
  const seq: number[] = [];
  for (const w of ordered) {
    const p = previous[w.text];
    if (p && Number.isFinite(p.x) && Number.isFinite(p.y)) seq.push((2 * p.x) / width - 0.5, (2 * p.y) / height - 0.5);
    else seq.push(rand(), rand());
    seq.push(rand());
  }
  return seq;
}

/** A small seeded PRNG (mulberry32) so layouts are repeatable for the same words. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
