import { afterEach, describe, expect, it, vi } from 'vitest';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { CHANNELS, LANGS, MessageInput, type Lang } from '../../../server/schemas/message.ts';
import {
  BASE_RATE_PER_MIN,
  brandAccount,
  createGenerator,
  createSimulator,
  DEMO_RATE,
  generate,
  INCIDENT_PRESETS,
  PHRASES,
  rhythmFactor,
  type GroundTruth,
} from '../../../server/sources/simulator/index.ts';
import type { SourceError } from '../../../server/sources/types.ts';

const MONDAY = Date.UTC(2025, 0, 6, 0, 0, 0); // 00:00 UTC
const HOUR = 3_600_000;
const check = TypeCompiler.Compile(MessageInput);

afterEach(() => {
  vi.useRealTimers();
});

describe('simulator defaults', () => {
  it('aims at 35,000 messages a week at rate 1 and offers a livelier demo rate', () => {
    expect(BASE_RATE_PER_MIN * 7 * 24 * 60).toBeCloseTo(35_000, 6);
    expect(DEMO_RATE).toBe(100);
    const sim = createSimulator({ seed: 1, now: () => MONDAY }, () => {});
    expect(sim.name).toBe('simulator');
    expect(sim.stats()).toMatchObject({ running: false, produced: 0, delivered: 0, dropped: 0, sinkErrors: 0, rate: 1, incident: null });
    expect(INCIDENT_PRESETS['ash-cloud']).toMatchObject({ multiplier: 10, negativeShare: 0.8, hashtag: '#ashcloud' });
  });
});

describe('generate', () => {
  const batch = generate(4_000, MONDAY, { seed: 7, utcOffsetMinutes: 0 });

  it('uses every language and every channel in a few thousand messages', () => {
    const langs = new Set<Lang>();
    createGenerator(MONDAY, { seed: 7, utcOffsetMinutes: 0, groundTruth: (_m, t) => langs.add(t.lang) }).take(4_000);
    expect([...langs].sort()).toEqual([...LANGS].sort());
    expect(new Set(batch.map((m) => m.channel))).toEqual(new Set(CHANNELS));
  });

  it('makes only messages that validate against the MessageInput schema', () => {
    const g = createGenerator(MONDAY, { seed: 3, rate: 50 });
    g.startIncident({ topic: 'ash-cloud' }, MONDAY + 10 * 60_000);
    g.startIncident({ topic: 'pilot-strike', keywords: ['strike'] }, MONDAY + 60 * 60_000);
    const all = [...batch, ...g.take(5_000)];
    for (const m of all) {
      if (!check.Check(m)) throw new Error(`${JSON.stringify(m)}: ${check.Errors(m).First()?.message}`);
      expect(Number.isInteger(m.createdAt)).toBe(true);
    }
  });

  it('gives every message a unique id and keeps createdAt in order', () => {
    expect(new Set(batch.map((m) => m.id)).size).toBe(batch.length);
    for (let i = 1; i < batch.length; i++) expect(batch[i].createdAt as number).toBeGreaterThanOrEqual(batch[i - 1].createdAt as number);
  });

  it('answers a share of inbound messages later, on the same channel, from the brand account', () => {
    const seen = new Map<string, MessageInput>();
    let replies = 0;
    for (const m of batch) {
      if (m.direction === 'inbound') {
        seen.set(m.id, m);
        continue;
      }
      replies++;
      const original = seen.get(m.inReplyTo ?? '');
      expect(original, `reply ${m.id} answers an earlier inbound message`).toBeDefined();
      expect(m.createdAt as number).toBeGreaterThan(original!.createdAt as number);
      expect(m.channel).toBe(original!.channel);
      expect(m.author).toEqual(brandAccount(m.channel));
    }
    const inbound = seen.size;
    expect(replies / inbound).toBeGreaterThan(0.25);
    expect(replies / inbound).toBeLessThan(0.6);
  });

  it('replies in the language of the customer', () => {
    const truth = new Map<string, GroundTruth>();
    const msgs = createGenerator(MONDAY, { seed: 11, groundTruth: (m, t) => truth.set(m.id, t) }).take(3_000);
    let compared = 0;
    for (const m of msgs) {
      if (m.direction !== 'outbound') continue;
      expect(truth.get(m.id)!.lang).toBe(truth.get(m.inReplyTo!)!.lang);
      compared++;
    }
    expect(compared).toBeGreaterThan(500);
    const hangul = msgs.filter((m) => m.direction === 'outbound' && truth.get(m.id)!.lang === 'ko');
    expect(hangul.length).toBeGreaterThan(0);
    for (const m of hangul) expect(m.text).toMatch(/[\uac00-\ud7af]/);
  });

  it('writes hundreds of distinct texts per language', () => {
    const texts = new Map<Lang, Set<string>>();
    createGenerator(MONDAY, {
      seed: 5,
      groundTruth: (m, t) => {
        if (m.direction !== 'inbound') return;
        if (!texts.has(t.lang)) texts.set(t.lang, new Set());
        texts.get(t.lang)!.add(m.text);
      },
    }).take(20_000);
    for (const lang of LANGS) expect(texts.get(lang)!.size, lang).toBeGreaterThan(200);
  });

  it('mixes languages by channel: wechat mostly Chinese, line Japanese, kakaotalk Korean, x mostly Western', () => {
    const byChannel = new Map<string, Lang[]>();
    createGenerator(MONDAY, {
      seed: 9,
      groundTruth: (m, t) => {
        if (m.direction === 'inbound') byChannel.set(m.channel, [...(byChannel.get(m.channel) ?? []), t.lang]);
      },
    }).take(8_000);
    const share = (channel: string, langs: Lang[]) => {
      const all = byChannel.get(channel)!;
      return all.filter((l) => langs.includes(l)).length / all.length;
    };
    expect(share('wechat', ['zh'])).toBeGreaterThan(0.8);
    expect(share('line', ['ja'])).toBeGreaterThan(0.75);
    expect(share('kakaotalk', ['ko'])).toBeGreaterThan(0.8);
    expect(share('x', ['en', 'nl', 'fr', 'de', 'es', 'pt', 'it'])).toBeGreaterThan(0.85);
  });

  it('has customers who write more than once', () => {
    const counts = new Map<string, number>();
    for (const m of batch) if (m.direction === 'inbound') counts.set(m.author.id, (counts.get(m.author.id) ?? 0) + 1);
    expect([...counts.values()].filter((n) => n > 1).length).toBeGreaterThan(50);
  });

  it('makes the same messages from the same seed and different ones from another seed', () => {
    expect(generate(500, MONDAY, { seed: 42 })).toEqual(generate(500, MONDAY, { seed: 42 }));
    expect(generate(50, MONDAY, { seed: 43 }).map((m) => m.text)).not.toEqual(generate(50, MONDAY, { seed: 42 }).map((m) => m.text));
  });
});

describe('rhythm', () => {
  it('makes about 35,000 messages in a week at rate 1', () => {
    const week = createGenerator(MONDAY, { seed: 2, utcOffsetMinutes: 0 }).until(MONDAY + 7 * 24 * HOUR);
    expect(week.length).toBeGreaterThan(33_000);
    expect(week.length).toBeLessThan(37_000);
  });

  it('is quiet at night and busy late in the morning and in the evening', () => {
    expect(rhythmFactor(MONDAY + 3 * HOUR, 0)).toBeLessThan(0.2);
    expect(rhythmFactor(MONDAY + 11 * HOUR, 0)).toBeGreaterThan(1.4);
    expect(rhythmFactor(MONDAY + 20 * HOUR, 0)).toBeGreaterThan(1.4);
    expect(rhythmFactor(MONDAY + 3 * HOUR, 0, 0)).toBe(1);
    // Local time: 03:00 in Tokyo (UTC+9) is 18:00 UTC the day before.
    expect(rhythmFactor(MONDAY - 6 * HOUR, 9 * 60)).toBeCloseTo(rhythmFactor(MONDAY + 3 * HOUR, 0));
    const msgs = createGenerator(MONDAY, { seed: 4, utcOffsetMinutes: 0 }).until(MONDAY + 7 * 24 * HOUR);
    const byHour = new Array<number>(24).fill(0);
    for (const m of msgs) if (m.direction === 'inbound') byHour[new Date(m.createdAt as number).getUTCHours()]++;
    expect(byHour[3] * 4).toBeLessThan(byHour[11]);
    expect(byHour[4] * 4).toBeLessThan(byHour[19]);
  });
});

describe('incidents', () => {
  const start = MONDAY + 10 * HOUR;
  const run = () => {
    const truth = new Map<string, GroundTruth>();
    const g = createGenerator(start, { seed: 8, rate: 20, rhythmStrength: 0, utcOffsetMinutes: 0, groundTruth: (m, t) => truth.set(m.id, t) });
    const before = g.until(start + HOUR).filter((m) => m.direction === 'inbound');
    const incident = g.startIncident({ topic: 'ash-cloud', durationMs: HOUR }, start + HOUR);
    const during = g.until(start + 2 * HOUR).filter((m) => m.direction === 'inbound');
    const after = g.until(start + 3 * HOUR).filter((m) => m.direction === 'inbound');
    return { g, incident, before, during, after, truth };
  };

  it('raises the rate by about the multiplier, and the negative share', () => {
    const { before, during, truth } = run();
    const ratio = during.length / before.length;
    expect(ratio).toBeGreaterThan(8);
    expect(ratio).toBeLessThan(12);
    const negative = (ms: MessageInput[]) => ms.filter((m) => truth.get(m.id)!.sentiment === 'negative').length / ms.length;
    expect(negative(before)).toBeLessThan(0.45);
    expect(negative(during)).toBeGreaterThan(0.65);
  });

  it('mentions the ash cloud in all ten languages, mostly with #ashcloud', () => {
    const { during, truth } = run();
    const about = during.filter((m) => truth.get(m.id)!.incident === 'ash-cloud');
    expect(about.length / during.length).toBeGreaterThan(0.8);
    expect(about.filter((m) => m.text.includes('#ashcloud')).length / about.length).toBeGreaterThan(0.5);
    expect(new Set(about.map((m) => truth.get(m.id)!.lang))).toEqual(new Set(LANGS));
    for (const lang of LANGS) {
      const texts = PHRASES[lang].incidents['ash-cloud'];
      expect(texts.negative.length * texts.neutral.length * texts.positive.length, lang).toBeGreaterThan(0);
    }
  });

  it('ends by itself after its duration', () => {
    const { g, incident, before, after } = run();
    expect(incident.endsAt - incident.startsAt).toBe(HOUR);
    expect(g.incidentAt(start + 90 * 60_000)?.topic).toBe('ash-cloud');
    expect(g.incidentAt(start + 2 * HOUR)).toBeNull();
    expect(after.length / before.length).toBeLessThan(1.5);
    expect(after.some((m) => m.text.includes('#ashcloud'))).toBe(false);
  });

  it('writes generic texts with the keywords of any other topic', () => {
    const truth = new Map<string, GroundTruth>();
    const g = createGenerator(start, { seed: 1, rate: 20, groundTruth: (m, t) => truth.set(m.id, t) });
    const inc = g.startIncident({ topic: 'pilot-strike', keywords: ['pilot strike'], multiplier: 5 }, start);
    expect(inc.hashtag).toBe('#pilotstrike');
    const about = g.until(start + HOUR).filter((m) => truth.get(m.id)?.incident === 'pilot-strike');
    expect(about.length).toBeGreaterThan(100);
    expect(about.every((m) => m.text.toLowerCase().includes('pilot strike'))).toBe(true);
  });

  it('rejects impossible values with a code and the field in the message', () => {
    const g = createGenerator(start, { seed: 1 });
    expect(() => g.startIncident({ topic: 'ash-cloud', multiplier: 0 }, start)).toThrow(
      expect.objectContaining({ code: 'HW_ERR_SOURCE_OPTION', message: '`incident.multiplier` should be a number ≥ 1, got 0' }),
    );
    expect(() => g.startIncident({ topic: 'x', negativeShare: 2 }, start)).toThrow(/negativeShare/);
  });
});

describe('createSimulator', () => {
  it('replays its history before start and then goes live on the same clock, replies to the history included', async () => {
    let t = MONDAY + 11 * HOUR;
    const live: MessageInput[] = [];
    const sim = createSimulator({ seed: 4, rate: DEMO_RATE, utcOffsetMinutes: 0, replyShare: 2, now: () => t, historyFrom: t - HOUR }, (b) => void live.push(...b));
    const at = (m: MessageInput) => (typeof m.createdAt === 'number' ? m.createdAt : Date.parse(m.createdAt));
    const past = sim.history(t + HOUR); // never beyond now
    expect(past.length).toBeGreaterThan(1_000);
    expect(Math.min(...past.map(at))).toBeGreaterThanOrEqual(t - HOUR);
    expect(Math.max(...past.map(at))).toBeLessThanOrEqual(t);
    sim.start();
    expect(() => sim.history(t)).toThrow(/before start/);
    for (let i = 0; i < 12; i++) {
      t += 5_000; // a minute of live ticks
      await sim.tick();
    }
    await sim.stop();
    expect(live.length).toBeGreaterThan(0);
    expect(Math.min(...live.map(at))).toBeGreaterThan(Math.max(...past.map(at)) - 1);
    // Posts from the history get their replies live: the queue of pending replies carried over the switch.
    const pastIds = new Set(past.filter((m) => m.direction !== 'outbound').map((m) => m.id));
    expect(live.some((m) => m.direction === 'outbound' && m.inReplyTo !== undefined && pastIds.has(m.inReplyTo))).toBe(true);
    expect(sim.stats()).toMatchObject({ dropped: 0, skippedMs: 0 });
  });

  it('hands the messages due since the last tick to the sink, stamped with the clock', async () => {
    let t = MONDAY + 11 * HOUR;
    const got: MessageInput[] = [];
    const sim = createSimulator({ seed: 1, rate: DEMO_RATE, utcOffsetMinutes: 0, now: () => t }, (b) => {
      got.push(...b);
    });
    for (let i = 0; i < 240; i++) {
      t += 250;
      await sim.tick();
    }
    // One minute at 11:00 at rate 100: ≈ 3.5 × 1.5 × 100 ≈ 500 messages.
    expect(got.length).toBeGreaterThan(350);
    expect(got.length).toBeLessThan(750);
    expect(Math.max(...got.map((m) => m.createdAt as number))).toBeLessThanOrEqual(t);
    expect(sim.stats()).toMatchObject({ produced: got.length, delivered: got.length, dropped: 0 });
  });

  it('runs on a timer and clears it on stop', async () => {
    vi.useFakeTimers({ now: MONDAY + 11 * HOUR });
    const sink = vi.fn();
    const sim = createSimulator({ seed: 1, rate: 1_000, tickMs: 250 }, sink);
    sim.start();
    sim.start();
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(sink.mock.calls.length).toBeGreaterThanOrEqual(6);
    expect(sim.stats().running).toBe(true);
    await sim.stop();
    expect(vi.getTimerCount()).toBe(0);
    const calls = sink.mock.calls.length;
    await vi.advanceTimersByTimeAsync(2_000);
    expect(sink.mock.calls.length).toBe(calls);
    expect(sim.stats().running).toBe(false);
  });

  it('keeps running when the sink throws or rejects, and reports each failure', async () => {
    let t = MONDAY + 11 * HOUR;
    const errors: SourceError[] = [];
    let calls = 0;
    const sim = createSimulator({ seed: 1, rate: 1_000, now: () => t, onError: (e) => errors.push(e) }, () => {
      calls++;
      if (calls % 2) throw new Error('database is locked');
      return Promise.reject(new Error('disk full'));
    });
    for (let i = 0; i < 10; i++) {
      t += 250;
      await sim.tick();
    }
    expect(calls).toBe(10);
    expect(sim.stats().sinkErrors).toBe(10);
    expect(errors[0]).toMatchObject({ code: 'HW_ERR_SOURCE_SINK', source: 'simulator' });
    expect(errors[0].message).toContain('database is locked');
    expect(errors[1].message).toContain('disk full');
  });

  it('drops and counts batches while a slow sink is busy instead of queueing them', async () => {
    let t = MONDAY + 11 * HOUR;
    let release: () => void = () => {};
    const sink = vi.fn((_batch: MessageInput[]) => new Promise<void>((r) => (release = r)));
    const sim = createSimulator({ seed: 1, rate: 1_000, now: () => t }, sink);
    t += 250;
    const first = sim.tick();
    for (let i = 0; i < 5; i++) {
      t += 250;
      await sim.tick();
    }
    expect(sink).toHaveBeenCalledTimes(1);
    const s = sim.stats();
    expect(s.dropped).toBeGreaterThan(0);
    expect(s.dropped + sink.mock.calls[0][0].length).toBe(s.produced);
    release();
    await first;
    t += 250;
    const next = sim.tick();
    release();
    await next;
    expect(sink).toHaveBeenCalledTimes(2);
  });

  it('skips ahead after a stall instead of producing a burst', async () => {
    let t = MONDAY + 11 * HOUR;
    const sink = vi.fn();
    const sim = createSimulator({ seed: 1, rate: DEMO_RATE, now: () => t, utcOffsetMinutes: 0 }, sink);
    t += HOUR;
    await sim.tick();
    expect(sim.stats().skippedMs).toBeGreaterThan(HOUR - 1_000);
    expect(sim.stats().produced).toBeLessThan(100);
  });

  it('starts a scheduled incident and reports it only while it runs', async () => {
    let t = MONDAY + 11 * HOUR;
    const sim = createSimulator({ seed: 1, now: () => t, incidentAfterMs: 60_000, incident: { topic: 'ash-cloud', durationMs: 120_000 } }, () => {});
    expect(sim.stats().incident).toBeNull();
    t += 90_000;
    expect(sim.stats().incident).toMatchObject({ topic: 'ash-cloud', multiplier: 10 });
    t += 120_000;
    expect(sim.stats().incident).toBeNull();
    const live = sim.startIncident();
    expect(live.startsAt).toBe(t);
    expect(sim.stats().incident?.hashtag).toBe('#ashcloud');
    sim.stopIncident();
    expect(sim.stats().incident).toBeNull();
  });

  it('changes its rate on request', () => {
    const sim = createSimulator({ seed: 1, now: () => MONDAY }, () => {});
    sim.setRate(5);
    expect(sim.stats().rate).toBe(5);
    expect(() => sim.setRate(-1)).toThrow(expect.objectContaining({ code: 'HW_ERR_SOURCE_OPTION' }));
  });

  const ticked = async (seed: number, startAt: number) => {
    let t = startAt;
    const got: MessageInput[] = [];
    const sim = createSimulator({ seed, rate: DEMO_RATE, now: () => t }, (b) => {
      got.push(...b);
    });
    for (let i = 0; i < 20; i++) {
      t += 250;
      await sim.tick();
    }
    return got;
  };

  it('makes the same messages from the same seed and clock', async () => {
    const a = await ticked(3, MONDAY + 11 * HOUR);
    expect(a.length).toBeGreaterThan(10);
    expect(await ticked(3, MONDAY + 11 * HOUR)).toEqual(a);
  });

  it('does not repeat ids when restarted with the same seed at another time', async () => {
    const a = new Set((await ticked(3, MONDAY + 11 * HOUR)).map((m) => m.id));
    const b = await ticked(3, MONDAY + 11 * HOUR + 60_000);
    expect(b.some((m) => a.has(m.id))).toBe(false);
  });
});
