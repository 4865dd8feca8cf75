import { afterEach, describe, expect, it } from 'vitest';
import { fromRelay } from '../../../../server/ingest/adapters/relay.ts';
import { SECRETS, ctx, fixture, webhookApp, type WebhookApp } from './helpers.ts';

let app: WebhookApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});
const AUTH = { authorization: `Bearer ${SECRETS.relayToken}`, 'content-type': 'application/json' };

describe('generic relay (KakaoTalk, Apple Messages for Business)', () => {
  it('maps relay events; an outbound event closes the conversation it names; a bad event is reported', () => {
    const r = fromRelay('kakaotalk', JSON.parse(fixture('relay-kakaotalk.json')), ctx());
    if ('error' in r) throw new Error(r.error);
    expect(r.messages).toEqual([
      { id: 'kakao-7781', channel: 'kakaotalk', direction: 'inbound', author: { id: 'kakao-user-55', name: '김민지' }, text: '내일 비행기 시간 변경됐나요? 급해요', createdAt: '2026-11-26T10:05:00+09:00' },
      { id: 'kakao-7782', channel: 'kakaotalk', direction: 'outbound', author: { id: 'brand-agent-3' }, text: '네, 확인해 드릴게요.', createdAt: 1795690000000, inReplyTo: 'to:kakao-user-55' },
    ]);
    expect(r.errors).toEqual([expect.objectContaining({ index: 2, field: 'events.2.text' })]);
  });

  it('reads epoch seconds as seconds and epoch ms as ms', () => {
    const r = fromRelay('applemessages', [{ id: 'a', from: { id: 'u' }, text: 't', timestamp: 1795690001 }, { id: 'b', from: { id: 'u' }, text: 't', timestamp: 1795690001000 }], ctx());
    if ('error' in r) throw new Error(r.error);
    expect(r.messages.map((m) => m.createdAt)).toEqual([1795690001000, 1795690001000]);
  });

  it('posts to /webhooks/relay/<channel>, keeps the valid events, and refuses an unknown channel by schema', async () => {
    ({ app } = await webhookApp());
    const r = await app.inject({ method: 'POST', url: '/webhooks/relay/kakaotalk', headers: AUTH, payload: fixture('relay-kakaotalk.json') });
    expect(r.statusCode).toBe(200);
    expect(r.json().data).toMatchObject({ accepted: 2, rejectedCount: 1 });
    expect(app.webhookStats().channels.kakaotalk).toMatchObject({ accepted: 2, rejectedItems: 1 });
    const unknown = await app.inject({ method: 'POST', url: '/webhooks/relay/myspace', headers: AUTH, payload: '{}' });
    expect(unknown.statusCode).toBe(400);
  });

  it('answers 403 naming HUBWALL_WEBHOOK_TOKEN when relays are not configured', async () => {
    ({ app } = await webhookApp({ relayToken: '' }));
    const r = await app.inject({ method: 'POST', url: '/webhooks/relay/applemessages', headers: AUTH, payload: '{}' });
    expect(r.statusCode).toBe(403);
    expect(r.json().error.message).toContain('HUBWALL_WEBHOOK_TOKEN');
  });
});

describe('GET /api/webhooks/stats', () => {
  it('starts at zero for every webhook', async () => {
    ({ app } = await webhookApp());
    const r = await app.inject({ url: '/api/webhooks/stats' });
    expect(r.json().data.webhooks.meta).toEqual({ deliveries: 0, refusedSignatures: 0, refusedUnconfigured: 0, badPayloads: 0 });
    expect(r.json().data.channels).toEqual({});
  });
});
