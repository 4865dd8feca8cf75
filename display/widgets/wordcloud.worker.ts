/// <reference lib="webworker" />
import cloud from 'd3-cloud';
import { seedSequence, seeded, type CloudRequest, type CloudResponse, type PlacedWord } from './wordcloud-protocol.ts';

// The layout rasterises every word to test collisions: tens of milliseconds per run, which is why it lives here
// and not on the thread that animates the wall.
let running: { stop(): unknown } | null = null;

self.onmessage = (ev: MessageEvent<CloudRequest>) => {
  const req = ev.data;
  running?.stop();
  const started = performance.now();
  const words = req.words.map((w) => ({ text: w.text, size: Math.max(1, Math.round(w.size)) }));
  const fallback = seeded(words.length * 7919 + req.width);
  const seq = seedSequence(words, req.width, req.height, req.previous, fallback);
  let i = 0;
  const layout = cloud<{ text: string; size: number; x?: number; y?: number }>()
    .size([Math.max(1, Math.floor(req.width)), Math.max(1, Math.floor(req.height))])
    // Workers have no document; d3-cloud only needs a 2D context to measure and rasterise glyphs.
    .canvas(() => new OffscreenCanvas(1, 1) as unknown as HTMLCanvasElement)
    .words(words)
    .padding(req.padding)
    .rotate(0)
    .font(req.font)
    .fontWeight(req.weight)
    .fontSize((d) => d.size)
    .spiral('archimedean')
    .random(() => (i < seq.length ? seq[i++] : fallback()))
    .timeInterval(Infinity)
    .on('end', (tags: { text: string; size: number; x?: number; y?: number }[], b?: { x: number; y: number }[]) => {
      running = null;
      const bounds = b && b.length === 2 ? { x0: b[0].x, y0: b[0].y, x1: b[1].x, y1: b[1].y } : null;
      const placed: PlacedWord[] = tags.map((t) => ({ text: t.text, size: t.size, x: (t.x ?? 0) + req.width / 2, y: (t.y ?? 0) + req.height / 2 }));
      const res: CloudResponse = { id: req.id, placed, bounds, ms: Math.round(performance.now() - started) };
      (self as unknown as Worker).postMessage(res);
    });
  running = layout;
  layout.start();
};
