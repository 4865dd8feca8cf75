import WebSocket from 'ws';

/** A test screen: a real WebSocket that records every frame and can wait for one that matches. */
export async function connect(url: string) {
  const ws = new WebSocket(url);
  const frames: any[] = []; // eslint-disable-line @typescript-eslint/no-explicit-any -- frames are checked field by field in tests
  const raw: string[] = [];
  const waiters: { pred: (f: any) => boolean; resolve: (f: any) => void }[] = []; // any: same as above
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
    waitFor(pred: (f: any) => boolean, ms = 5_000): Promise<any> { // any: same as above
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
