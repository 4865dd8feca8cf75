import type { ControlData } from '../../server/control/schemas.ts';
import { live, type LiveHandle } from '../lib/live.svelte.ts';
import { api, onSessionLost, setCsrf } from './api.ts';

/** Alerts reach staff through the authenticated API: the detector runs every 15 s, so this keeps them under half a minute. */
const STAFF_POLL_MS = 10_000;

/** Tabs of the panel, in order; those in ADMIN_TABS only for admins. */
export const TABS = ['calamity', 'moderation', 'alerts', 'screens', 'staffing', 'access', 'audit'] as const;
export type Tab = (typeof TABS)[number];
/** Tabs whose routes need the admin role: staff never see them. */
export const ADMIN_TABS: ReadonlySet<Tab> = new Set<Tab>(['access', 'audit']);

/** A calamity draft, as the editor holds it. */
export interface Draft {
  title: string;
  html: string;
  keyword: string;
  counters: string;
}

interface Me {
  user: { username: string; role: 'staff' | 'admin' } | null;
  csrf: string | null;
}

/** The panel's state: who is signed in, the live control state, the open tab and the calamity draft. */
class Panel {
  user = $state<Me['user'] | null>(null);
  checked = $state(false);
  tab = $state<Tab>('calamity');
  /** Set by "prepare calamity" on an alert; the calamity tab takes it into its editor. */
  draft = $state.raw<Draft | null>(null);
  /** Short feedback line shown at the bottom ("Calamity mode is on for 3 screens"). */
  toast = $state<{ text: string; error: boolean } | null>(null);
  #handle: LiveHandle<unknown> | null = null;
  #handleState = $state.raw<LiveHandle<unknown> | null>(null);
  /** Staff view of the control state (with alerts), fetched on every live control change and every 10 s. */
  #staff = $state.raw<ControlData | null>(null);
  /** Live control state (calamity, kill switch, hidden) with the staff-only parts (alerts, names) merged in. */
  control = $derived.by<ControlData | null>(() => {
    const pub = (this.#handleState?.topic.data as ControlData | null | undefined) ?? null;
    if (!pub) return this.#staff;
    return this.#staff ? { ...pub, alerts: this.#staff.alerts, calamity: { ...pub.calamity, by: this.#staff.calamity.by } } : pub;
  });
  #poll: ReturnType<typeof setInterval> | null = null;
  connected = $derived(live.connected);
  #toastTimer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    onSessionLost(() => {
      this.user = null;
    });
  }

  /** Asks the server whether the cookie still holds a session. */
  async restore(): Promise<void> {
    try {
      this.#signedIn(await api<Me>('GET', '/api/auth/me'));
    } catch {
      this.user = null;
    } finally {
      this.checked = true;
    }
  }

  async login(username: string, password: string): Promise<void> {
    this.#signedIn(await api<Me>('POST', '/api/auth/login', { username, password }));
  }

  async logout(): Promise<void> {
    await api('POST', '/api/auth/logout').catch(() => {}); // the session is dropped locally either way
    this.user = null;
    this.#staff = null;
    if (this.#poll) clearInterval(this.#poll);
    this.#poll = null;
  }

  /** Shows a short message; errors stay longer. */
  say(text: string, error = false): void {
    this.toast = { text, error };
    if (this.#toastTimer) clearTimeout(this.#toastTimer);
    this.#toastTimer = setTimeout(() => (this.toast = null), error ? 8_000 : 4_000);
  }

  #signedIn(me: Me): void {
    this.user = me.user;
    if (!me.user || !me.csrf) return;
    setCsrf(me.csrf);
    if (!this.#handle) {
      this.#handle = live.subscribe('control');
      this.#handleState = this.#handle;
    }
    void this.refreshStaff();
    this.#poll ??= setInterval(() => void this.refreshStaff(), STAFF_POLL_MS);
  }

  /** Reloads the staff-only control state; called after actions, on live control changes and on a timer. */
  async refreshStaff(): Promise<void> {
    if (!this.user) return;
    try {
      this.#staff = await api<ControlData>('GET', '/api/control/state');
    } catch {
      // Session loss is handled by onSessionLost; a network blip is retried by the timer.
    }
  }
}

/** The panel's one state. */
export const panel = new Panel();

/** "12 s ago" style age. */
export function ago(t: number | null, now = Date.now()): string {
  if (t === null) return 'never';
  const s = Math.max(0, Math.round((now - t) / 1000));
  if (s < 60) return `${s} s ago`;
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  if (s < 86_400) return `${Math.floor(s / 3600)} h ago`;
  return new Date(t).toLocaleDateString();
}
