// `npm run enrich`: NDJSON or plain text lines on stdin → one enriched JSON object per line on stdout.
import { createInterface } from 'node:readline';
import { createEnricher } from './enricher.ts';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log('usage: npm run enrich < posts.ndjson   (or plain text, one post a line)\nprints one enriched JSON object per input line: lang, sentiment, keywords, hashtags, mentions');
  process.exit(0);
}

const enricher = createEnricher();
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
let lineNo = 0;
let pending = '';

// Batching writes keeps the CLI fast on big files; order is preserved because processing is synchronous.
function write(obj: unknown): void {
  pending += JSON.stringify(obj) + '\n';
  if (pending.length > 64 * 1024) flush();
}

function flush(): void {
  if (!pending) return;
  // Respect stdout backpressure so a slow reader never makes the CLI buffer the whole input.
  if (!process.stdout.write(pending)) {
    lines.pause();
    process.stdout.once('drain', () => lines.resume());
  }
  pending = '';
}

lines.on('line', (line) => {
  lineNo++;
  const trimmed = line.trim();
  if (trimmed === '') return;
  let record: Record<string, unknown>;
  if (trimmed.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a JSON object');
      record = parsed as Record<string, unknown>;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      write({ error: `invalid JSON: ${message}`, line: lineNo });
      process.stderr.write(`line ${lineNo}: invalid JSON (${message}), skipped\n`);
      return;
    }
  } else {
    record = { text: line };
  }
  const text = typeof record.text === 'string' ? record.text : '';
  const hint = typeof record.lang === 'string' ? record.lang : undefined;
  const e = enricher.enrich(text, hint);
  write({ ...record, ...e });
});

lines.on('close', () => {
  flush();
});
// Flush between input chunks too, so a slow producer sees output as it goes.
process.stdin.on('pause', flush);
setInterval(flush, 200).unref();
