import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { AUTH, buildTestApp, input, tempDir } from '../helper.ts';

const dirs: ReturnType<typeof tempDir>[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.cleanup()));

describe('store and restart', () => {
  it('rebuilds the same aggregates from the store after a restart', async () => {
    const d = tempDir();
    dirs.push(d);
    const dbFile = join(d.dir, 'hubwall.sqlite');
    const now = Date.now();
    const batch = [
      input({ text: 'Flight cancelled again, no refund, furious', createdAt: now - 3 * 3_600_000 }),
      input({ channel: 'whatsapp', text: 'Bedankt voor de snelle hulp, top service!', createdAt: now - 3_600_000 }),
      input({ channel: 'line', text: '荷物が届きません。最悪です', createdAt: now - 60_000 }),
      input({ channel: 'facebook', text: 'Where is my baggage? Lost baggage again', createdAt: now - 2 * 86_400_000 }),
    ];
    const first = await buildTestApp({ dbFile });
    await first.inject({ method: 'POST', url: '/api/messages', headers: AUTH, payload: batch });
    const before = {
      volume: first.aggregates.volume(),
      sentiment: first.aggregates.sentiment(),
      languages: first.aggregates.languages(),
      keywords: first.aggregates.keywords(),
      kpi: first.aggregates.kpi(),
    };
    await first.close();

    const second = await buildTestApp({ dbFile });
    expect(second.store.messages.count()).toBe(4);
    expect({
      volume: second.aggregates.volume(),
      sentiment: second.aggregates.sentiment(),
      languages: second.aggregates.languages(),
      keywords: second.aggregates.keywords(),
      kpi: second.aggregates.kpi(),
    }).toEqual(before);
    expect(before.kpi.messagesWeek).toBe(4);
    await second.close();
  });

  it('keeps duplicates out across restarts', async () => {
    const d = tempDir();
    dirs.push(d);
    const dbFile = join(d.dir, 'hubwall.sqlite');
    const m = input();
    const a = await buildTestApp({ dbFile });
    await a.inject({ method: 'POST', url: '/api/messages', headers: AUTH, payload: m });
    await a.close();
    const b = await buildTestApp({ dbFile });
    const r = await b.inject({ method: 'POST', url: '/api/messages', headers: AUTH, payload: m });
    expect(r.json().data).toMatchObject({ accepted: 0, duplicates: 1 });
    expect(b.aggregates.kpi().messagesToday).toBe(1);
    await b.close();
  });

  it('indexes committed messages for full-text search on a worker, and resumes after a restart', async () => {
    const d = tempDir();
    dirs.push(d);
    const dbFile = join(d.dir, 'hubwall.sqlite');
    const find = (app: Awaited<ReturnType<typeof buildTestApp>>, word: string) =>
      app.store.db.prepare('SELECT m.text FROM search.fts JOIN messages m ON m.seq = fts.rowid WHERE fts MATCH ? ORDER BY m.seq').all(word);
    const a = await buildTestApp({ dbFile });
    await a.inject({ method: 'POST', url: '/api/messages', headers: AUTH, payload: [input({ text: 'Volcanic ash cloud grounds all flights' }), input({ text: 'Lovely crew today' })] });
    await a.store.search.flush();
    expect(find(a, 'ash')).toEqual([{ text: 'Volcanic ash cloud grounds all flights' }]);
    await a.close();
    const b = await buildTestApp({ dbFile });
    await b.inject({ method: 'POST', url: '/api/messages', headers: AUTH, payload: input({ text: 'More ash over Iceland' }) });
    await b.store.search.flush();
    expect(find(b, 'ash')).toHaveLength(2);
    expect(find(b, 'crew')).toHaveLength(1);
    await b.close();
  });
});
