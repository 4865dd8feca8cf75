import { afterEach, describe, expect, it } from 'vitest';
import { fromWechat } from '../../../../server/ingest/adapters/wechat.ts';
import { SECRETS, ctx, fixture, wechatQuery, webhookApp, type WebhookApp } from './helpers.ts';

let app: WebhookApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});
const qs = (q: Record<string, string>) => new URLSearchParams(q).toString();
const post = (a: WebhookApp, body: string, q: Record<string, string> = wechatQuery(SECRETS.wechatToken)) =>
  a.inject({ method: 'POST', url: `/webhooks/wechat?${qs({ ...q, openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' })}`, headers: { 'content-type': 'text/xml' }, payload: body });

describe('WeChat adapter and webhook', () => {
  it('reads a text message from XML with CDATA, keeping the 64-bit MsgId exact', () => {
    const r = fromWechat(fixture('wechat-text.xml'), ctx());
    if ('error' in r) throw new Error(r.error);
    expect(r.messages).toEqual([
      { id: '24339087234905671234', channel: 'wechat', direction: 'inbound', author: { id: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' }, text: '我的行李还没到，航班 KL897 & 明天要出发', createdAt: 1795689900_000 },
    ]);
  });

  it('acknowledges events without storing them and refuses broken XML and encrypted mode', () => {
    const ev = fromWechat(fixture('wechat-event.xml'), ctx());
    expect(ev).toMatchObject({ messages: [], ignored: 1 });
    expect(fromWechat('<xml><MsgType>text', ctx())).toEqual({ error: expect.stringContaining('WeChat XML') });
    expect(fromWechat('<xml><ToUserName>a</ToUserName><Encrypt>abc</Encrypt></xml>', ctx())).toEqual({ error: expect.stringContaining('plain-text mode') });
  });

  it('answers the GET server check with echostr when the signature is right, 401 when not', async () => {
    ({ app } = await webhookApp());
    const good = await app.inject({ url: `/webhooks/wechat?${qs({ ...wechatQuery(SECRETS.wechatToken), echostr: '5838479218127813673' })}` });
    expect(good.statusCode).toBe(200);
    expect(good.body).toBe('5838479218127813673');
    const bad = await app.inject({ url: `/webhooks/wechat?${qs({ ...wechatQuery('other-token'), echostr: '1' })}` });
    expect(bad.statusCode).toBe(401);
  });

  it('stores a signed push, answers the literal `success`, and stores a retry once', async () => {
    ({ app } = await webhookApp());
    const body = fixture('wechat-text.xml');
    const r = await post(app, body);
    expect(r.statusCode).toBe(200);
    expect(r.body).toBe('success');
    await post(app, body);
    expect(app.store.messages.count()).toBe(1);
    expect(app.webhookStats().channels.wechat).toMatchObject({ accepted: 1, duplicates: 1 });
  });

  it('refuses a push with a wrong signature and counts it; 400 for XML it cannot read', async () => {
    ({ app } = await webhookApp());
    const r = await post(app, fixture('wechat-text.xml'), { ...wechatQuery(SECRETS.wechatToken), nonce: 'changed' });
    expect(r.statusCode).toBe(401);
    expect(app.webhookStats().webhooks.wechat.refusedSignatures).toBe(1);
    const bad = await post(app, '<xml><MsgType><![CDATA[text]]></MsgType></xml>');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('MsgId');
  });
});
