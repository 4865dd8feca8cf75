import { describe, expect, it } from 'vitest';
import { moderated, SOCIAL_TOPICS } from '../../../display/lib/moderate.ts';
import { calamityDocument, FRAME_CSP } from '../../../display/lib/calamity-doc.ts';
import type { StreamData, WallMessage } from '../../../server/schemas/live.ts';

const msg = (id: string, author = 'a'): WallMessage =>
  ({ id, channel: 'x', author: { id: author, name: author }, text: id, createdAt: 0, lang: 'en', sentiment: { score: 0, label: 'neutral', confidence: 1 }, keywords: [], hashtags: [], url: null, engagement: { likes: 0, shares: 0, replies: 0 }, direction: 'inbound' }) as WallMessage;
const none = { posts: new Set<string>(), authors: new Set<string>() };

describe('wall-side moderation (display/lib/moderate.ts)', () => {
  it('treats stream, featured, word cloud and trending as social content', () => {
    expect([...SOCIAL_TOPICS].sort()).toEqual(['featured', 'keywords', 'stream', 'trending']);
  });

  it('drops hidden posts and authors a screen already holds, and leaves data alone otherwise', () => {
    const data: StreamData = { messages: [msg('1'), msg('2', 'troll'), msg('3')] };
    expect(moderated('stream', data, none)).toBe(data);
    const out = moderated('stream', data, { posts: new Set(['x:1']), authors: new Set(['x:troll']) }) as StreamData;
    expect(out.messages.map((m) => m.id)).toEqual(['3']);
    expect(moderated('featured', { message: msg('3'), reason: 'r' }, { posts: new Set(['x:3']), authors: new Set() })).toEqual({ message: null, reason: 'hidden by staff' });
  });
});

describe('calamity frame document (display/lib/calamity-doc.ts)', () => {
  it('starts with a strict CSP and carries only safe theme values', () => {
    const doc = calamityDocument('<h1>Hi</h1>', { '--bg': '#000', '--fg': 'red;}</style><script>x()</script>', '--accent': 'rgb(1, 2, 3)' });
    expect(FRAME_CSP).toBe("default-src 'none'; img-src https: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'");
    expect(doc.indexOf('Content-Security-Policy')).toBeLessThan(doc.indexOf('<style>'));
    expect(doc).toContain('--bg:#000');
    expect(doc).toContain('--accent:rgb(1, 2, 3)');
    expect(doc).not.toContain('<script>');
    expect(doc).toContain('<body><h1>Hi</h1></body>');
  });
});
