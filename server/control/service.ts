import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { FeaturedData } from '../schemas/live.ts';
import { CHANNELS, type Channel, type Message } from '../schemas/message.ts';
import type { Aggregates } from '../aggregate/aggregates.ts';
import { createStateStore } from './state-store.ts';
import { createModeration } from './moderation.ts';
import { createScreens } from './screens.ts';
import { createFeaturedSource } from './featured-source.ts';
import { DEFAULT_FEATURED, pickFeaturedPost, type FeaturedSettings } from './featured-rules.ts';
import { DETECTOR_DEFAULTS, detect, updateAlerts, type Series } from './detector.ts';
import { sanitizeCalamityHtml } from './sanitize.ts';
import type { Alert, CalamityInput, CalamityState, ControlData, WarningSettings } from './schemas.ts';

const OFF: CalamityState = { on: false, title: '', html: '', screens: 'all', keyword: null, counters: [], since: null, by: null };
const MINUTE = 60_000;

/** What the control service tells the outside world: which live topics must be re-sent now. */
export type Publish = (topic: 'control' | 'featured' | 'stream') => void;

/**
 * Control state: calamity mode, kill switch, featured rules and pin, moderation, screen commands and early-warning
 * alerts. Every change is persisted (state and hidden tables) and published at once.
 */
export function createControl(opts: {
  db: Database.Database;
  aggregates: Aggregates;
  now: () => number;
  publish: Publish;
  warningFactor?: number;
  /**
   * False while the past is still being loaded (the demo backfill): the baseline hour is then partly empty while live
   * minutes arrive, and every minute would look like a burst. The detector treats that as no history.
   */
  historyReady?: () => boolean;
}) {
  const { now, publish, aggregates } = opts;
  const store = createStateStore(opts.db, now);
  const moderation = createModeration(opts.db);
  const screens = createScreens(now);
  const source = createFeaturedSource(opts.db);
  let calamity = store.read<CalamityState>('calamity', OFF);
  let kill = store.read('kill', { on: false }).on;
  let featured = store.read<FeaturedSettings>('featured', DEFAULT_FEATURED);
  let warning = store.read<WarningSettings>('warning', { factor: opts.warningFactor ?? DETECTOR_DEFAULTS.factor, minNegative: DETECTOR_DEFAULTS.minNegative });
  // Alerts survive a restart: a deploy in the middle of a crisis must not wipe what staff were looking at.
  const storedAlerts: unknown = store.read<{ list: unknown }>('alerts', { list: [] }).list;
  let alerts: Alert[] = Array.isArray(storedAlerts) ? storedAlerts.filter(isAlert) : [];
  const saveAlerts = () => store.write('alerts', { list: alerts });

  const isHidden = (m: Message) => kill || moderation.isHidden(m);
  const changed = (...topics: Parameters<Publish>[0][]) => topics.forEach(publish);

  return {
    moderation,
    screens,
    isHidden,
    get killSwitch() {
      return kill;
    },
    get calamity() {
      return calamity;
    },
    get featuredSettings() {
      return featured;
    },
    get warning() {
      return warning;
    },
    /** The `control` topic payload. */
    /** The staff view: everything, including alerts and who switched calamity mode on. */
    data(): ControlData {
      return { calamity, killSwitch: kill, hidden: moderation.wire(), commands: screens.recent(), alerts: alerts.filter((a) => !a.dismissed).slice(0, 10) };
    },
    /**
     * What the public `control` topic carries to walls and embeds: no alerts (an intranet embed must not learn of a
     * brewing crisis before comms staff act) and no staff names.
     */
    publicData(): ControlData {
      return { calamity: { ...calamity, by: null }, killSwitch: kill, hidden: moderation.wire(), commands: screens.recent(), alerts: [] };
    },
    /** Sanitizes and switches the calamity screen on (or replaces the one shown); returns what the sanitizer removed. */
    calamityOn(input: CalamityInput, by: string): { state: CalamityState; removed: string[] } {
      const clean = sanitizeCalamityHtml(input.html);
      calamity = {
        on: true,
        title: input.title,
        html: clean.html,
        screens: input.screens,
        keyword: input.keyword?.trim().toLowerCase() || null,
        counters: [...new Set((input.counters ?? []).map((c) => c.trim().toLowerCase()).filter(Boolean))],
        since: now(),
        by,
      };
      store.write('calamity', calamity);
      changed('control');
      return { state: calamity, removed: clean.removed };
    },
    /** Switches calamity mode off everywhere; keeps the last content so it can be switched on again. */
    calamityOff(): CalamityState {
      calamity = { ...calamity, on: false, since: null };
      store.write('calamity', calamity);
      changed('control');
      return calamity;
    },
    setKill(on: boolean): void {
      kill = on;
      store.write('kill', { on });
      changed('control', 'featured', 'stream');
    },
    setFeatured(next: FeaturedSettings): void {
      featured = next;
      store.write('featured', featured);
      changed('featured');
    },
    hide(kind: 'post' | 'author', channel: Channel, ref: string, label: string, actor: string): void {
      moderation.hide({ kind, channel, ref, label, actor, at: now() });
      changed('control', 'featured');
    },
    unhide(kind: 'post' | 'author', channel: Channel, ref: string): boolean {
      const had = moderation.unhide(kind, channel, ref);
      if (had) changed('control', 'featured');
      return had;
    },
    findMessage: source.find,
    /** Recent posts for the panel: the newest, or those matching `q`. */
    recentMessages: (limit: number, q?: string): Message[] => (q ? source.search(q, now(), limit) : source.latest(limit)),
    /** The featured post under the current rules, pin, blocklist, moderation and kill switch. */
    pickFeatured(): FeaturedData {
      if (kill) return { message: null, reason: 'social content paused' };
      const pinned = featured.pinned ? source.find(featured.pinned.channel, featured.pinned.id) : null;
      return pickFeaturedPost(source.candidates(now()), pinned, featured, now(), moderation.isHidden);
    },
    setWarning(next: WarningSettings): void {
      warning = next;
      store.write('warning', warning);
    },
    alerts: () => alerts,
    dismissAlert(id: string): boolean {
      const a = alerts.find((x) => x.id === id);
      if (!a) return false;
      alerts = alerts.map((x) => (x === a ? { ...x, dismissed: true } : x));
      saveAlerts();
      changed('control');
      return true;
    },
    /** Runs the detector over the aggregates; returns the alert raised now, if any. */
    evaluate(): Alert | null {
      const t = now();
      const minuteStarts: number[] = [];
      const from = Math.floor((t - DETECTOR_DEFAULTS.windowMs - DETECTOR_DEFAULTS.baselineMs) / MINUTE) * MINUTE;
      for (let m = from; m <= t; m += MINUTE) minuteStarts.push(m);
      const negative = (channel?: Channel): Series => aggregates.sentiment(channel ? { channel: [channel] } : {}, minuteStarts).minutes.map((r) => ({ t: r.t, n: r.negative }));
      const all = aggregates.sentiment({}).minutes;
      const historyMs = all.length && opts.historyReady?.() !== false ? t - all[0].t : 0;
      const signals = detect(
        {
          now: t,
          negative: negative(),
          negativeByChannel: Object.fromEntries(CHANNELS.map((c) => [c, negative(c)])),
          trending: aggregates.trending().items,
          historyMs,
        },
        { factor: warning.factor, minNegative: warning.minNegative },
      );
      const r = updateAlerts(alerts, signals, t, () => randomUUID().slice(0, 8));
      alerts = r.alerts;
      if (r.updated) {
        saveAlerts();
        changed('control');
      }
      return r.raised;
    },
    /** Test hook: forget alerts. */
    clearAlerts(): void {
      alerts = [];
      saveAlerts();
    },
  };
}
export type Control = ReturnType<typeof createControl>;

/** A stored alert as this version writes it; anything else (a corrupt or older row) is left out rather than shown. */
function isAlert(x: unknown): x is Alert {
  const a = x as Partial<Alert> | null;
  return !!a && typeof a.id === 'string' && typeof a.summary === 'string' && typeof a.at === 'number' && Array.isArray(a.keywords) && Array.isArray(a.channels);
}
