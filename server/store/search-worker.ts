import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { openSearchFile, openSearchIndex } from './search-index.ts';

/** Worker side of the search index: polls the messages database and indexes new rows, until told to stop. */
const { messagesFile, searchFile, pollMs } = workerData as { messagesFile: string; searchFile: string; pollMs: number };
const messages = new Database(messagesFile, { readonly: true, fileMustExist: true });
messages.pragma('busy_timeout = 5000');
const searchDb = openSearchFile(searchFile);
const index = openSearchIndex(messages, searchDb);
let stopping = false;

function loop(): void {
  if (stopping) return;
  try {
    const n = index.catchUp();
    if (n) parentPort?.postMessage({ type: 'indexed', lastSeq: index.lastSeq });
  } catch (err) {
    parentPort?.postMessage({ type: 'error', message: (err as Error).message });
  }
  setTimeout(loop, pollMs);
}
parentPort?.on('message', (msg: { type: string }) => {
  if (msg.type === 'flush') {
    const n = index.catchUp();
    parentPort?.postMessage({ type: 'flushed', lastSeq: index.lastSeq, n });
  } else if (msg.type === 'stop') {
    stopping = true;
    index.catchUp();
    searchDb.close();
    messages.close();
    parentPort?.postMessage({ type: 'stopped' });
  }
});
loop();
