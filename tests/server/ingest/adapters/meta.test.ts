import { afterEach, describe, expect, it } from 'vitest';
import { fromMeta } from '../../../../server/ingest/adapters/meta.ts';
import type { AdapterResult } from '../../../../server/ingest/adapters/common.ts';
import { SECRETS, ctx, fixture, hmac, webhookApp, type WebhookApp } from './helpers.ts';

let app: WebhookApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const ok = (r: AdapterResult | { error: string }): AdapterResult => {
  if ('error' in r) throw new Error(r.error);
  return r;
};
const signed = (body: string, secret = SECRETS.metaAppSecret) => ({ 'content-type': 'application/json', 'x-hub-signature-256': `sha256=${hmac(secret, body, 'hex')}` });
const post = (a: WebhookApp, body: string, headers: Record<string, string> = signed(body)) => a.inject({ method: 'POST', url: '/webhooks/meta', headers, payload: body });

describe('Meta adapter (pure)', () => {
  it('reads page feed comments; the page replying to a comment is an outbound reply; reactions are ignored', () => {
    const r = ok(fromMeta(JSON.parse(fixture('meta-page-feed.json')), ctx()));
    expect(r.errors).toEqual([]);
    expect(r.ignored).toBe(1);
    expect(r.messages).toEqual([
      expect.objectContaining({ id: '998877665544_112233445566', channel: 'facebook', direction: 'inbound', author: { id: '2718281828459', name: 'Anna de Vries' }, createdAt: 1795689000_000, inReplyTo: '104857600123_998877665544' }),
      expect.objectContaining({ id: '998877665544_112233445577', direction: 'outbound', inReplyTo: '998877665544_112233445566' }),
    ]);
  });

  it('reads Messenger messages and attachments; an echo is the brand answering that customer', () => {
    const r = ok(fromMeta(JSON.parse(fixture('meta-messenger.json')), ctx()));
    expect(r.ignored).toBe(1); // the delivery receipt
    expect(r.messages.map((m) => [m.channel, m.direction, m.text, m.inReplyTo])).toEqual([
      ['messenger', 'inbound', 'Is my flight to Nice tomorrow still on? Booking ABC123', undefined],
      ['messenger', 'inbound', '(image)', undefined],
      ['messenger', 'outbound', 'Yes, it is on time. Have a good trip!', 'to:6180339887'],
    ]);
    expect(r.messages[0].createdAt).toBe(1795689400000);
  });

  it('maps Instagram comments to facebook with ig_-prefixed ids, and skips mentions without text', () => {
    const r = ok(fromMeta(JSON.parse(fixture('meta-instagram.json')), ctx()));
    expect(r.messages).toEqual([expect.objectContaining({ id: 'ig_17865799348089039', channel: 'facebook', author: { id: 'ig_232323232', name: '@travel_tom' }, inReplyTo: 'ig_1231231234', createdAt: 1795689500_000 })]);
    expect(r.ignored).toBe(1);
  });

  it('reads WhatsApp messages with the contact name, captions, and a sent service status as the reply', () => {
    const r = ok(fromMeta(JSON.parse(fixture('meta-whatsapp.json')), ctx()));
    expect(r.messages.map((m) => [m.id, m.direction, m.author, m.text, m.inReplyTo])).toEqual([
      ['wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=', 'inbound', { id: '16505551234', name: 'Sheena Nelson' }, 'My bag is still missing, flight leaves in 3 hours', undefined],
      ['wamid.image-1', 'inbound', { id: '16505551234', name: 'Sheena Nelson' }, 'This is the damage', undefined],
      ['wamid.reply-1', 'outbound', { id: '106540352242922' }, '', 'to:16505551234'],
    ]);
    expect(r.ignored).toBe(2); // the delivered status and the marketing message
  });

  it('refuses a body that is not a Meta delivery, naming what it should be', () => {
    expect(fromMeta({ hello: 1 }, ctx())).toEqual({ error: expect.stringContaining('{object, entry') });
    expect(fromMeta({ object: 'user', entry: [] }, ctx())).toEqual({ error: expect.stringContaining('`object` should be one of page') });
  });
});

describe('Meta webhook route', () => {
  it('answers the GET challenge with a good verify token and refuses a bad one', async () => {
    ({ app } = await webhookApp());
    const good = await app.inject({ url: `/webhooks/meta?hub.mode=subscribe&hub.verify_token=${SECRETS.metaVerifyToken}&hub.challenge=1158201444` });
    expect(good.statusCode).toBe(200);
    expect(good.body).toBe('1158201444');
    const bad = await app.inject({ url: '/webhooks/meta?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444' });
    expect(bad.statusCode).toBe(403);
    expect(bad.json().error.code).toBe('HW_ERR_VERIFY_TOKEN');
  });

  it('answers 403 naming the variable when the app secret is not set', async () => {
    ({ app } = await webhookApp({ metaAppSecret: '', metaVerifyToken: '' }));
    const body = fixture('meta-messenger.json');
    const r = await post(app, body);
    expect(r.statusCode).toBe(403);
    expect(r.json().error.message).toContain('HUBWALL_META_APP_SECRET');
    const challenge = await app.inject({ url: '/webhooks/meta?hub.mode=subscribe&hub.verify_token=x&hub.challenge=1' });
    expect(challenge.json().error.message).toContain('HUBWALL_META_VERIFY_TOKEN');
  });

  it('stores a signed delivery and answers with counts', async () => {
    ({ app } = await webhookApp());
    const body = fixture('meta-messenger.json');
    const r = await post(app, body);
    expect(r.statusCode).toBe(200);
    expect(r.json().data).toMatchObject({ accepted: 3, duplicates: 0, ignored: 1, rejectedCount: 0 });
    expect(app.store.messages.count()).toBe(3);
  });

  it('refuses a bad signature with 401, logs it without the signature, and counts it', async () => {
    let lines: string[];
    ({ app, lines } = await webhookApp());
    const body = fixture('meta-messenger.json');
    const forged = `sha256=${hmac('not-the-secret', body, 'hex')}`;
    const r = await post(app, body, { 'content-type': 'application/json', 'x-hub-signature-256': forged });
    expect(r.statusCode).toBe(401);
    expect(r.json().error.code).toBe('HW_ERR_SIGNATURE');
    expect((await post(app, body, { 'content-type': 'application/json' })).statusCode).toBe(401);
    // A body altered after signing fails too: the signature covers the raw bytes.
    expect((await post(app, body.replace('Nice', 'Rome'), signed(body))).statusCode).toBe(401);
    expect(app.store.messages.count()).toBe(0);
    expect(app.webhookStats().webhooks.meta).toMatchObject({ deliveries: 3, refusedSignatures: 3 });
    const log = lines.join('');
    expect(log).toContain('webhook refused: bad or missing signature');
    expect(log).not.toContain(forged.slice(7));
    expect(log).not.toContain(SECRETS.metaAppSecret);
  });

  it('answers 400 with the reason for a body that is not JSON or not a Meta delivery, and counts it', async () => {
    ({ app } = await webhookApp());
    const notJson = await post(app, '{nope');
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().error).toMatchObject({ code: 'HW_ERR_PAYLOAD', message: 'the body should be JSON' });
    const wrong = await post(app, '{"object":"user","entry":[]}');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toContain('`object` should be one of');
    expect(app.webhookStats().webhooks.meta.badPayloads).toBe(2);
  });

  it('keeps the valid entries of a mixed delivery and lists each bad one with its field', async () => {
    ({ app } = await webhookApp());
    const payload = JSON.parse(fixture('meta-messenger.json'));
    payload.entry[0].messaging.push({ sender: { id: '1' }, recipient: { id: '104857600123' }, message: { mid: 'm_no_time', text: 'x' } });
    payload.entry[0].messaging.push({ recipient: { id: '104857600123' }, timestamp: 1795689400000, message: { mid: 'm_no_sender', text: 'x' } });
    const body = JSON.stringify(payload);
    const r = await post(app, body);
    expect(r.statusCode).toBe(200);
    expect(r.json().data).toMatchObject({ accepted: 3, rejectedCount: 2 });
    expect(r.json().data.rejected.map((e: { field: string }) => e.field)).toEqual(['entry.0.messaging.4.timestamp', 'entry.0.messaging.5.sender.id']);
    expect(app.webhookStats().channels.messenger).toMatchObject({ accepted: 3, rejectedItems: 2 });
  });

  it('answers 400 when no entry of the delivery is valid', async () => {
    ({ app } = await webhookApp());
    const body = JSON.stringify({ object: 'page', entry: [{ id: '1', time: 1, messaging: [{ sender: { id: '1' }, message: { mid: 'm' } }] }] });
    const r = await post(app, body);
    expect(r.statusCode).toBe(400);
    expect(r.json().error.message).toContain('timestamp');
  });

  it('stores a delivery that Meta sends twice only once', async () => {
    ({ app } = await webhookApp());
    const body = fixture('meta-whatsapp.json');
    expect((await post(app, body)).json().data).toMatchObject({ accepted: 3, duplicates: 0 });
    expect((await post(app, body)).json().data).toMatchObject({ accepted: 0, duplicates: 3 });
    expect(app.store.messages.count()).toBe(3);
    expect(app.webhookStats().channels.whatsapp).toMatchObject({ accepted: 3, duplicates: 3 });
  });
});
