import { open } from 'node:fs/promises';
import { createInterface, type Interface } from 'node:readline';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { MessageInput } from '../schemas/message.ts';
import { createDelivery } from './delivery.ts';
import { SourceError, type Sink, type Source, type SourceBaseOptions, type SourceStats } from './types.ts';

/** Options of a replay. */
export interface ReplayOptions extends SourceBaseOptions {
  /** NDJSON file: one MessageInput per line (simulator dumps and exported Message records work too). */
  file: string;
  /** Plays the gaps between `createdAt`s this many times faster (60 = an hour a minute). 0 or Infinity: as fast as the sink takes it. Default 1. */
  speed?: number;
  /** Starts again at the end of the file; ids get a `~<pass>` suffix from the second pass on so they stay unique. Default false. */
  loop?: boolean;
  /** Rewrites `createdAt` to the time the message is played, so aggregates see it as live. Default true. */
  restamp?: boolean;
  /** Most messages per sink call. Default 500. */
  maxBatch?: number;
  /** Default `replay`. */
  name?: string;
}

/** Counters of a replay. */
export interface ReplayStats extends SourceStats {
  /** Lines read, blank ones included. */
  lines: number;
  /** Lines skipped because they were not a valid message. */
  invalid: number;
  /** Completed passes over the file. */
  passes: number;
  /** True once playback has ended (end of file without `loop`, `stop()`, or a file error). */
  done: boolean;
}

/** Plays a recorded NDJSON file into the sink, streaming it line by line. */
export interface Replay extends Source<ReplayStats> {
  /** Resolves when the current playback ends; never rejects. */
  readonly done: Promise<void>;
}

const check = TypeCompiler.Compile(MessageInput);
const FIELDS = ['id', 'channel', 'direction', 'author', 'text', 'createdAt', 'inReplyTo', 'url', 'lang', 'engagement'] as const;

/** Parses one line into a MessageInput with `createdAt` in epoch ms, or returns why it cannot. */
export function parseReplayLine(line: string): MessageInput | string {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (err) {
    return `line should be JSON, got ${(err as Error).message}`;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'line should be a JSON object';
  const src = raw as Record<string, unknown>;
  // Keep only MessageInput fields: an enriched Message (with sentiment, keywords, null url…) replays too.
  const out: Record<string, unknown> = {};
  for (const key of FIELDS) if (src[key] !== undefined && src[key] !== null) out[key] = src[key];
  if (typeof out.author === 'object' && out.author !== null) {
    const a = out.author as Record<string, unknown>;
    out.author = a.name === undefined || a.name === null ? { id: a.id } : { id: a.id, name: a.name };
  }
  if (typeof out.createdAt === 'string') {
    const ms = Date.parse(out.createdAt);
    if (Number.isNaN(ms)) return `\`createdAt\` should be a date-time, got ${JSON.stringify(out.createdAt)}`;
    out.createdAt = ms;
  }
  if (!check.Check(out)) {
    const e = check.Errors(out).First();
    return e ? `\`${e.path || '/'}\` ${e.message}` : 'line should be a MessageInput';
  }
  return out as MessageInput;
}

/** Creates a replay of `opts.file`; nothing is read until `start()`. */
export function createReplay(opts: ReplayOptions, sink: Sink): Replay {
  const name = opts.name ?? 'replay';
  const now = opts.now ?? Date.now;
  const speed = opts.speed ?? 1;
  if (!(speed >= 0)) {
    throw new SourceError('HW_ERR_SOURCE_OPTION', name, `\`speed\` should be a number ≥ 0, got ${JSON.stringify(opts.speed)}`);
  }
  const timed = speed > 0 && Number.isFinite(speed);
  const restamp = opts.restamp ?? true;
  const maxBatch = Math.max(1, opts.maxBatch ?? 500);
  const delivery = createDelivery(name, sink, opts.onError);

  const c = { produced: 0, lines: 0, invalid: 0, passes: 0 };
  let running = false;
  let stopping = false;
  let done: Promise<void> = Promise.resolve();
  let rl: Interface | null = null;
  let sleeper: { timer: ReturnType<typeof setTimeout>; wake: () => void } | null = null;

  const report = (err: SourceError): void => {
    try {
      opts.onError?.(err);
    } catch {
      // A failing error handler must not end the playback.
    }
  };

  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        sleeper = null;
        resolve();
      };
      const timer = setTimeout(wake, ms);
      sleeper = { timer, wake };
    });

  /** One pass over the file; returns false when the file could not be read or had no valid line. */
  const playOnce = async (pass: number): Promise<boolean> => {
    let handle;
    try {
      handle = await open(opts.file, 'r');
    } catch (err) {
      report(new SourceError('HW_ERR_REPLAY_FILE', name, `\`file\` should be a readable file, got ${opts.file}: ${(err as Error).message}`, { cause: err }));
      return false;
    }
    const input = handle.createReadStream({ encoding: 'utf8' });
    let readError: Error | null = null as Error | null;
    // Node 20 forwards input errors to the interface as well; both listeners keep them from being unhandled.
    input.on('error', (err) => {
      readError ??= err;
      rl?.close();
    });
    rl = createInterface({ input, crlfDelay: Infinity });
    rl.on('error', (err) => {
      readError ??= err;
    });
    const suffix = pass > 0 ? `~${pass}` : '';
    let lineNo = 0;
    let valid = 0;
    let first: number | undefined;
    const wallStart = now();
    let batch: MessageInput[] = [];
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      const b = batch;
      batch = [];
      await delivery.send(b); // waiting here is the back-pressure: the file is read no faster than the sink takes it
    };
    try {
      for await (const line of rl) {
        if (stopping) break;
        lineNo++;
        c.lines++;
        if (line.trim() === '') continue;
        const msg = parseReplayLine(line);
        if (typeof msg === 'string') {
          c.invalid++;
          report(new SourceError('HW_ERR_REPLAY_LINE', name, `${opts.file}:${lineNo}: ${msg}`, { line: lineNo }));
          continue;
        }
        valid++;
        const original = msg.createdAt as number;
        first ??= original;
        let stamp = now();
        if (timed) {
          const due = wallStart + Math.max(0, original - first) / speed;
          if (due > now()) {
            await flush();
            if (due > now() && !stopping) await sleep(due - now());
            if (stopping) break;
          }
          stamp = Math.round(due);
        }
        if (restamp) msg.createdAt = stamp;
        if (suffix) {
          msg.id += suffix;
          if (msg.inReplyTo) msg.inReplyTo += suffix;
        }
        batch.push(msg);
        c.produced++;
        if (batch.length >= maxBatch) await flush();
      }
      if (!stopping) await flush();
    } catch (err) {
      readError ??= err as Error;
    } finally {
      rl.close();
      rl = null;
      input.destroy();
    }
    if (readError) {
      const e = readError as Error;
      report(new SourceError('HW_ERR_REPLAY_FILE', name, `\`file\` should be readable, got ${opts.file}: ${e.message}`, { cause: e }));
      return false;
    }
    if (!stopping) c.passes++;
    return valid > 0;
  };

  const run = async (): Promise<void> => {
    try {
      for (let pass = 0; !stopping; pass++) {
        const ok = await playOnce(pass);
        if (!ok || !opts.loop) break;
      }
    } finally {
      await delivery.idle();
      running = false;
    }
  };

  return {
    name,
    start() {
      if (running) return;
      running = true;
      stopping = false;
      done = run();
    },
    async stop() {
      stopping = true;
      sleeper?.wake();
      rl?.close();
      await done;
    },
    get done() {
      return done;
    },
    stats() {
      const d = delivery.counters();
      // A replay waits for its sink (it reads the file lazily), so it never drops.
      return { running, delivered: d.delivered, dropped: 0, sinkErrors: d.sinkErrors, ...c, done: !running };
    },
  };
}
