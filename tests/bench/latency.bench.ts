/**
 * End-to-end latency from accepted message to frame on a socket, at a steady 2,000 msg/s against the real
 * server process. Every 20th message carries #probe; 10 screens subscribe to the stream filtered on it.
 * Latency = frame arrival − the moment its POST was answered (accepted = committed). Frames that arrive before
 * the answer count as 0. Baseline in the same run: round-trip time of a ping frame on the same sockets.
 * Run: node --import tsx tests/bench/latency.bench.ts
 */
import WebSocket from 'ws';
import { createGenerator } from '../../server/sources/simulator/index.ts';
import { BENCH_TOKEN, startServer, stats } from './lib/server.ts';

const RATE = 2_000;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const BATCH_EVERY_MS = 50;
const SCREENS = 10;
const PER_BATCH = (RATE * BATCH_EVERY_MS) / 1000;

const server = await startServer(Number(process.env.BENCH_PORT ?? 8392));
const acceptedAt = new Map<string, number>();
const latencies: number[] = [];
const pings: number[] = [];
const sockets: WebSocket[] = [];
try {
  for (let i = 0; i < SCREENS; i++) {
    const ws = new WebSocket(server.ws);
    await new Promise((r) => ws.once('open', r));
    ws.send(JSON.stringify({ v: 1, type: 'subscribe', topic: 'stream', filter: { keyword: 'probe' } }));
    let pingSent = 0;
    ws.on('message', (data) => {
      const now = performance.now();
      const f = JSON.parse(data.toString());
      if (f.type === 'heartbeat' && pingSent) {
        pings.push(now - pingSent);
        pingSent = 0;
      }
      if (f.type !== 'delta' || f.topic !== 'stream') return;
      for (const m of f.data.messages) {
        const at = acceptedAt.get(m.id);
        latencies.push(at === undefined ? 0 : Math.max(0, now - at));
      }
    });
    const pinger = setInterval(() => {
      pingSent = performance.now();
      ws.send(JSON.stringify({ v: 1, type: 'ping' }));
    }, 1000);
    ws.once('close', () => clearInterval(pinger));
    sockets.push(ws);
  }
  const gen = createGenerator(Date.now(), { seed: 3, rate: 500 });
  let seq = 0;
  const t0 = performance.now();
  let inflight = 0;
  let sent = 0;
  while (performance.now() - t0 < SECONDS * 1000) {
    const batch = gen.take(PER_BATCH).map((m) => {
      seq++;
      return seq % 20 === 0 ? { ...m, text: `${m.text} #probe`, createdAt: Date.now() } : { ...m, createdAt: Date.now() };
    });
    inflight++;
    void fetch(`${server.base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_TOKEN}` }, body: JSON.stringify(batch) })
      .then((r) => r.json())
      .then(() => {
        const at = performance.now();
        for (const m of batch) if (m.text.endsWith('#probe')) acceptedAt.set(m.id, at);
        inflight--;
      });
    sent += batch.length;
    const due = t0 + (sent / RATE) * 1000;
    await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
  }
  const elapsed = (performance.now() - t0) / 1000;
  await new Promise((r) => setTimeout(r, 1_000));
  const l = stats(latencies);
  const p = stats(pings);
  console.log(`sent ${sent} msgs in ${elapsed.toFixed(1)} s (${(sent / elapsed).toFixed(0)} msg/s), ${SCREENS} screens, tick 250 ms, in flight at end ${inflight}`);
  console.log(`accepted → frame (probe messages, ${l.n} frames): p50 ${l.p50.toFixed(0)} ms, p90 ${l.p90.toFixed(0)} ms, p99 ${l.p99.toFixed(0)} ms, max ${l.max.toFixed(0)} ms (budget p99 ≤ tick + 50 = 300 ms)`);
  console.log(`baseline ping → heartbeat round trip on the same sockets: p50 ${p.p50.toFixed(1)} ms, p99 ${p.p99.toFixed(1)} ms`);
} finally {
  for (const ws of sockets) ws.close();
  await server.stop();
}
