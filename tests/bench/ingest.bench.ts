/**
 * Full ingest throughput: HTTP POST → validated → enriched → committed to SQLite (WAL) → aggregated,
 * against the real server in its own process. Baselines in the same run: bare SQLite inserts of the
 * same rows, and enrichment alone. Run: node --import tsx tests/bench/ingest.bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGenerator } from '../../server/sources/simulator/index.ts';
import { createEnricher } from '../../server/enrich/enricher.ts';
import { openDatabase } from '../../server/store/db.ts';
import { createMessagesRepo } from '../../server/store/messages-repo.ts';
import { normalize } from '../../server/ingest/normalize.ts';
import type { MessageInput } from '../../server/schemas/message.ts';
import { BENCH_TOKEN, median, startServer } from './lib/server.ts';

const PER_ROUND = 40_000;
const BATCH = 1_000;
const CONCURRENCY = 4;
const ROUNDS = 3;

const messagesFor = (round: number): MessageInput[] =>
  createGenerator(Date.now() - 3_600_000, { seed: 7 + round, rate: 200, runId: `bench${round}x${Date.now().toString(36)}` }).take(PER_ROUND);

async function httpRound(base: string, msgs: MessageInput[]): Promise<number> {
  const bodies: string[] = [];
  for (let i = 0; i < msgs.length; i += BATCH) bodies.push(JSON.stringify(msgs.slice(i, i + BATCH)));
  let next = 0;
  let accepted = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < bodies.length) {
        const body = bodies[next++];
        const r = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_TOKEN}` }, body });
        const j = (await r.json()) as { data: { accepted: number } };
        accepted += j.data.accepted;
      }
    }),
  );
  const s = (performance.now() - t0) / 1000;
  if (accepted !== msgs.length) throw new Error(`accepted ${accepted} of ${msgs.length}`);
  return msgs.length / s;
}

function bareSqliteRound(msgs: MessageInput[]): number {
  const dir = mkdtempSync(join(tmpdir(), 'hubwall-bare-'));
  const db = openDatabase(join(dir, 'bare.sqlite'));
  const repo = createMessagesRepo(db);
  const blank = { lang: 'en' as const, langConfidence: 1, sentiment: { score: 0, label: 'neutral' as const, confidence: 1 }, keywords: [], hashtags: [], mentions: [] };
  const rows = msgs.map((m) => normalize(m, blank, Date.now()));
  const t0 = performance.now();
  for (let i = 0; i < rows.length; i += BATCH) repo.insertMany(rows.slice(i, i + BATCH));
  const rate = rows.length / ((performance.now() - t0) / 1000);
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return rate;
}

function enrichRound(msgs: MessageInput[]): number {
  const e = createEnricher();
  const t0 = performance.now();
  for (const m of msgs) e.enrich(m.text, m.lang);
  return msgs.length / ((performance.now() - t0) / 1000);
}

const server = await startServer(Number(process.env.BENCH_PORT ?? 8391), process.env.HUBWALL_ENRICH_WORKERS ? { HUBWALL_ENRICH_WORKERS: process.env.HUBWALL_ENRICH_WORKERS } : {});
try {
  const full: number[] = [];
  const bare: number[] = [];
  const enrich: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const msgs = messagesFor(r);
    full.push(await httpRound(server.base, msgs));
    bare.push(bareSqliteRound(msgs));
    enrich.push(enrichRound(msgs));
    console.log(`round ${r + 1}: full ingest ${full[r].toFixed(0)} msg/s, bare SQLite ${bare[r].toFixed(0)} msg/s, enrichment alone ${enrich[r].toFixed(0)} msg/s`);
  }
  const f = median(full);
  console.log(`\nfull ingest (HTTP → committed → aggregated), ${PER_ROUND} msgs × ${ROUNDS}, batches of ${BATCH}, ${CONCURRENCY} concurrent: median ${f.toFixed(0)} msg/s (budget ≥ 20,000)`);
  console.log(`baseline bare SQLite insert of the same rows: median ${median(bare).toFixed(0)} msg/s → full ingest is ${(f / median(bare)).toFixed(2)}× of it`);
  console.log(`enrichment alone on one core: median ${median(enrich).toFixed(0)} msg/s`);
} finally {
  await server.stop();
}
