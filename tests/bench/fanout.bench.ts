/**
 * Fan-out: many screens on one server process, each subscribed to kpi, volume and stream while the demo feed runs.
 * Prints frame delay (arrival − the frame's server time `t`) p50/p99, frames received per socket per second, and the
 * server's RSS before and after. Baseline in the same run: the same measure with 10 sockets.
 * Run: node --import tsx tests/bench/fanout.bench.ts   (BENCH_SOCKETS=10000 by default, BENCH_SECONDS=20)
 */
import WebSocket from 'ws';
import { readFileSync } from 'node:fs';
import { startServer, stats } from './lib/server.ts';

const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function measure(base: string, wsUrl: string, pid: number, n: number) {
  const sockets: WebSocket[] = [];
  const delays: number[] = [];
  let frames = 0;
  let measuring = false;
  const rssBefore = rssMb(pid);
  for (let i = 0; i < n; i++) {
    const ws = new WebSocket(wsUrl, { perMessageDeflate: false });
    ws.on('message', (data) => {
      if (!measuring) return;
      frames++;
      // Only a sample of frames is parsed: a full JSON.parse of every frame would make this client the bottleneck.
      if (frames % 50 === 0) {
        const m = /"t":(\d+)/.exec(data.toString().slice(0, 200));
        if (m) delays.push(Date.now() - Number(m[1]));
      }
    });
    ws.on('error', () => {});
    ws.once('open', () => {
      for (const topic of ['kpi', 'volume', 'stream']) ws.send(JSON.stringify({ v: 1, type: 'subscribe', topic }));
    });
    sockets.push(ws);
    if (i % 500 === 499) await new Promise((r) => setTimeout(r, 50)); // connect in waves, not one burst
  }
  // Let every handshake finish (bounded) before measuring.
  for (let waited = 0; waited < 60_000 && sockets.some((s) => s.readyState === WebSocket.CONNECTING); waited += 500) await new Promise((r) => setTimeout(r, 500));
  await new Promise((r) => setTimeout(r, 2_000));
  const open = sockets.filter((s) => s.readyState === WebSocket.OPEN).length;
  measuring = true;
  const t0 = Date.now();
  await new Promise((r) => setTimeout(r, SECONDS * 1000));
  measuring = false;
  const secs = (Date.now() - t0) / 1000;
  const rssAfter = rssMb(pid);
  const status = (await (await fetch(`${base}/api/status`)).json()) as { data: { screens: { sockets: number } } };
  for (const s of sockets) s.terminate();
  await new Promise((r) => setTimeout(r, 1_000));
  return { n, open, serverSockets: status.data.screens.sockets, framesPerSocketPerSecond: frames / open / secs, delay: stats(delays), rssBefore, rssAfter };
}

const server = await startServer(Number(process.env.BENCH_PORT ?? 8393), { HUBWALL_DEMO: '1', HUBWALL_DEMO_RATE: '20', HUBWALL_DEMO_BACKFILL_HOURS: '0' });
try {
  for (const n of [10, SOCKETS]) {
    const r = await measure(server.base, server.ws, server.pid!, n);
    console.log(
      `${r.n} sockets (${r.open} open, server sees ${r.serverSockets}): ${r.framesPerSocketPerSecond.toFixed(2)} frames/socket/s, ` +
        `delay p50 ${r.delay.p50} ms p99 ${r.delay.p99} ms max ${r.delay.max} ms (${r.delay.n} sampled), server RSS ${r.rssBefore.toFixed(0)} → ${r.rssAfter.toFixed(0)} MB`,
    );
  }
  console.log('budget: ≥ 10,000 sockets at 4 updates/s, p99 ≤ 250 ms, memory bounded');
} finally {
  await server.stop();
}
