import { afterEach, describe, expect, it } from 'vitest';
import { AUTH, buildTestApp, input } from '../helper.ts';
import { tempCopy, waitFor } from './helpers.ts';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

describe('walls.json ignoreKeywords', () => {
  it('keeps the brand name out of the word cloud from start, and follows an edit of the list without a restart', async () => {
    const dirs = await tempCopy();
    cleanups.push(dirs.remove);
    await dirs.editJson(dirs.dashboardsDir, 'walls.json', (w) => void (w.ignoreKeywords = ['skyline']));
    const app = await buildTestApp({ config: { dashboardsDir: dirs.dashboardsDir, themesDir: dirs.themesDir, watch: true } });
    cleanups.push(() => app.close());

    const posts = ['Skyline lost my suitcase', 'Skyline suitcase still missing', 'Skyline boarding was quick'].map((text) => input({ text, lang: 'en' }));
    const r = await app.inject({ method: 'POST', url: '/api/messages', headers: AUTH, payload: posts });
    expect(r.statusCode).toBe(200);
    const words = () => app.aggregates.keywords().windows['1h'].map((k) => k.word);
    expect(words()).toContain('suitcase');
    expect(words()).not.toContain('skyline');

    await dirs.editJson(dirs.dashboardsDir, 'walls.json', (w) => void (w.ignoreKeywords = ['suitcase']));
    await waitFor(() => words().includes('skyline'), 2_000);
    expect(words()[0]).toBe('skyline');
    expect(words()).not.toContain('suitcase');
  });
});
