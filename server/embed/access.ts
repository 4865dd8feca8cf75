import { isIP } from 'node:net';
import { originAllowed, originOf, type EmbedOrigin } from './origins.ts';

/**
 * True for addresses on the wall's own network: loopback, RFC 1918, link-local, IPv6 unique-local and link-local,
 * and IPv4-mapped forms of these. Wall screens and intranets on the LAN read the live data without a token.
 */
export function isLocalAddress(ip: string): boolean {
  const a = ip.toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  if (isIP(a) === 4) {
    const [p, q] = a.split('.').map(Number);
    return p === 127 || p === 10 || (p === 172 && q >= 16 && q <= 31) || (p === 192 && q === 168) || (p === 169 && q === 254);
  }
  if (isIP(a) === 6) return a === '::1' || /^f[cd][0-9a-f]{2}:/.test(a) || /^fe[89ab][0-9a-f]:/.test(a);
  return false;
}

/** What a read request (the live socket, the drill-down API) looks like to the access rule. */
export interface ReadRequest {
  ip: string;
  /** Host the request was sent to (`Host` header), to recognise this server's own pages. */
  host: string;
  /** `Origin` header: set by browsers on WebSocket handshakes and cross-origin fetches. */
  origin?: string;
}

/**
 * Whether a read needs an embed token when HUBWALL_EMBED_REQUIRE_TOKEN is on. Free: a local address whose page (if a
 * browser says which) is this server or an allowed embedding origin. Everything else, including a LAN browser running
 * some foreign site's script against the wall (cross-site WebSocket reads), must present a token.
 */
export function needsToken(req: ReadRequest, allowed: readonly EmbedOrigin[], isLocal: (ip: string) => boolean = isLocalAddress): boolean {
  if (!isLocal(req.ip)) return true;
  if (req.origin === undefined) return false; // not a browser page: the CLI, curl, a kiosk shell on the LAN
  const o = originOf(req.origin);
  if (!o) return true; // `Origin: null` (sandboxed frames, file://) is never trusted
  return o.host !== req.host && !originAllowed(o, allowed);
}
