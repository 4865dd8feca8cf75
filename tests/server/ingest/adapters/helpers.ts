import { createHash, createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { BrandAccounts, type AdapterContext } from '../../../../server/ingest/adapters/common.ts';
import { buildTestApp } from '../../helper.ts';

/** Secrets the webhook tests configure; none is a real one. */
export const SECRETS = {
  metaAppSecret: 'meta-app-secret-for-tests',
  metaVerifyToken: 'meta-verify-token-for-tests',
  lineChannelSecret: 'line-channel-secret-for-tests',
  wechatToken: 'wechatTokenForTests',
  relayToken: 'relay-token-0123456789abcdef',
};

/** A fixture file's text. */
export const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** The adapter context most tests use: the brand is Hubwall Air on X and its page on Facebook. */
export const ctx = (brand: string[] = ['x:783214', 'hubwallair']): AdapterContext => ({ brandAccounts: new BrandAccounts(brand) });

/** HMAC-SHA256 of a body the way Meta (hex, `sha256=`) and LINE (base64) sign it. */
export const hmac = (secret: string, body: string, enc: 'hex' | 'base64') => createHmac('sha256', secret).update(body).digest(enc);

/** WeChat's query signature for a token, timestamp and nonce. */
export function wechatQuery(token: string, timestamp = '1795689900', nonce = '1514711492') {
  const signature = createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex');
  return { signature, timestamp, nonce };
}

/** The test app with every webhook configured, and the log lines it wrote. */
export async function webhookApp(over: Partial<typeof SECRETS> = {}, brandAccounts = ['x:783214', 'hubwallair']) {
  const lines: string[] = [];
  const app = await buildTestApp({
    webhooks: { ...SECRETS, ...over, brandAccounts },
    logger: { level: 'info', stream: { write: (l: string) => void lines.push(l) } },
  });
  return { app, lines };
}
export type WebhookApp = Awaited<ReturnType<typeof webhookApp>>['app'];
