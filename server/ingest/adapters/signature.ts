import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** Constant-time comparison of two byte strings; different lengths are a mismatch without leaking where. */
function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && a.length > 0 && timingSafeEqual(a, b);
}

/**
 * Checks an HMAC-SHA256 signature header over the raw body, as Meta (`X-Hub-Signature-256: sha256=<hex>`) and
 * LINE (`x-line-signature: <base64>`) send it. The raw bytes matter: re-serialised JSON would not match.
 */
export function hmacSha256Matches(raw: Buffer, secret: string, header: string | undefined, opts: { prefix?: string; encoding: 'hex' | 'base64' }): boolean {
  if (!header || !secret) return false;
  let given = header.trim();
  if (opts.prefix) {
    if (!given.toLowerCase().startsWith(opts.prefix)) return false;
    given = given.slice(opts.prefix.length);
  }
  if (opts.encoding === 'hex' && !/^[0-9a-f]{64}$/i.test(given)) return false;
  const expected = createHmac('sha256', secret).update(raw).digest();
  return sameBytes(Buffer.from(given, opts.encoding), expected);
}

/**
 * WeChat Official Account check: SHA1 of token, timestamp and nonce sorted as strings and joined, in hex,
 * compared with the `signature` query parameter (WeChat signs the URL, not the body).
 */
export function wechatSignatureMatches(token: string, q: { signature?: string; timestamp?: string; nonce?: string }): boolean {
  if (!token || !q.signature || !q.timestamp || !q.nonce || !/^[0-9a-f]{40}$/i.test(q.signature)) return false;
  const expected = createHash('sha1').update([token, q.timestamp, q.nonce].sort().join('')).digest();
  return sameBytes(Buffer.from(q.signature, 'hex'), expected);
}

/** Compares a presented token with the configured one in constant time (hashing first hides the length). */
export function sameSecret(given: string | undefined, secret: string): boolean {
  if (!given || !secret) return false;
  const h = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(h(given), h(secret));
}
