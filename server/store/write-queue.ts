import type { Message } from '../schemas/message.ts';
import { HubwallError } from '../errors.ts';

interface Pending {
  messages: readonly Message[];
  resolve: (inserted: boolean[]) => void;
  reject: (err: unknown) => void;
}

/**
 * Coalesces concurrent submissions into one SQLite transaction per turn of the event loop:
 * under load many HTTP batches share a commit; when idle a lone batch commits at once.
 * Each submitter's promise settles only after its messages are committed.
 */
export function createWriteQueue(
  write: (messages: readonly Message[]) => boolean[],
  opts: { maxPending?: number } = {},
) {
  const maxPending = opts.maxPending ?? 50_000;
  let queue: Pending[] = [];
  let pendingCount = 0;
  let scheduled = false;
  let commits = 0;

  const flush = () => {
    scheduled = false;
    const batch = queue;
    queue = [];
    pendingCount = 0;
    const all: Message[] = [];
    for (const p of batch) for (const m of p.messages) all.push(m);
    try {
      const inserted = write(all);
      commits++;
      let offset = 0;
      for (const p of batch) {
        p.resolve(inserted.slice(offset, offset + p.messages.length));
        offset += p.messages.length;
      }
    } catch (err) {
      for (const p of batch) p.reject(err);
    }
  };

  return {
    /** Resolves with per message "was new" once committed; rejects with HW_ERR_BUSY when the queue is full. */
    submit(messages: readonly Message[]): Promise<boolean[]> {
      if (messages.length === 0) return Promise.resolve([]);
      if (pendingCount + messages.length > maxPending) {
        return Promise.reject(new HubwallError('HW_ERR_BUSY', 'the store is busy: retry in a second', 503));
      }
      return new Promise((resolve, reject) => {
        queue.push({ messages, resolve, reject });
        pendingCount += messages.length;
        if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
    },
    stats: () => ({ pending: pendingCount, commits }),
    /** Commits whatever is queued now (used at shutdown). */
    drain(): void {
      if (queue.length) flush();
    },
  };
}
