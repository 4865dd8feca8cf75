import { describe, expect, it } from 'vitest';
import { fromMastodon } from '../../../../server/ingest/adapters/mastodon.ts';
import { fromFeed } from '../../../../server/ingest/adapters/rss.ts';
import { htmlToText } from '../../../../server/ingest/adapters/html-text.ts';
import { ctx, fixture } from './helpers.ts';

describe('Mastodon statuses and RSS/Atom items', () => {
  it('turns a Mastodon status into a message on x with plain text and host-scoped id', () => {
    const r = fromMastodon(JSON.parse(fixture('mastodon-status.json')), 'mastodon.social', ctx());
    expect(r.messages).toEqual([
      {
        id: 'md:mastodon.social/103270115826048975', channel: 'x', direction: 'inbound', author: { id: 'https://mastodon.social/@pilotpete', name: 'Pete' },
        text: 'Stuck at #AMS & no info from @hubwallair 3 hours now…', createdAt: '2026-11-26T10:10:00.000Z',
        engagement: { likes: 7, shares: 3, replies: 2 }, url: 'https://mastodon.social/@pilotpete/103270115826048975', lang: 'en',
      },
    ]);
  });

  it('recognises the brand account by acct and links its reply to the status it answers', () => {
    const status = { ...JSON.parse(fixture('mastodon-status.json')), id: '2', in_reply_to_id: '103270115826048975', account: { acct: 'hubwallair', url: 'https://mastodon.social/@hubwallair' } };
    const [m] = fromMastodon(status, 'mastodon.social', ctx()).messages;
    expect(m).toMatchObject({ direction: 'outbound', inReplyTo: 'md:mastodon.social/103270115826048975' });
  });

  it('reads RSS 2.0 items (guid, dc:creator, HTML description) and reports an undated one', () => {
    const r = fromFeed(fixture('rss.xml'), ctx());
    if ('error' in r) throw new Error(r.error);
    expect(r.messages).toEqual([
      { id: 'rss:news-2026-11-26-ash', channel: 'x', direction: 'inbound', author: { id: 'Jan Jansen', name: 'Jan Jansen' }, text: 'Ash cloud grounds flights at Schiphol — Hundreds of flights & thousands of travellers affected.', createdAt: Date.parse('2026-11-26T09:00:00Z'), url: 'https://news.example.org/2026/11/ash-cloud' },
    ]);
    expect(r.errors).toEqual([expect.objectContaining({ field: 'item.1.pubDate' })]);
  });

  it('reads Atom entries with the alternate link and the author name', () => {
    const r = fromFeed(fixture('atom.xml'), ctx());
    if ('error' in r) throw new Error(r.error);
    expect(r.messages).toEqual([expect.objectContaining({ id: 'rss:urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a', author: { id: 'Maria', name: 'Maria' }, url: 'https://blog.example.org/rebooked', text: "Rebooked in 5 minutes — The airline's team fixed it before I reached the desk." })]);
  });

  it('refuses XML that is no feed', () => {
    expect(fromFeed('<html><body/></html>', ctx())).toEqual({ error: expect.stringContaining('<rss>') });
  });

  it('never lets markup through as text', () => {
    expect(htmlToText('<p>a<script>alert(1)</script> &lt;b&gt;</p><p>c&#x1F600;</p>')).toBe('a <b> c😀');
  });
});
