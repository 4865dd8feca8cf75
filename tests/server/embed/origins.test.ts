import { describe, expect, it } from 'vitest';
import { frameAncestors, originAllowed, parseEmbedOrigin, parseEmbedOrigins } from '../../../server/embed/origins.ts';
import { isLocalAddress, needsToken } from '../../../server/embed/access.ts';
import { refusedEmbedder } from '../../../server/embed/routes-page.ts';

const list = (raw: string) => parseEmbedOrigins(raw).origins;

describe('embed origins', () => {
  it('allows no origin by default: only this server may frame an embed', () => {
    expect(parseEmbedOrigins(undefined)).toEqual({ origins: [], problems: [] });
    expect(frameAncestors([])).toBe("frame-ancestors 'self'");
  });

  it('parses a comma list, normalises case, trailing slashes and default ports, and drops duplicates', () => {
    const { origins, problems } = parseEmbedOrigins('https://Intranet.Example.com/, http://10.0.0.5:8080,https://intranet.example.com:443');
    expect(problems).toEqual([]);
    expect(origins.map((o) => o.source)).toEqual(['https://intranet.example.com', 'http://10.0.0.5:8080']);
    expect(frameAncestors(origins)).toBe("frame-ancestors 'self' https://intranet.example.com http://10.0.0.5:8080");
  });

  it('refuses paths, other schemes, bare wildcards and credentials, naming the entry', () => {
    for (const bad of ['https://intranet.example.com/wiki', 'ftp://x.example', '*', 'https://*', 'https://user@x.example', 'intranet.example.com', 'https://x.example?a=1', 'https://x.example:99999']) {
      const r = parseEmbedOrigin(bad);
      expect(typeof r, bad).toBe('string');
      expect(r as string).toContain(bad);
    }
  });

  it('matches a page URL by scheme, host and port; a *. entry matches subdomains only', () => {
    const allowed = list('https://intranet.example.com, https://*.corp.example, http://127.0.0.1:8189');
    const ok = (u: string) => originAllowed(new URL(u), allowed);
    expect(ok('https://intranet.example.com/wiki/page?x=1')).toBe(true);
    expect(ok('http://intranet.example.com/')).toBe(false);
    expect(ok('https://intranet.example.com:8443/')).toBe(false);
    expect(ok('https://hr.corp.example/')).toBe(true);
    expect(ok('https://corp.example/')).toBe(false);
    expect(ok('https://evilcorp.example/')).toBe(false);
    expect(ok('http://127.0.0.1:8189/intranet.html')).toBe(true);
    expect(ok('http://127.0.0.1:8190/')).toBe(false);
  });
});

describe('who may frame the embed page', () => {
  const allowed = list('http://127.0.0.1:8189');
  it('refuses a framing request whose Referer is another site, and names it', () => {
    expect(refusedEmbedder({ 'sec-fetch-dest': 'iframe', referer: 'http://127.0.0.1:8190/page' }, '127.0.0.1:8188', allowed)).toBe('http://127.0.0.1:8190');
  });
  it('lets allowed pages, this server and top-level visits through; without a Referer the CSP decides', () => {
    expect(refusedEmbedder({ 'sec-fetch-dest': 'iframe', referer: 'http://127.0.0.1:8189/x' }, '127.0.0.1:8188', allowed)).toBeNull();
    expect(refusedEmbedder({ 'sec-fetch-dest': 'iframe', referer: 'http://127.0.0.1:8188/' }, '127.0.0.1:8188', allowed)).toBeNull();
    expect(refusedEmbedder({ 'sec-fetch-dest': 'document', referer: 'http://elsewhere.example/' }, '127.0.0.1:8188', allowed)).toBeNull();
    expect(refusedEmbedder({ 'sec-fetch-dest': 'iframe' }, '127.0.0.1:8188', allowed)).toBeNull();
  });
});

describe('when reads need an embed token', () => {
  const allowed = list('https://intranet.example.com');
  it('treats loopback and private ranges as the wall network, public addresses not', () => {
    for (const ip of ['127.0.0.1', '::1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.20', '169.254.1.1', '::ffff:192.168.0.4', 'fd12:3456::1', 'fe80::1']) expect(isLocalAddress(ip), ip).toBe(true);
    for (const ip of ['8.8.8.8', '172.32.0.1', '2001:db8::1', '::ffff:8.8.8.8', 'garbage']) expect(isLocalAddress(ip), ip).toBe(false);
  });
  it('asks a token of remote clients, and of local browsers running a page from a site that is not allowed', () => {
    const host = 'wall.lan:8080';
    expect(needsToken({ ip: '8.8.8.8', host }, allowed)).toBe(true);
    expect(needsToken({ ip: '10.0.0.9', host }, allowed)).toBe(false);
    expect(needsToken({ ip: '10.0.0.9', host, origin: 'http://wall.lan:8080' }, allowed)).toBe(false);
    expect(needsToken({ ip: '10.0.0.9', host, origin: 'https://intranet.example.com' }, allowed)).toBe(false);
    expect(needsToken({ ip: '10.0.0.9', host, origin: 'https://evil.example' }, allowed)).toBe(true);
    expect(needsToken({ ip: '10.0.0.9', host, origin: 'null' }, allowed)).toBe(true);
  });
});

describe('token hygiene in logs', () => {
  it('masks `token=` in logged URLs', async () => {
    const { maskTokenInUrl } = await import('../../../server/embed/tokens-repo.ts');
    expect(maskTokenInUrl('/live?token=hwe_abc&x=1')).toBe('/live?token=***&x=1');
    expect(maskTokenInUrl('/embed/overview?rotate=1&token=hwe_abc')).toBe('/embed/overview?rotate=1&token=***');
    expect(maskTokenInUrl('/api/messages?q=token')).toBe('/api/messages?q=token');
  });
});
