import { describe, expect, it } from 'vitest';
import { sanitizeCalamityHtml } from '../../../server/control/sanitize.ts';
import { compileBlocklist, pickFeaturedPost, DEFAULT_FEATURED } from '../../../server/control/featured-rules.ts';
import { TEMPLATES, fillTemplate, templateFor } from '../../../server/control/templates.ts';
import { message } from '../helper.ts';

describe('calamity HTML sanitizer', () => {
  const clean = (html: string) => sanitizeCalamityHtml(html).html;

  it('keeps the allowed building blocks: headings, text, lists, https links and images, tables', () => {
    const html = '<h1>T</h1><p class="hw-lead">Text <strong>bold</strong></p><ul><li>a</li></ul><img src="https://cdn.example/i.png" alt="i"><table><tr><td>1</td></tr></table>';
    expect(clean(html)).toBe('<h1>T</h1><p class="hw-lead">Text <strong>bold</strong></p><ul><li>a</li></ul><img src="https://cdn.example/i.png" alt="i" /><table><tr><td>1</td></tr></table>');
    expect(clean('<a href="https://x.example/a">x</a>')).toBe('<a href="https://x.example/a" rel="noopener noreferrer" target="_blank">x</a>');
  });

  it.each([
    ['script', '<script>alert(1)</script><p>ok</p>', '<p>ok</p>'],
    ['event handler', '<img src="https://x.example/i.png" onerror="alert(1)"><p onmouseover="x()">ok</p>', '<img src="https://x.example/i.png" /><p>ok</p>'],
    ['javascript: URL', '<a href="javascript:alert(1)">a</a><a href=" JaVaScRiPt:alert(1)">b</a>', '<a rel="noopener noreferrer" target="_blank">a</a><a rel="noopener noreferrer" target="_blank">b</a>'],
    ['data: URL in a link', '<a href="data:text/html,<script>1</script>">a</a>', '<a rel="noopener noreferrer" target="_blank">a</a>'],
    ['form', '<form action="https://evil.example"><input name="pw"><button>Go</button></form>', 'Go'],
    ['iframe, object, embed', '<iframe src="https://evil.example"></iframe><object data="x"></object><embed src="x">', ''],
    ['style tag', '<style>body{display:none}</style><p>ok</p>', '<p>ok</p>'],
    ['style escaping its box', '<div style="position:fixed;top:0;left:0;width:100vw;z-index:99;background-image:url(https://x)">a</div>', '<div style="width:100vw">a</div>'],
    ['css expression', '<p style="color: expression(alert(1))">a</p>', '<p>a</p>'],
    ['svg with script', '<svg onload="x()"><script>1</script></svg>', ''],
    ['http image (mixed content)', '<img src="http://x.example/i.png">', '<img />'],
    ['meta refresh and base', '<meta http-equiv="refresh" content="0;url=https://evil"><base href="https://evil/">', ''],
  ])('keeps %s out', (_name, html, expected) => {
    expect(clean(html)).toBe(expected);
  });

  it('tells staff what it removed, deduplicated and bounded', () => {
    const r = sanitizeCalamityHtml('<script>1</script><script>2</script><p onclick="a">x</p>' + '<x-a></x-a>'.repeat(50));
    expect(r.removed.slice(0, 2)).toEqual(['<script>', 'onclick= event handler']);
    expect(r.removed.length).toBeLessThanOrEqual(20);
  });

  it('keeps every built-in template intact', () => {
    for (const t of TEMPLATES) {
      const filled = fillTemplate(t, { time: '10:00 UTC', keywords: ['ash'] });
      expect(sanitizeCalamityHtml(filled.html).removed).toEqual([]);
    }
  });
});

describe('templates', () => {
  it('escapes keywords from posts when filling a template', () => {
    expect(fillTemplate(TEMPLATES[0], { keywords: ['<img onerror=x>'], time: 'now' }).html).toContain('&#60;img onerror=x&#62;');
  });
  it('picks the ash-cloud template for volcanic keywords in several languages', () => {
    expect(templateFor(['火山灰', 'cloud']).id).toBe('ash-cloud');
    expect(templateFor(['ceniza']).id).toBe('ash-cloud');
    expect(templateFor(['refund']).id).toBe('notice');
  });
});

describe('featured rules', () => {
  const now = Date.now();
  const praise = (over: Parameters<typeof message>[0] = {}) =>
    message({ text: 'Thank you so much, the crew was wonderful today!', sentiment: { score: 0.8, label: 'positive', confidence: 0.9 }, createdAt: now - 60_000, ...over });

  it('blocklist matches whole words in spaced scripts, anywhere in CJK, case-insensitively, with hashtags', () => {
    const b = compileBlocklist(['Ash', '#Fail', '火山']);
    expect(b('The ASH cloud')).toBe(true);
    expect(b('washing machine')).toBe(false);
    expect(b('such a #fail today')).toBe(true);
    expect(b('火山灰で欠航')).toBe(true);
    expect(compileBlocklist([])('anything')).toBe(false);
  });

  it('never features low-confidence praise, hidden posts or blocked words', () => {
    const unsure = praise({ sentiment: { score: 0.9, label: 'positive', confidence: 0.2 } });
    const hidden = praise();
    const blocked = praise({ text: 'Thanks! Much better than CompetitorAir ever was' });
    const pick = pickFeaturedPost([unsure, hidden, blocked], null, { ...DEFAULT_FEATURED, blocklist: ['competitorair'] }, now, (m) => m.id === hidden.id);
    expect(pick).toEqual({ message: null, reason: 'no post qualifies yet' });
  });

  it('picks the newest (positive-recent) or the most engaged (most-engaged)', () => {
    const older = praise({ createdAt: now - 30 * 60_000, engagement: { likes: 100, shares: 0, replies: 0 } });
    const newer = praise({ createdAt: now - 60_000 });
    expect(pickFeaturedPost([older, newer], null, DEFAULT_FEATURED, now, () => false).message?.id).toBe(newer.id);
    expect(pickFeaturedPost([older, newer], null, { ...DEFAULT_FEATURED, mode: 'most-engaged' }, now, () => false).message?.id).toBe(older.id);
  });

  it('puts a pinned post first unless it is hidden or blocked', () => {
    const pinned = message({ text: 'A neutral post staff chose to show' });
    const other = praise();
    expect(pickFeaturedPost([other], pinned, DEFAULT_FEATURED, now, () => false)).toMatchObject({ reason: 'pinned by staff', message: { id: pinned.id } });
    expect(pickFeaturedPost([other], pinned, DEFAULT_FEATURED, now, (m) => m.id === pinned.id).message?.id).toBe(other.id);
  });
});
