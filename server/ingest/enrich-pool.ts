import type { Worker } from 'node:worker_threads';
import { startTsWorker } from '../ts-worker.ts';
import type { Enrichment } from '../schemas/message.ts';

type Enrich = (text: string, hint?: string) => Enrichment;

interface Job {
  resolve: (out: Enrichment[]) => void;
  reject: (err: unknown) => void;
}

/** Batches smaller than this are enriched in-thread: posting them to a worker costs more than it saves. */
const MIN_OFFLOAD = 64;

/**
 * Enrichment on worker threads, so the main thread's SQLite commits and the enrichment of the next batch
 * use both cores. Falls back to the in-thread enricher for small batches and if a worker dies.
 */
export function createEnrichPool(opts: { size: number; local: Enrich; log?: { warn: (o: object, m: string) => void } }) {
  const workers: { worker: Worker; busy: number; jobs: Map<number, Job> }[] = [];
  let nextId = 0;
  let closed = false;

  for (let i = 0; i < opts.size; i++) {
    const worker = startTsWorker(new URL('./enrich-worker.ts', import.meta.url));
    const slot = { worker, busy: 0, jobs: new Map<number, Job>() };
    worker.on('message', (msg: { id: number; out: Enrichment[] }) => {
      const job = slot.jobs.get(msg.id);
      if (!job) return;
      slot.jobs.delete(msg.id);
      slot.busy--;
      job.resolve(msg.out);
    });
    worker.on('error', (err) => {
      opts.log?.warn({ err: err.message }, 'enrichment worker failed: enriching in-thread');
      for (const job of slot.jobs.values()) job.reject(err);
      slot.jobs.clear();
      workers.splice(workers.indexOf(slot), 1);
    });
    worker.unref();
    workers.push(slot);
  }

  const local = (texts: readonly string[], hints: readonly (string | undefined)[]) => texts.map((t, i) => opts.local(t, hints[i]));

  return {
    /** Enriches texts in order; resolves with one Enrichment per text. */
    async enrichMany(texts: readonly string[], hints: readonly (string | undefined)[]): Promise<Enrichment[]> {
      if (closed || texts.length < MIN_OFFLOAD || workers.length === 0) return local(texts, hints);
      const slot = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
      const id = nextId++;
      slot.busy++;
      try {
        return await new Promise<Enrichment[]>((resolve, reject) => {
          slot.jobs.set(id, { resolve, reject });
          slot.worker.postMessage({ id, texts, hints });
        });
      } catch {
        return local(texts, hints);
      }
    },
    get size() {
      return workers.length;
    },
    async close(): Promise<void> {
      closed = true;
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
export type EnrichPool = ReturnType<typeof createEnrichPool>;
