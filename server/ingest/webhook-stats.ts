import type { Channel } from '../schemas/message.ts';

/** The webhook endpoints Hubwall serves, by platform. */
export const WEBHOOKS = ['meta', 'line', 'wechat', 'x', 'relay'] as const;
export type WebhookName = (typeof WEBHOOKS)[number];

/** Counters of one webhook endpoint: deliveries and why some were refused as a whole. */
export interface WebhookCounters {
  deliveries: number;
  /** Deliveries refused because the signature or token did not match (401). */
  refusedSignatures: number;
  /** Deliveries refused because the platform's secret is not configured (403). */
  refusedUnconfigured: number;
  /** Deliveries refused as a whole because the body was not the platform's format (400). */
  badPayloads: number;
}

/** Counters of one channel across all its webhooks: items stored, seen before, or refused. */
export interface ChannelWebhookCounters {
  accepted: number;
  duplicates: number;
  /** Items of a delivery refused with a reason (the others in the same delivery were kept). */
  rejectedItems: number;
}

/** What `GET /api/webhooks/stats` answers and `app.webhookStats()` returns. */
export interface WebhookStats {
  webhooks: Record<WebhookName, WebhookCounters>;
  channels: Partial<Record<Channel, ChannelWebhookCounters>>;
}

/** Per-webhook and per-channel counters; plain numbers, bounded by the fixed sets of webhooks and channels. */
export function createWebhookStats() {
  const webhooks = Object.fromEntries(WEBHOOKS.map((w) => [w, { deliveries: 0, refusedSignatures: 0, refusedUnconfigured: 0, badPayloads: 0 }])) as Record<WebhookName, WebhookCounters>;
  const channels: Partial<Record<Channel, ChannelWebhookCounters>> = {};
  const ch = (c: Channel) => (channels[c] ??= { accepted: 0, duplicates: 0, rejectedItems: 0 });
  return {
    count(webhook: WebhookName, what: keyof WebhookCounters): void {
      webhooks[webhook][what]++;
    },
    items(channel: Channel, what: keyof ChannelWebhookCounters, n: number): void {
      if (n > 0) ch(channel)[what] += n;
    },
    snapshot(): WebhookStats {
      return structuredClone({ webhooks, channels });
    },
  };
}
