import WebSocket from 'ws';

type Frame = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- frames are checked field by field in tests

/** A test screen: a real WebSocket that records every frame and can wait for one that matches. */
export async function connect(url: string) {
  const ws = new WebSocket(url);
  const frames: Frame[] = [];
  const raw: string[] = [];
  const waiters: { pred: (f: Frame) => boolean; resolve: (f: Frame) => void }[] = [];
  ws.on('message', (data) => {
    const text = data.toString();
    raw.push(text);
    const f = JSON.parse(text);
    frames.push(f);
    for (const w of [...waiters]) if (w.pred(f)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(f);
    }
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return {
    ws,
    frames,
    raw,
    send: (f: object) => ws.send(JSON.stringify(f)),
    /** Resolves with the first frame (already received or future) that matches; rejects after `ms`. */
    waitFor(pred: (f: Frame) => boolean, ms = 5_000): Promise<Frame> {
      const hit = frames.find(pred);
      if (hit) return Promise.resolve(hit);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching frame within ${ms} ms; got types ${frames.map((x) => `${x.type}:${x.topic ?? ''}`).join(', ')}`)), ms);
        waiters.push({ pred, resolve: (f) => { clearTimeout(timer); resolve(f); } });
      });
    },
    close: () => new Promise<void>((resolve) => { if (ws.readyState === WebSocket.CLOSED) resolve(); else { ws.once('close', () => resolve()); ws.close(); } }),
  };
}
