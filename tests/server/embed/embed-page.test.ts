import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTestApp, tempDir } from '../helper.ts';
import { parseEmbedOrigins } from '../../../server/embed/origins.ts';

type App = Awaited<ReturnType<typeof buildTestApp>>;
let app: App;
let tmp: ReturnType<typeof tempDir>;

beforeEach(async () => {
  tmp = tempDir();
  writeFileSync(join(tmp.dir, 'embed.html'), '<!doctype html><title>embed</title><div id="app"></div>');
  app = await buildTestApp({ embed: { staticDir: tmp.dir, origins: parseEmbedOrigins('https://intranet.example.com, http://127.0.0.1:8189').origins } });
});
afterEach(async () => {
  await app.close();
  tmp.cleanup();
});

const csp = (r: { headers: Record<string, unknown> }) => String(r.headers['content-security-policy']);

describe('GET /embed/:dashboard[/:widget]', () => {
  it('serves the embed page for a dashboard and for one widget, framable only by this server and the allowed origins', async () => {
    for (const url of ['/embed/overview', '/embed/overview/kpis', '/embed/raw-stream?rotate=1&screen=right']) {
      const r = await app.inject(url);
      expect(r.statusCode, url).toBe(200);
      expect(r.headers['content-type']).toContain('text/html');
      expect(r.body).toContain('<div id="app">');
      expect(csp(r)).toContain("frame-ancestors 'self' https://intranet.example.com http://127.0.0.1:8189");
      // The rest of the wall's policy still holds.
      expect(csp(r)).toContain("script-src 'self'");
      expect(csp(r)).toContain("object-src 'none'");
    }
  });

  it('keeps every other page framable by this server only', async () => {
    const r = await app.inject('/api/config');
    expect(csp(r)).toContain("frame-ancestors 'self'");
    expect(csp(r)).not.toContain('intranet.example.com');
  });

  it('answers 404 naming the choices for an unknown dashboard, widget or screen', async () => {
    let r = await app.inject('/embed/nope');
    expect(r.statusCode).toBe(404);
    expect(r.json().error.code).toBe('HW_ERR_EMBED_NOT_FOUND');
    expect(r.json().error.message).toMatch(/`dashboard` should be one of .*overview.*, got "nope"/);
    r = await app.inject('/embed/overview/nope');
    expect(r.statusCode).toBe(404);
    expect(r.json().error.message).toBe('`widget` should be one of kpis, sentiment, volume (dashboard "overview"), got "nope"');
    r = await app.inject('/embed/overview?rotate=1&screen=nope');
    expect(r.statusCode).toBe(404);
    // Even a refusal carries the embed CSP.
    expect(csp(r)).toContain('frame-ancestors');
  });

  it('refuses ids and query fields that do not fit the schema with a 400', async () => {
    for (const url of ['/embed/Overview', '/embed/overview/..%2f..%2fetc', '/embed/overview?rotate=yes', '/embed/overview?token=short', '/embed/overview?x=1']) {
      const r = await app.inject(url);
      expect(r.statusCode, url).toBe(400);
      expect(r.json().error.code).toBe('HW_ERR_VALIDATION');
    }
  });

  it('answers 403 when the framing page is another site, and names it and the setting', async () => {
    const r = await app.inject({ url: '/embed/overview/kpis', headers: { 'sec-fetch-dest': 'iframe', 'sec-fetch-site': 'cross-site', referer: 'http://127.0.0.1:8190/intranet.html' } });
    expect(r.statusCode).toBe(403);
    expect(r.json().error).toEqual({ code: 'HW_ERR_EMBED_ORIGIN', message: 'http://127.0.0.1:8190 may not embed Hubwall: add it to HUBWALL_EMBED_ORIGINS (now: https://intranet.example.com, http://127.0.0.1:8189)' });
    const ok = await app.inject({ url: '/embed/overview/kpis', headers: { 'sec-fetch-dest': 'iframe', referer: 'http://127.0.0.1:8189/intranet.html' } });
    expect(ok.statusCode).toBe(200);
  });

  it('answers 503 with a clear message when the display is not built', async () => {
    const bare = await buildTestApp();
    const r = await bare.inject('/embed/overview');
    expect(r.statusCode).toBe(503);
    expect(r.json().error.code).toBe('HW_ERR_NOT_BUILT');
    await bare.close();
  });
});
