import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp } from '../helper.ts';

type App = Awaited<ReturnType<typeof buildTestApp>>;
let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('built-in demo feed', () => {
  it('backfills history into an empty store and keeps feeding the pipeline', async () => {
    app = await buildTestApp({ demo: true, demoRate: 50, demoBackfillHours: 0.25 });
    const backfilled = await app.demo.backfilled;
    expect(app.store.messages.count()).toBeGreaterThanOrEqual(backfilled);
    // 15 min at 50 msg/s on average, shaped by the daily rhythm.
    expect(backfilled).toBeGreaterThan(1_000);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(app.store.messages.count()).toBeGreaterThan(backfilled);
    // The live feed starts where the history ends, on the same clock: nothing dropped while the backfill kept the
    // pipeline busy, and no empty minutes between the two.
    const sim = app.demo.simulator!.stats();
    expect(sim.dropped).toBe(0);
    expect(sim.skippedMs).toBe(0);
    const minutes = app.aggregates.volume().minutes.map((m) => m.t);
    const start = minutes[0];
    for (let t = start; t <= minutes[minutes.length - 1]; t += 60_000) expect(minutes, `minute ${new Date(t).toISOString()}`).toContain(t);
    const status = (await app.inject({ url: '/api/status' })).json().data;
    expect(status.demo).toBe(true);
    const langs = Object.keys(app.aggregates.languages().counts);
    for (const l of ['nl', 'en', 'fr', 'de', 'es', 'pt', 'it', 'zh', 'ja', 'ko']) expect(langs).toContain(l);
    expect(app.aggregates.kpi().repliesSent).toBeGreaterThan(0);
  });

  it('is off unless asked for, and says so in the status', async () => {
    app = await buildTestApp();
    expect((await app.inject({ url: '/api/status' })).json().data.demo).toBe(false);
    expect(app.store.messages.count()).toBe(0);
  });
});

describe('status', () => {
  it('reports webhook and connector counters next to ingest figures', async () => {
    app = await buildTestApp();
    const d = (await app.inject({ url: '/api/status' })).json().data;
    expect(d).toHaveProperty('webhooks');
    expect(d).toHaveProperty('connectors');
    expect(d.messagesStored).toBe(0);
    expect(Object.keys(d.sentiment)).toEqual(['nl', 'en', 'fr', 'de', 'es', 'pt', 'it', 'zh', 'ja', 'ko']);
  });
});
