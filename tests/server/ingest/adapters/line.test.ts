import { afterEach, describe, expect, it } from 'vitest';
import { fromLine } from '../../../../server/ingest/adapters/line.ts';
import { SECRETS, ctx, fixture, hmac, webhookApp, type WebhookApp } from './helpers.ts';

let app: WebhookApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});
const post = (a: WebhookApp, body: string, signature = hmac(SECRETS.lineChannelSecret, body, 'base64')) =>
  a.inject({ method: 'POST', url: '/webhooks/line', headers: { 'content-type': 'application/json', 'x-line-signature': signature }, payload: body });

describe('LINE adapter and webhook', () => {
  it('turns message events into inbound line messages, stickers into a placeholder, and skips follows', () => {
    const r = fromLine(JSON.parse(fixture('line.json')), ctx());
    if ('error' in r) throw new Error(r.error);
    expect(r.messages).toEqual([
      expect.objectContaining({ id: '468789577898262530', channel: 'line', direction: 'inbound', author: { id: 'U4af4980629d6a7b8c9d0e1f2a3b4c5d6' }, text: '明日のフライトは大丈夫ですか？', createdAt: 1795689800000 }),
      expect.objectContaining({ id: '468789577898262531', text: '(sticker)' }),
    ]);
    expect(r.ignored).toBe(1);
  });

  it('accepts the console Verify request (no events) with nothing stored', async () => {
    ({ app } = await webhookApp());
    const r = await post(app, '{"destination":"xxxxxxxxxx","events":[]}');
    expect(r.statusCode).toBe(200);
    expect(r.json().data).toMatchObject({ accepted: 0, rejectedCount: 0 });
  });

  it('stores a signed delivery once even when LINE redelivers it', async () => {
    ({ app } = await webhookApp());
    const body = fixture('line.json');
    expect((await post(app, body)).json().data).toMatchObject({ accepted: 2, ignored: 1 });
    expect((await post(app, body)).json().data).toMatchObject({ accepted: 0, duplicates: 2 });
    expect(app.store.messages.count()).toBe(2);
  });

  it('refuses a bad x-line-signature with 401 and counts it', async () => {
    let lines: string[];
    ({ app, lines } = await webhookApp());
    const body = fixture('line.json');
    const r = await post(app, body, hmac('wrong', body, 'base64'));
    expect(r.statusCode).toBe(401);
    expect(app.webhookStats().webhooks.line.refusedSignatures).toBe(1);
    expect(lines.join('')).toContain('"webhook":"line"');
  });

  it('answers 400 for a body without events and 403 when the channel secret is unset', async () => {
    ({ app } = await webhookApp({ lineChannelSecret: '' }));
    expect((await post(app, '{}', 'x')).json().error.message).toContain('HUBWALL_LINE_CHANNEL_SECRET');
    await app.close();
    ({ app } = await webhookApp());
    const r = await post(app, '{"destination":"x"}');
    expect(r.statusCode).toBe(400);
    expect(r.json().error.message).toContain('{destination, events');
  });
});
