import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

/** Methods that change nothing and so need no CSRF token. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Name of the header the panel sends the per-session CSRF token in. */
export const CSRF_HEADER = 'x-csrf-token';

/** True for methods that change state. */
export function isStateChange(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/**
 * True unless the browser says the request comes from another site. A request without `Origin` (curl, the CLI,
 * server-to-server) passes: it carries no ambient cookie from a victim's browser, and SameSite=Strict already
 * keeps the session cookie off cross-site requests.
 */
export function sameOrigin(req: FastifyRequest): boolean {
  if (req.headers['sec-fetch-site'] === 'cross-site') return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.host;
  } catch {
    return false; // `Origin: null` (sandboxed frames, file://) is never trusted
  }
}

/** Constant-time comparison of the sent CSRF token with the session's. */
export function csrfMatches(sent: unknown, expected: string): boolean {
  if (typeof sent !== 'string' || sent.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(sent), Buffer.from(expected));
}

/** The path part of a request URL. */
export function pathOf(url: string): string {
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
}
