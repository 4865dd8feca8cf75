/**
 * Embedding origins: which intranet pages may frame `/embed/...`. An entry is `scheme://host[:port]`
 * (http or https), or `scheme://*.domain[:port]` for every subdomain of `domain` (CSP host-source syntax).
 * No paths, queries, credentials or bare `*`: framing must be granted to named sites.
 */

/** Most origins accepted: the list goes into a header on every embed response. */
export const MAX_EMBED_ORIGINS = 50;

const HOST_LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
/** scheme://host[:port] or scheme://*.host[:port]; hosts may be names, IPv4 or bracketed IPv6. */
const ORIGIN_PATTERN = new RegExp(`^(https?)://(\\*\\.)?(${HOST_LABEL}(?:\\.${HOST_LABEL})*|\\[[0-9a-f:.]+\\])(?::(\\d{1,5}))?$`);

/** One parsed allowed origin. */
export interface EmbedOrigin {
  /** As written in config, normalised (lower case, no trailing slash, default port dropped). */
  source: string;
  scheme: 'http' | 'https';
  host: string;
  /** True for `*.host`: any subdomain of `host` (not `host` itself, as in CSP). */
  wildcard: boolean;
  port: string;
}

const DEFAULT_PORT = { http: '80', https: '443' } as const;

/** Parses one entry; returns a reason string when it is not an origin. */
export function parseEmbedOrigin(raw: string): EmbedOrigin | string {
  const s = raw.trim().toLowerCase().replace(/\/$/, '');
  const m = ORIGIN_PATTERN.exec(s);
  if (!m) return `should be scheme://host[:port] (http or https, no path, optional leading *. for subdomains), got "${raw.trim()}"`;
  const scheme = m[1] as 'http' | 'https';
  const port = m[4] && m[4] !== DEFAULT_PORT[scheme] ? m[4] : '';
  if (port && (Number(port) < 1 || Number(port) > 65535)) return `port should be 1–65535, got "${raw.trim()}"`;
  const wildcard = Boolean(m[2]);
  const host = m[3];
  return { source: `${scheme}://${wildcard ? '*.' : ''}${host}${port ? `:${port}` : ''}`, scheme, host, wildcard, port };
}

/** Parses a comma or space separated list (HUBWALL_EMBED_ORIGINS); problems name each bad entry. */
export function parseEmbedOrigins(raw: string | undefined): { origins: EmbedOrigin[]; problems: string[] } {
  const entries = (raw ?? '').split(/[\s,]+/).filter(Boolean);
  const origins: EmbedOrigin[] = [];
  const problems: string[] = [];
  for (const e of entries) {
    const o = parseEmbedOrigin(e);
    if (typeof o === 'string') problems.push(o);
    else if (!origins.some((x) => x.source === o.source)) origins.push(o);
  }
  if (origins.length > MAX_EMBED_ORIGINS) problems.push(`at most ${MAX_EMBED_ORIGINS} origins, got ${origins.length}`);
  return { origins: origins.slice(0, MAX_EMBED_ORIGINS), problems };
}

/** The origin (scheme://host[:port]) of a URL or origin string, or null for `null`, opaque or unparsable values. */
export function originOf(value: string | undefined): URL | null {
  if (!value || value === 'null') return null;
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** True when `url` (a page URL or an Origin header value) belongs to one of the allowed origins. */
export function originAllowed(url: URL, allowed: readonly EmbedOrigin[]): boolean {
  const scheme = url.protocol.slice(0, -1);
  const host = url.hostname.toLowerCase();
  const port = url.port; // URL drops default ports, as parseEmbedOrigin does
  return allowed.some((o) => o.scheme === scheme && o.port === port && (o.wildcard ? host.endsWith(`.${o.host}`) : host === o.host));
}

/** The CSP `frame-ancestors` directive: this server plus the allowed origins. */
export function frameAncestors(allowed: readonly EmbedOrigin[]): string {
  return ["frame-ancestors 'self'", ...allowed.map((o) => o.source)].join(' ');
}
