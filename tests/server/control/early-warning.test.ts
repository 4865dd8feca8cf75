import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, message } from '../helper.ts';
import { createControl } from '../../../server/control/service.ts';
import { BASE_RATE_PER_MIN, INCIDENT_PRESETS, createGenerator } from '../../../server/sources/simulator/index.ts';
import { DETECTOR_DEFAULTS, detect, updateAlerts, type Series } from '../../../server/control/detector.ts';
import { signIn } from './session.ts';

const MIN = 60_000;
const T = Date.UTC(2026, 10, 26, 10, 0, 0);

/** A flat per-minute series from `from` to `to` with `n` per minute, with `burst` per minute in the last `burstMin` minutes. */
function series(to: number, minutes: number, n: number, burst = n, burstMin = 0): Series {
  const out = [];
  for (let i = minutes - 1; i >= 0; i--) out.push({ t: to - i * MIN, n: i < burstMin ? burst : n });
  return out;
}

describe('early-warning detector (pure)', () => {
  it('has the documented defaults', () => {
    expect(DETECTOR_DEFAULTS).toMatchObject({ factor: 3, windowMs: 300_000, baselineMs: 3_600_000, minNegative: 30 });
  });

  it('stays quiet on a steady day', () => {
    expect(detect({ now: T, negative: series(T, 90, 20), negativeByChannel: {}, trending: [], historyMs: 90 * MIN })).toEqual([]);
  });

  it('alerts when negative volume climbs past factor × its own baseline, naming channels and negative keywords', () => {
    const signals = detect({
      now: T,
      negative: series(T, 90, 20, 90, 3),
      negativeByChannel: { x: series(T, 90, 10, 70, 3), line: series(T, 90, 10, 20, 3), whatsapp: series(T, 90, 0) },
      trending: [
        { word: 'volcano', rate: 400, baseline: 1, ratio: 200, negativeShare: 0.85 },
        { word: 'sale', rate: 100, baseline: 1, ratio: 50, negativeShare: 0 },
      ],
      historyMs: 90 * MIN,
    });
    const volume = signals.find((s) => s.kind === 'negative-volume');
    expect(volume).toMatchObject({ channels: ['x', 'line'], keywords: ['volcano'] });
    expect(volume?.summary).toMatch(/^Negative messages: 310 in the last 5 min, 3\.1× the usual 100$/);
    expect(signals.find((s) => s.kind === 'keyword')?.keywords[0]).toBe('volcano');
    expect(signals.some((s) => s.keywords.includes('sale'))).toBe(false); // positive words never raise an alert
  });

  it('honours a configurable factor', () => {
    const input = { now: T, negative: series(T, 90, 20, 60, 5), negativeByChannel: {}, trending: [], historyMs: 90 * MIN };
    expect(detect(input, { factor: 3 })).toHaveLength(1);
    expect(detect(input, { factor: 4 })).toHaveLength(0);
  });

  it('raises no volume alert without most of a baseline hour in the store', () => {
    expect(detect({ now: T, negative: series(T, 20, 5, 200, 3), negativeByChannel: {}, trending: [], historyMs: 20 * MIN })).toEqual([]);
  });

  it('folds signals into one open alert and raises a new one after dismissal; the list is bounded', () => {
    const sig = [{ kind: 'negative-volume' as const, summary: 's', ratio: 4, keywords: ['ash'], channels: ['x' as const] }];
    let n = 0;
    const id = () => `a${++n}`;
    const first = updateAlerts([], sig, T, id);
    expect(first.raised?.id).toBe('a1');
    const second = updateAlerts(first.alerts, [{ ...sig[0], keywords: ['volcano'] }], T + MIN, id);
    expect(second.raised).toBeNull();
    expect(second.alerts[0].keywords).toEqual(['ash', 'volcano']);
    const dismissed = second.alerts.map((a) => ({ ...a, dismissed: true }));
    expect(updateAlerts(dismissed, sig, T + 2 * MIN, id).raised?.id).toBe('a2');
    let list = first.alerts;
    for (let i = 0; i < 50; i++) list = updateAlerts(list.map((a) => ({ ...a, dismissed: true })), sig, T + i, id).alerts;
    expect(list.length).toBe(DETECTOR_DEFAULTS.maxAlerts);
  });
});

describe('early warning on the demo feed', () => {
  let close: (() => Promise<void>) | null = null;
  afterEach(async () => close?.());

  it('alerts within a minute of the ash-cloud burst, names its keywords and channels, and prepares (not switches) a template', async () => {
    let t = T - 3 * MIN;
    const app = await buildTestApp({ now: () => t, control: { warningEveryMs: 0 } });
    close = () => app.close();
    const gen = createGenerator(t - 90 * MIN, { rate: (4 * 60) / BASE_RATE_PER_MIN, seed: 7, runId: 'ew' });
    for (let at = t - 90 * MIN; at < t; at += 5 * MIN) await app.pipeline.accept(gen.until(Math.min(t, at + 5 * MIN)));
    expect(app.control.evaluate()).toBeNull();

    gen.startIncident(INCIDENT_PRESETS['ash-cloud'], t);
    let raisedAfterMs: number | null = null;
    for (let step = 0; step < 4 && raisedAfterMs === null; step++) {
      t += 15_000; // the server evaluates every 15 s
      await app.pipeline.accept(gen.until(t));
      if (app.control.evaluate()) raisedAfterMs = (step + 1) * 15_000;
    }
    expect(raisedAfterMs).not.toBeNull();
    expect(raisedAfterMs).toBeLessThanOrEqual(60_000);
    const alert = app.control.alerts()[0];
    console.log(`early warning after ${(raisedAfterMs ?? 0) / 1000} s: ${alert.summary} · keywords ${alert.keywords.join(', ')} · channels ${alert.channels.join(', ')}`);
    expect(alert.keywords.join(' ')).toMatch(/ash|volcan|asche|cendre|ceniza|火山/);
    expect(alert.channels.length).toBeGreaterThan(0);
    expect(app.control.data().alerts[0].id).toBe(alert.id);
    // Walls and intranet embeds share the public control topic: alerts stay with signed-in staff.
    expect(app.control.publicData().alerts).toEqual([]);

    const staff = await signIn(app, 'wendy');
    const state = await app.inject({ method: 'GET', url: '/api/control/state', headers: { cookie: staff.cookie } });
    expect(state.json().data.alerts[0].id).toBe(alert.id);
    expect((await app.inject({ method: 'GET', url: '/api/control/state' })).statusCode).toBe(401);
    const tpl = await app.inject({ method: 'GET', url: `/api/control/alerts/${alert.id}/template`, headers: { cookie: staff.cookie } });
    expect(tpl.json().data.template).toMatchObject({ id: 'ash-cloud', keyword: alert.keywords[0] });
    expect(app.control.calamity.on).toBe(false); // nothing switches without a person
    const factor = await app.inject({ method: 'PUT', url: '/api/control/settings/warning', headers: staff.headers, payload: { factor: 5 } });
    expect(factor.json().data.settings.factor).toBe(5);
    const dismiss = await app.inject({ method: 'POST', url: `/api/control/alerts/${alert.id}/dismiss`, headers: staff.headers });
    expect(dismiss.statusCode).toBe(200);
    expect(app.control.data().alerts).toEqual([]);
  }, 60_000);
});

describe('early warning while the demo backfill loads the past', () => {
  it('raises nothing while history is still loading: live minutes against a half-empty baseline are no burst', async () => {
    const app = await buildTestApp({ now: () => T, control: { warningEveryMs: 0 } });
    try {
      // What a backfill in progress looks like: the oldest minutes are in, the baseline hour not yet, live minutes are.
      const negative = { label: 'negative' as const, score: -0.8, confidence: 0.9 };
      const old = Array.from({ length: 20 }, (_, i) => ({ ...message({ createdAt: T - 2 * 3_600_000 + i * 1_000, keywords: ['gate'] }) }));
      const live = Array.from({ length: 120 }, (_, i) => message({ createdAt: T - i * 2_000, sentiment: negative, keywords: ['gate', 'queue'] }));
      for (const m of [...old, ...live]) app.aggregates.add(m);
      let ready = false;
      const control = createControl({ db: app.store.db, aggregates: app.aggregates, now: () => T, publish: () => {}, historyReady: () => ready });
      expect(control.evaluate()).toBeNull();
      ready = true; // the same data once the past has been loaded: a real burst against a quiet hour
      const alert = control.evaluate();
      expect(alert?.kind).toBe('negative-volume');
      expect(alert?.summary).toBe('Negative messages: 120 in the last 5 min, against almost none in the hour before');
    } finally {
      await app.close();
    }
  });
});

describe('early warning on a fresh install', () => {
  it('raises no keyword alert before an hour of history exists', () => {
    const t = Date.now();
    const signals = detect({ now: t, negative: [], negativeByChannel: {}, trending: [{ word: 'hotel', rate: 60, baseline: 0, ratio: 30, negativeShare: 0.6 }], historyMs: 10 * 60_000 }, { factor: 3, minNegative: 10 });
    expect(signals).toEqual([]);
    const later = detect({ now: t, negative: [], negativeByChannel: {}, trending: [{ word: 'hotel', rate: 60, baseline: 0, ratio: 30, negativeShare: 0.6 }], historyMs: 2 * 3_600_000 }, { factor: 3, minNegative: 10 });
    expect(later.map((s) => s.kind)).toEqual(['keyword']);
  });
});
