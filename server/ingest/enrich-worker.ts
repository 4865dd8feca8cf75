import { parentPort } from 'node:worker_threads';
import { createEnricher } from '../enrich/enricher.ts';

/** Worker side of the enrichment pool: texts in, enrichments out, in order. */
const enricher = createEnricher();
parentPort?.on('message', (job: { id: number; texts: string[]; hints: (string | undefined)[] }) => {
  const out = job.texts.map((t, i) => enricher.enrich(t, job.hints[i]));
  parentPort?.postMessage({ id: job.id, out });
});
