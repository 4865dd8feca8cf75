import { afterEach, describe, expect, it } from 'vitest';
import { AUTH, buildTestApp, input } from '../helper.ts';
import { toFtsQuery } from '../../../server/query/fts-query.ts';

type App = Awaited<ReturnType<typeof buildTestApp>>;
let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const T = Date.now();
async function seeded() {
  app = await buildTestApp();
  await app.inject({
    method: 'POST', url: '/api/messages', headers: AUTH,
    payload: [
      input({ id: 'a', channel: 'x', text: 'Volcanic ash cloud: my flight is cancelled #ashcloud', createdAt: T - 5_000 }),
      input({ id: 'b', channel: 'line', text: '火山灰でフライトが欠航しました #ashcloud', createdAt: T - 4_000 }),
      input({ id: 'c', channel: 'x', text: 'Great crew today, thank you so much!', createdAt: T - 3_000 }),
      input({ id: 'd', channel: 'facebook', text: 'Mijn koffer is kwijt, vreselijk slecht', createdAt: T - 2_000 }),
      input({ id: 'e', channel: 'x', text: 'Ash cloud again? Stuck in Amsterdam, terrible', createdAt: T - 1_000 }),
    ],
  });
  return app;
}
const get = async (url: string) => (await app!.inject({ url })).json();

describe('GET /api/messages', () => {
  it('lists newest first with a bounded default page', async () => {
    await seeded();
    const r = await get('/api/messages');
    expect(r.data.messages.map((m: { id: string }) => m.id)).toEqual(['e', 'd', 'c', 'b', 'a']);
    expect(r.data.nextCursor).toBeNull();
  });

  it('filters by keyword or hashtag, channel, sentiment and time range', async () => {
    await seeded();
    expect((await get('/api/messages?keyword=ashcloud')).data.messages.map((m: { id: string }) => m.id)).toEqual(['b', 'a']);
    expect((await get('/api/messages?channel=x,line&keyword=%23ashcloud')).data.messages).toHaveLength(2);
    expect((await get('/api/messages?channel=facebook')).data.messages.map((m: { id: string }) => m.id)).toEqual(['d']);
    const neg = (await get('/api/messages?sentiment=negative')).data.messages.map((m: { id: string }) => m.id);
    expect(neg).toContain('d');
    expect(neg).not.toContain('c');
    expect((await get(`/api/messages?from=${T - 3_500}&to=${T - 1_500}`)).data.messages.map((m: { id: string }) => m.id)).toEqual(['d', 'c']);
  });

  it('searches the text in full, and treats search syntax as plain words', async () => {
    await seeded();
    expect((await get('/api/messages?q=ash%20cloud')).data.messages.map((m: { id: string }) => m.id)).toEqual(['e', 'a']);
    expect((await get('/api/messages?q=%22ash%22%20NEAR%20*')).data.messages.map((m: { id: string }) => m.id)).toEqual([]);
    expect(toFtsQuery('ash" OR 1=1 --')).toBe('"ash" AND "or" AND "1"');
  });

  it('pages with a cursor without repeating or skipping', async () => {
    await seeded();
    const p1 = await get('/api/messages?limit=2');
    const p2 = await get(`/api/messages?limit=2&cursor=${p1.data.nextCursor}`);
    const p3 = await get(`/api/messages?limit=2&cursor=${p2.data.nextCursor}`);
    expect([...p1.data.messages, ...p2.data.messages, ...p3.data.messages].map((m: { id: string }) => m.id)).toEqual(['e', 'd', 'c', 'b', 'a']);
    expect(p3.data.nextCursor).toBeNull();
  });

  it('leaves out hidden posts without shortening the page', async () => {
    await seeded();
    app!.isHidden = (m) => m.channel === 'x';
    const r = await get('/api/messages?limit=2');
    expect(r.data.messages.map((m: { id: string }) => m.id)).toEqual(['d', 'b']);
  });

  it('refuses bad queries with a 400 that says what to fix', async () => {
    await seeded();
    const cases: [string, RegExp][] = [
      ['/api/messages?limit=1000', /limit/],
      ['/api/messages?channel=myspace', /`channel` should be a comma-separated list of x, facebook/],
      ['/api/messages?from=yesterday', /`from` should be an ISO 8601/],
      ['/api/messages?cursor=bm9wZQ', /`cursor` should be/],
      ['/api/messages?q=%20%21%21', /`q` should contain at least one word/],
      ['/api/messages?colour=red', /colour|additional/],
    ];
    for (const [url, msg] of cases) {
      const r = await app!.inject({ url });
      expect(r.statusCode, url).toBe(400);
      expect(r.json().error.message, url).toMatch(msg);
    }
  });
});

describe('GET /api/keywords/:word', () => {
  it('gives the sentiment split and 24 hourly volumes of a word', async () => {
    await seeded();
    const r = await get('/api/keywords/ashcloud');
    expect(r.data).toMatchObject({ word: 'ashcloud', total: 2 });
    expect(r.data.negative + r.data.neutral + r.data.positive).toBe(2);
    expect(r.data.hourly).toHaveLength(24);
    expect(r.data.hourly.at(-1).count).toBe(2);
  });
});
