import type { Enrichment, Message, MessageInput } from '../schemas/message.ts';
import { normalize } from './normalize.ts';

export interface PipelineDeps {
  /** Enriches a batch in order (possibly on worker threads). */
  enrichMany: (texts: readonly string[], hints: readonly (string | undefined)[]) => Promise<Enrichment[]>;
  /** Commits messages; resolves per message whether it was new (false = duplicate). */
  commit: (messages: readonly Message[]) => Promise<boolean[]>;
  /** Called with the new messages once they are committed, in order. */
  onCommitted: (messages: readonly Message[]) => void;
  now?: () => number;
}

export interface AcceptResult {
  accepted: number;
  duplicates: number;
}

/**
 * The one path every message takes: enrich → commit → aggregate/publish. Validated inputs only;
 * the promise settles after the commit, so a caller that got `accepted` can rely on it.
 */
export function createPipeline(deps: PipelineDeps) {
  const now = deps.now ?? Date.now;
  let acceptedTotal = 0;
  let duplicateTotal = 0;
  // Ingest rate over a sliding 10 s window, in one-second slots.
  const rateSlots = new Float64Array(10);
  let rateSecond = 0;

  function countRate(n: number): void {
    const s = Math.floor(now() / 1000);
    if (s !== rateSecond) {
      for (let k = Math.max(rateSecond + 1, s - 9); k <= s; k++) rateSlots[k % 10] = 0;
      rateSecond = s;
    }
    rateSlots[s % 10] += n;
  }

  return {
    async accept(inputs: readonly MessageInput[]): Promise<AcceptResult> {
      if (!inputs.length) return { accepted: 0, duplicates: 0 };
      const receivedAt = now();
      const enrichments = await deps.enrichMany(inputs.map((i) => i.text), inputs.map((i) => i.lang));
      const messages = inputs.map((input, i) => normalize(input, enrichments[i], receivedAt));
      const fresh = await deps.commit(messages);
      const added = messages.filter((_, i) => fresh[i]);
      if (added.length) deps.onCommitted(added);
      acceptedTotal += added.length;
      duplicateTotal += messages.length - added.length;
      countRate(added.length);
      return { accepted: added.length, duplicates: messages.length - added.length };
    },
    stats() {
      countRate(0);
      let sum = 0;
      for (const x of rateSlots) sum += x;
      return { accepted: acceptedTotal, duplicates: duplicateTotal, ratePerSecond: sum / 10 };
    },
  };
}
export type Pipeline = ReturnType<typeof createPipeline>;
