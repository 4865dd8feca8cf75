import { afterEach, describe, expect, it } from 'vitest';
import { AUTH, buildTestApp, input } from '../helper.ts';

type App = Awaited<ReturnType<typeof buildTestApp>>;
let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const post = (a: App, payload: unknown, headers: Record<string, string> = AUTH) =>
  a.inject({ method: 'POST', url: '/api/messages', headers, payload: payload as string });

describe('POST /api/messages', () => {
  it('accepts one message and makes it count at once', async () => {
    app = await buildTestApp();
    const r = await post(app, input({ text: 'Lost my bag at Schiphol, terrible service' }));
    expect(r.statusCode).toBe(200);
    expect(r.json().data).toMatchObject({ accepted: 1, duplicates: 0, rejectedCount: 0 });
    expect(app.store.messages.count()).toBe(1);
    expect(app.aggregates.kpi().messagesToday).toBe(1);
  });

  it('keeps the valid items of a batch and says index, field and why for each bad one', async () => {
    app = await buildTestApp();
    const r = await post(app, [input(), input({ channel: 'myspace' as never }), { id: 'x', channel: 'x', text: 'no author', createdAt: 1 }, input({ createdAt: 'yesterday' }), 42, input()]);
    expect(r.statusCode).toBe(200);
    const d = r.json().data;
    expect(d.accepted).toBe(2);
    expect(d.rejected).toEqual([
      expect.objectContaining({ index: 1, field: 'channel', code: 'HW_ERR_FIELD_INVALID', message: expect.stringContaining('should be one of x, facebook') }),
      expect.objectContaining({ index: 2, field: 'author', code: 'HW_ERR_FIELD_MISSING' }),
      expect.objectContaining({ index: 3, field: 'createdAt', message: expect.stringContaining('ISO 8601') }),
      expect.objectContaining({ index: 4, code: 'HW_ERR_ITEM_TYPE' }),
    ]);
    expect(app.store.messages.count()).toBe(2);
  });

  it('refuses unknown fields rather than dropping them silently', async () => {
    app = await buildTestApp();
    const r = await post(app, { ...input(), colour: 'red' });
    expect(r.statusCode).toBe(400);
    expect(r.json().data.rejected[0]).toMatchObject({ field: 'colour', code: 'HW_ERR_FIELD_UNKNOWN' });
  });

  it('stores a message delivered twice only once', async () => {
    app = await buildTestApp();
    const m = input();
    await post(app, m);
    const r = await post(app, [m, { ...m, channel: 'facebook' }]);
    expect(r.json().data).toMatchObject({ accepted: 1, duplicates: 1 });
    expect(app.store.messages.count()).toBe(2);
    expect(app.aggregates.kpi().messagesToday).toBe(2);
  });

  it('takes NDJSON and reports a broken line by number while keeping the others', async () => {
    app = await buildTestApp();
    const body = `${JSON.stringify(input())}\n{broken\n\n${JSON.stringify(input())}\n`;
    const r = await app.inject({ method: 'POST', url: '/api/messages', headers: { ...AUTH, 'content-type': 'application/x-ndjson' }, payload: body });
    expect(r.statusCode).toBe(200);
    expect(r.json().data).toMatchObject({ accepted: 2, rejectedCount: 1 });
    expect(r.json().data.rejected[0]).toMatchObject({ index: 1, field: '(line 2)', code: 'HW_ERR_LINE_JSON' });
  });

  it('answers 400 when nothing in the batch is valid', async () => {
    app = await buildTestApp();
    const r = await post(app, [{ id: 1 }]);
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ ok: false, error: { code: 'HW_ERR_BATCH_REJECTED' } });
  });

  it('refuses a missing or wrong token, and everything when no token is configured', async () => {
    app = await buildTestApp();
    expect((await post(app, input(), {})).statusCode).toBe(401);
    const wrong = await post(app, input(), { authorization: 'Bearer nope' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('HW_ERR_UNAUTHORIZED');
    expect(app.store.messages.count()).toBe(0);
    await app.close();
    app = await buildTestApp({ ingestToken: undefined });
    const off = await post(app, input());
    expect(off.statusCode).toBe(403);
    expect(off.json().error.code).toBe('HW_ERR_INGEST_DISABLED');
  });

  it('refuses bodies over the documented limits with 413', async () => {
    app = await buildTestApp();
    const many = Array.from({ length: 5_001 }, () => input({ text: 'x' }));
    const r = await post(app, many);
    expect(r.statusCode).toBe(413);
    expect(r.json().error.code).toBe('HW_ERR_BATCH_TOO_LARGE');
    const huge = await post(app, [input({ text: 'x'.repeat(9_000) })].concat(Array.from({ length: 600 }, () => input({ text: 'y'.repeat(9_000) }))));
    expect(huge.statusCode).toBe(413);
  });

  it('refuses text that is not JSON or NDJSON with a 4xx', async () => {
    app = await buildTestApp();
    const r = await app.inject({ method: 'POST', url: '/api/messages', headers: { ...AUTH, 'content-type': 'text/plain' }, payload: 'hello' });
    expect(r.statusCode).toBe(415);
    const bad = await app.inject({ method: 'POST', url: '/api/messages', headers: { ...AUTH, 'content-type': 'application/json' }, payload: '{"id":' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().ok).toBe(false);
  });

  it('enriches what it stores: language, sentiment and keywords', async () => {
    app = await buildTestApp();
    await post(app, input({ id: 'nl1', text: 'Mijn koffer is kwijt en niemand helpt me, echt slecht #klm' }));
    const [m] = app.store.messages.latest(1);
    expect(m.lang).toBe('nl');
    expect(m.sentiment.label).toBe('negative');
    expect(m.hashtags).toContain('klm');
    expect(m.keywords).toContain('koffer');
  });
});

describe('enrichment on a worker thread', () => {
  it('stores the same enrichment as the in-thread path, in order', async () => {
    app = await buildTestApp({ enrichWorkers: 1 });
    const batch = Array.from({ length: 200 }, (_, i) => input({ id: `w${i}`, text: i % 2 ? 'Mijn koffer is kwijt, echt slecht' : 'Thank you so much, great crew!' }));
    const r = await post(app, batch);
    expect(r.json().data.accepted).toBe(200);
    const stored = app.store.messages.latest(200);
    const odd = stored.filter((m) => Number(m.id.slice(1)) % 2 === 1);
    expect(odd.every((m) => m.lang === 'nl' && m.sentiment.label === 'negative')).toBe(true);
    expect(stored.filter((m) => Number(m.id.slice(1)) % 2 === 0).every((m) => m.lang === 'en' && m.sentiment.label === 'positive')).toBe(true);
  });
});
