import { afterEach, describe, expect, it } from 'vitest';
import { fromX } from '../../../../server/ingest/adapters/x.ts';
import { SECRETS, ctx, fixture, hmac, webhookApp, type WebhookApp } from './helpers.ts';

let app: WebhookApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('X API v2 adapter and relay webhook', () => {
  it('maps tweets with includes.users; the brand account replying is outbound with inReplyTo', () => {
    const r = fromX(fixture('x-tweets.json'), ctx());
    expect(r.errors).toEqual([]);
    expect(r.messages).toEqual([
      {
        id: '1862591000000000001', channel: 'x', direction: 'inbound', author: { id: '2244994945', name: 'Anna Travels' },
        text: '@HubwallAir flight KL1234 cancelled, no rebooking yet #ashcloud', createdAt: '2026-11-26T09:30:00.000Z',
        url: 'https://x.com/anna_travels/status/1862591000000000001', lang: 'en', engagement: { likes: 5, shares: 3, replies: 1 },
      },
      expect.objectContaining({ id: '1862591000000000002', direction: 'outbound', inReplyTo: '1862591000000000001' }),
    ]);
  });

  it('reads filtered-stream lines: full text from note_tweet, keep-alives and error lines skipped, a broken line reported', () => {
    const r = fromX(fixture('x-stream.ndjson'), ctx());
    expect(r.messages.map((m) => m.text)).toEqual(['Gate changed again at AMS, nobody tells us anything', 'A long post over 280 characters that X only sends in full inside note_tweet.']);
    expect(r.errors).toEqual([expect.objectContaining({ field: 'line 4', code: 'HW_ERR_LINE_JSON' })]);
    expect(r.ignored).toBe(1);
  });

  it('says which field to request when created_at or author_id is missing', () => {
    const r = fromX(JSON.stringify({ data: { id: '1', text: 'hi', author_id: '2' } }), ctx());
    expect(r.errors[0]).toMatchObject({ field: 'data.created_at', message: expect.stringContaining('tweet.fields=created_at') });
  });

  it('takes a relay delivery with the bearer token or an HMAC of the body, and refuses a delivery with neither', async () => {
    ({ app } = await webhookApp());
    const body = fixture('x-stream.ndjson');
    const bearer = await app.inject({ method: 'POST', url: '/webhooks/x', headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${SECRETS.relayToken}` }, payload: body });
    expect(bearer.statusCode).toBe(200);
    expect(bearer.json().data).toMatchObject({ accepted: 2, rejectedCount: 1 });
    const tweets = fixture('x-tweets.json');
    const signed = await app.inject({ method: 'POST', url: '/webhooks/x', headers: { 'content-type': 'application/json', 'x-hubwall-signature-256': `sha256=${hmac(SECRETS.relayToken, tweets, 'hex')}` }, payload: tweets });
    expect(signed.json().data).toMatchObject({ accepted: 2 });
    const none = await app.inject({ method: 'POST', url: '/webhooks/x', headers: { 'content-type': 'application/json' }, payload: tweets });
    expect(none.statusCode).toBe(401);
    expect(app.webhookStats()).toMatchObject({ webhooks: { x: { deliveries: 3, refusedSignatures: 1 } }, channels: { x: { accepted: 4, rejectedItems: 1 } } });
  });
});
