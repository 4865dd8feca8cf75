import { resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { shown } from './errors.ts';
import type { WebhooksOptions } from './ingest/webhooks-plugin.ts';
import type { CapacityOptions } from './aggregate/capacity/index.ts';
import { loadCapacityConfig } from './aggregate/capacity/config.ts';
import type { ConnectorsOptions } from './sources/connectors-plugin.ts';
import { parseEmbedOrigins, type EmbedOrigin } from './embed/origins.ts';

/** Settings read from the environment (documented in README). */
export interface Settings {
  port: number;
  host: string;
  dataDir: string;
  demo: boolean;
  demoRate: number;
  enrichWorkers: number;
  demoBackfillHours: number;
  demoIncidentAfter: number | undefined;
  ingestToken: string | undefined;
  timeZone: string;
  logLevel: string;
  dashboardsDir: string | undefined;
  themesDir: string | undefined;
  logPretty: boolean;
  /** Control panel (issue 4): first admin, session secret, early-warning factor. */
  control: ControlSettings;
  /** Platform webhooks (issue 6): secrets and the brand's own accounts. */
  webhooks: WebhooksOptions;
  /** Capacity plans from HUBWALL_STAFFING_FILE (issue 6). */
  capacity: CapacityOptions;
  /** Mastodon and RSS stream clients (issue 6); empty when not configured. */
  connectors: Omit<ConnectorsOptions, 'brandAccounts'>;
  /** Intranet embeds (issue 5): who may frame /embed pages, and whether remote reads need an embed token. */
  embed: { origins: EmbedOrigin[]; requireToken: boolean };
}

/** Control panel settings (issue 4). */
export interface ControlSettings {
  adminUser: string | undefined;
  adminPassword: string | undefined;
  sessionSecret: string | undefined;
  warningFactor: number | undefined;
}

/** Reads the control panel's variables, adding what is wrong to `problems`. */
function readControlSettings(env: NodeJS.ProcessEnv, problems: string[]): ControlSettings {
  const adminUser = env.HUBWALL_ADMIN_USER || undefined;
  const adminPassword = env.HUBWALL_ADMIN_PASSWORD || undefined;
  if (adminUser && !/^[A-Za-z0-9._-]{2,40}$/.test(adminUser)) problems.push(`HUBWALL_ADMIN_USER should be 2–40 letters, digits, . _ or -, got ${shown(adminUser)}`);
  if (Boolean(adminUser) !== Boolean(adminPassword)) problems.push('HUBWALL_ADMIN_USER and HUBWALL_ADMIN_PASSWORD should be set together');
  if (adminPassword && adminPassword.length < 10) problems.push('HUBWALL_ADMIN_PASSWORD should be at least 10 characters');
  const sessionSecret = env.HUBWALL_SESSION_SECRET || undefined;
  if (sessionSecret && sessionSecret.length < 16) problems.push('HUBWALL_SESSION_SECRET should be at least 16 characters (e.g. `openssl rand -hex 24`)');
  const rawFactor = env.HUBWALL_WARNING_FACTOR;
  let warningFactor: number | undefined;
  if (rawFactor) {
    warningFactor = Number(rawFactor);
    if (!Number.isFinite(warningFactor) || warningFactor < 1.5 || warningFactor > 20) problems.push(`HUBWALL_WARNING_FACTOR should be a number from 1.5 to 20, got ${shown(rawFactor)}`);
  }
  return { adminUser, adminPassword, sessionSecret, warningFactor };
}

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Parses env into settings; throws one Error listing every bad variable and how to fix it. */
export function readSettings(env: NodeJS.ProcessEnv, isTty: boolean): Settings {
  const problems: string[] = [];
  const int = (name: string, def: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return def;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name} should be an integer from ${min} to ${max}, got ${shown(raw)}`);
      return def;
    }
    return n;
  };
  const num = (name: string, def: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return def;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min || n > max) {
      problems.push(`${name} should be a number from ${min} to ${max}, got ${shown(raw)}`);
      return def;
    }
    return n;
  };
  const flag = (name: string, def: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return def;
    if (raw === '1' || raw === 'true') return true;
    if (raw === '0' || raw === 'false') return false;
    problems.push(`${name} should be 1 or 0, got ${shown(raw)}`);
    return def;
  };
  const timeZone = env.HUBWALL_TIMEZONE || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    problems.push(`HUBWALL_TIMEZONE should be an IANA time zone such as Europe/Amsterdam, got ${shown(timeZone)}`);
  }
  const logLevel = env.HUBWALL_LOG_LEVEL || 'info';
  if (!LEVELS.includes(logLevel)) problems.push(`HUBWALL_LOG_LEVEL should be one of ${LEVELS.join(', ')}, got ${shown(logLevel)}`);
  const format = env.HUBWALL_LOG_FORMAT || (isTty ? 'pretty' : 'json');
  if (format !== 'pretty' && format !== 'json') problems.push(`HUBWALL_LOG_FORMAT should be pretty or json, got ${shown(format)}`);
  const token = env.HUBWALL_INGEST_TOKEN || undefined;
  if (token !== undefined && token.length < 16) problems.push('HUBWALL_INGEST_TOKEN should be at least 16 characters (e.g. `openssl rand -hex 24`)');
  const settings: Settings = {
    port: int('PORT', 8080, 1, 65535),
    host: env.HOST || '0.0.0.0',
    dataDir: resolve(env.HUBWALL_DATA_DIR || './data'),
    demo: flag('HUBWALL_DEMO', true),
    demoRate: num('HUBWALL_DEMO_RATE', 4, 0.01, 5_000),
    // One worker per core: enrichment is the costliest stage and the main thread idles while SQLite commits are
    // short (measured: 2 workers beat 1 on a 2-core machine in the ingest bench).
    enrichWorkers: int('HUBWALL_ENRICH_WORKERS', Math.max(1, Math.min(4, availableParallelism())), 0, 16),
    demoBackfillHours: num('HUBWALL_DEMO_BACKFILL_HOURS', 2, 0, 168),
    demoIncidentAfter: env.HUBWALL_DEMO_INCIDENT_AFTER ? int('HUBWALL_DEMO_INCIDENT_AFTER', 0, 0, 604_800) : undefined,
    ingestToken: token,
    timeZone,
    logLevel,
    dashboardsDir: env.HUBWALL_DASHBOARDS_DIR ? resolve(env.HUBWALL_DASHBOARDS_DIR) : undefined,
    themesDir: env.HUBWALL_THEMES_DIR ? resolve(env.HUBWALL_THEMES_DIR) : undefined,
    logPretty: format === 'pretty',
    control: readControlSettings(env, problems),
    webhooks: {},
    capacity: {},
    connectors: {},
    embed: { origins: [], requireToken: false },
  };
  // ── platform connectors (issue 6) ──
  const relayToken = env.HUBWALL_WEBHOOK_TOKEN || undefined;
  if (relayToken !== undefined && relayToken.length < 16) problems.push('HUBWALL_WEBHOOK_TOKEN should be at least 16 characters (e.g. `openssl rand -hex 24`)');
  settings.webhooks = {
    metaAppSecret: env.HUBWALL_META_APP_SECRET || undefined,
    metaVerifyToken: env.HUBWALL_META_VERIFY_TOKEN || undefined,
    lineChannelSecret: env.HUBWALL_LINE_CHANNEL_SECRET || undefined,
    wechatToken: env.HUBWALL_WECHAT_TOKEN || undefined,
    relayToken,
    brandAccounts: (env.HUBWALL_BRAND_ACCOUNTS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
  };
  if (env.HUBWALL_STAFFING_FILE) {
    try {
      settings.capacity = { config: loadCapacityConfig(resolve(env.HUBWALL_STAFFING_FILE)) };
    } catch (err) {
      problems.push(`HUBWALL_STAFFING_FILE: ${(err as Error).message}`);
    }
  }
  const url = (name: string, raw: string): string | undefined => {
    try {
      const u = new URL(raw);
      if (u.protocol === 'http:' || u.protocol === 'https:') return raw;
    } catch {
      // reported below
    }
    problems.push(`${name} should be an http(s) URL, got ${shown(raw)}`);
    return undefined;
  };
  if (env.HUBWALL_MASTODON_URL) {
    const transport = env.HUBWALL_MASTODON_TRANSPORT || 'sse';
    if (transport !== 'sse' && transport !== 'websocket') problems.push(`HUBWALL_MASTODON_TRANSPORT should be sse or websocket, got ${shown(transport)}`);
    settings.connectors.mastodon = {
      url: url('HUBWALL_MASTODON_URL', env.HUBWALL_MASTODON_URL) ?? '',
      token: env.HUBWALL_MASTODON_TOKEN || undefined,
      stream: env.HUBWALL_MASTODON_STREAM || 'user',
      transport: transport === 'websocket' ? 'websocket' : 'sse',
    };
  }
  const feeds = (env.HUBWALL_RSS_URLS ?? '').split(/[\s,]+/).filter(Boolean);
  if (feeds.length) {
    settings.connectors.rss = { urls: feeds.map((f) => url('HUBWALL_RSS_URLS', f) ?? '').filter(Boolean), intervalMs: int('HUBWALL_RSS_INTERVAL', 300, 30, 86_400) * 1000 };
  }
  // ── intranet embeds (issue 5) ──
  const embedOrigins = parseEmbedOrigins(env.HUBWALL_EMBED_ORIGINS);
  for (const p of embedOrigins.problems) problems.push(`HUBWALL_EMBED_ORIGINS: ${p}`);
  settings.embed = { origins: embedOrigins.origins, requireToken: flag('HUBWALL_EMBED_REQUIRE_TOKEN', false) };
  if (problems.length) throw new Error(`Hubwall cannot start, fix these settings:\n  - ${problems.join('\n  - ')}`);
  return settings;
}
