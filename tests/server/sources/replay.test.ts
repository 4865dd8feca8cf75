import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageInput } from '../../../server/schemas/message.ts';
import { createReplay, parseReplayLine } from '../../../server/sources/replay.ts';
import { generate } from '../../../server/sources/simulator/index.ts';
import type { SourceError } from '../../../server/sources/types.ts';

const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);
let dir = '';

const msg = (i: number, createdAt: number | string, extra: Partial<MessageInput> = {}): MessageInput => ({
  id: `m${i}`,
  channel: 'x',
  author: { id: `u${i}`, name: `User ${i}` },
  text: `message ${i}`,
  createdAt,
  ...extra,
});

async function file(name: string, lines: Array<string | object>): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return path;
}

function collect() {
  const got: MessageInput[] = [];
  const at: number[] = [];
  const sink = (batch: MessageInput[]) => {
    got.push(...batch);
    for (let i = 0; i < batch.length; i++) at.push(Date.now());
  };
  return { got, at, sink };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hubwall-replay-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createReplay', () => {
  it('starts idle, with its defaults', () => {
    const r = createReplay({ file: join(dir, 'none.ndjson') }, () => {});
    expect(r.name).toBe('replay');
    expect(r.stats()).toEqual({ running: false, produced: 0, delivered: 0, dropped: 0, sinkErrors: 0, lines: 0, invalid: 0, passes: 0, done: true });
  });

  it('plays every message in file order as fast as the sink takes it with speed 0', async () => {
    const path = await file('order.ndjson', Array.from({ length: 1_234 }, (_, i) => msg(i, T0 + i * 60_000)));
    const { got, sink } = collect();
    const r = createReplay({ file: path, speed: 0, maxBatch: 100 }, sink);
    r.start();
    await r.done;
    expect(got.map((m) => m.id)).toEqual(Array.from({ length: 1_234 }, (_, i) => `m${i}`));
    expect(r.stats()).toMatchObject({ produced: 1_234, delivered: 1_234, passes: 1, done: true, running: false });
  });

  it('plays the gaps between messages N times faster and restamps them to now', async () => {
    const path = await file('gaps.ndjson', [msg(0, T0), msg(1, T0 + 2_000), msg(2, T0 + 6_000)]);
    const { got, at, sink } = collect();
    const before = Date.now();
    const r = createReplay({ file: path, speed: 20 }, sink);
    r.start();
    await r.done;
    const stamps = got.map((m) => m.createdAt as number);
    // 2 s and 4 s gaps at 20× are 100 ms and 200 ms.
    expect(stamps[1] - stamps[0]).toBe(100);
    expect(stamps[2] - stamps[1]).toBe(200);
    expect(stamps[0]).toBeGreaterThanOrEqual(before);
    expect(at[1] - at[0]).toBeGreaterThanOrEqual(90);
    expect(at[2] - at[0]).toBeGreaterThanOrEqual(290);
    expect(at[2] - at[0]).toBeLessThan(1_000);
  });

  it('keeps the original times with restamp off and reads ISO dates as epoch ms', async () => {
    const path = await file('iso.ndjson', [msg(0, '2025-01-06T09:00:00Z'), msg(1, T0 + 1)]);
    const { got, sink } = collect();
    const r = createReplay({ file: path, speed: 0, restamp: false }, sink);
    r.start();
    await r.done;
    expect(got.map((m) => m.createdAt)).toEqual([T0, T0 + 1]);
  });

  it('skips bad lines and reports each with its line number', async () => {
    const path = await file('bad.ndjson', [
      msg(0, T0),
      'this is not json',
      msg(1, T0 + 1),
      { ...msg(2, T0 + 2), channel: 'myspace' },
      '',
      '[1, 2]',
      { ...msg(3, T0 + 3), createdAt: 'yesterday' },
      msg(4, T0 + 4),
    ]);
    const errors: SourceError[] = [];
    const { got, sink } = collect();
    const r = createReplay({ file: path, speed: 0, onError: (e) => errors.push(e) }, sink);
    r.start();
    await r.done;
    expect(got.map((m) => m.id)).toEqual(['m0', 'm1', 'm4']);
    expect(errors.map((e) => [e.code, e.line])).toEqual([
      ['HW_ERR_REPLAY_LINE', 2],
      ['HW_ERR_REPLAY_LINE', 4],
      ['HW_ERR_REPLAY_LINE', 6],
      ['HW_ERR_REPLAY_LINE', 7],
    ]);
    expect(errors[0].message).toContain(`${path}:2:`);
    expect(errors[1].message).toContain('/channel');
    expect(errors[3].message).toBe(`${path}:7: \`createdAt\` should be a date-time, got "yesterday"`);
    expect(r.stats()).toMatchObject({ lines: 8, invalid: 4, produced: 3 });
  });

  it('replays what the simulator dumps, and enriched Message records', async () => {
    const dumped = generate(300, T0, { seed: 1 });
    const enriched = {
      ...msg(9, T0 + 1e9),
      direction: 'inbound',
      receivedAt: T0,
      inReplyTo: null,
      url: null,
      engagement: { likes: 0, shares: 0, replies: 0 },
      lang: 'en',
      langConfidence: 0.9,
      sentiment: { score: 0.1, label: 'neutral', confidence: 0.5 },
      keywords: ['message'],
      hashtags: [],
      mentions: [],
    };
    const path = await file('dump.ndjson', [...dumped, enriched]);
    const errors: SourceError[] = [];
    const { got, sink } = collect();
    const r = createReplay({ file: path, speed: 0, restamp: false, onError: (e) => errors.push(e) }, sink);
    r.start();
    await r.done;
    expect(errors).toEqual([]);
    expect(got.slice(0, 300)).toEqual(dumped);
    expect(got[300]).toEqual({ ...msg(9, T0 + 1e9), direction: 'inbound', engagement: { likes: 0, shares: 0, replies: 0 }, lang: 'en' });
  });

  it('loops with fresh ids on every further pass', async () => {
    const path = await file('loop.ndjson', [msg(0, T0), msg(1, T0 + 1_000, { inReplyTo: 'm0', direction: 'outbound' })]);
    const got: MessageInput[] = [];
    let release: () => void = () => {};
    const enough = new Promise<void>((r) => (release = r));
    const r = createReplay({ file: path, speed: 0, loop: true }, (b) => {
      got.push(...b);
      if (got.length >= 6) release();
    });
    r.start();
    await enough;
    await r.stop();
    expect(got.slice(0, 6).map((m) => m.id)).toEqual(['m0', 'm1', 'm0~1', 'm1~1', 'm0~2', 'm1~2']);
    expect(got[3].inReplyTo).toBe('m0~1');
    expect(r.stats().passes).toBeGreaterThanOrEqual(2);
    expect(r.stats().running).toBe(false);
  });

  it('stops cleanly while waiting for the next message', async () => {
    const path = await file('slow.ndjson', [msg(0, T0), msg(1, T0 + 3_600_000)]);
    const { got, sink } = collect();
    const r = createReplay({ file: path, speed: 1 }, sink);
    r.start();
    while (got.length === 0) await new Promise((res) => setTimeout(res, 5));
    const t = Date.now();
    await r.stop();
    expect(Date.now() - t).toBeLessThan(500);
    await r.done;
    expect(got.map((m) => m.id)).toEqual(['m0']);
    expect(r.stats()).toMatchObject({ running: false, done: true, passes: 0 });
    await r.stop();
  });

  it('keeps playing when the sink throws, and counts the failures', async () => {
    const path = await file('throw.ndjson', Array.from({ length: 10 }, (_, i) => msg(i, T0 + i)));
    const errors: SourceError[] = [];
    let calls = 0;
    const r = createReplay({ file: path, speed: 0, maxBatch: 2, onError: (e) => errors.push(e) }, () => {
      calls++;
      if (calls % 2) throw new Error('boom');
      return Promise.reject(new Error('bang'));
    });
    r.start();
    await r.done;
    expect(calls).toBe(5);
    expect(r.stats()).toMatchObject({ produced: 10, delivered: 0, sinkErrors: 5 });
    expect(errors.every((e) => e.code === 'HW_ERR_SOURCE_SINK')).toBe(true);
  });

  it('reports a missing file and ends', async () => {
    const errors: SourceError[] = [];
    const r = createReplay({ file: join(dir, 'missing.ndjson'), onError: (e) => errors.push(e) }, () => {});
    r.start();
    await r.done;
    expect(errors.map((e) => e.code)).toEqual(['HW_ERR_REPLAY_FILE']);
    expect(errors[0].message).toContain('missing.ndjson');
    expect(r.stats().running).toBe(false);
  });

  it('reports a file it cannot read and ends', async () => {
    const errors: SourceError[] = [];
    const r = createReplay({ file: dir, onError: (e) => errors.push(e) }, () => {});
    r.start();
    await r.done;
    expect(errors.map((e) => e.code)).toEqual(['HW_ERR_REPLAY_FILE']);
    expect(errors[0].message).toContain('EISDIR');
  });

  it('rejects a negative speed', () => {
    expect(() => createReplay({ file: 'x', speed: -1 }, () => {})).toThrow(
      expect.objectContaining({ code: 'HW_ERR_SOURCE_OPTION', message: '`speed` should be a number ≥ 0, got -1' }),
    );
  });
});

describe('parseReplayLine', () => {
  it('explains why a line is not a message', () => {
    expect(parseReplayLine('{')).toMatch(/^line should be JSON/);
    expect(parseReplayLine('"text"')).toBe('line should be a JSON object');
    expect(parseReplayLine(JSON.stringify({ id: 'a' }))).toMatch(/^`\/channel`|^`\/author`|^`\/text`|^`\/createdAt`/);
  });
});
