import { randomUUID } from 'node:crypto';
import type { ScreenCommand, Targets } from './schemas.ts';

/** A screen is online when its last heartbeat (hello or ping) is this recent. */
export const ONLINE_MS = 30_000; // 30 s
/** Commands are kept on the control topic this long, so a screen that reconnects in between still gets them. */
export const COMMAND_TTL_MS = 2 * 60_000; // 2 min
/** Most commands on the wire at once. */
export const MAX_COMMANDS = 20;
/** Most screens remembered after they disconnect. */
export const MAX_KNOWN_SCREENS = 200;

/** One screen as the panel lists it. */
export interface ScreenView {
  id: string;
  title: string | null;
  dashboard: string | null;
  version: string | null;
  lastSeen: number | null;
  address: string | null;
  connections: number;
  online: boolean;
  configured: boolean;
}

interface Live {
  id: string;
  dashboard: string | null;
  version: string | null;
  lastSeen: number;
  address: string;
}

/**
 * Screens overview and commands: merges the hub's live `hello` reports with the configured screens and the screens
 * seen earlier (bounded), and keeps recent commands for the control topic.
 */
export function createScreens(now: () => number) {
  const known = new Map<string, Live>();
  let commands: ScreenCommand[] = [];
  return {
    /** The overview: configured screens first (in config order), then others seen, online ones first. */
    list(live: readonly Live[], configured: readonly { id: string; title?: string }[]): ScreenView[] {
      const t = now();
      const conns = new Map<string, number>();
      for (const s of live) {
        conns.set(s.id, (conns.get(s.id) ?? 0) + 1);
        const prev = known.get(s.id);
        if (!prev || prev.lastSeen <= s.lastSeen) {
          known.delete(s.id);
          known.set(s.id, { ...s });
        }
      }
      while (known.size > MAX_KNOWN_SCREENS) known.delete(known.keys().next().value as string);
      const view = (id: string, title: string | null, isConfigured: boolean): ScreenView => {
        const k = known.get(id);
        const connections = conns.get(id) ?? 0;
        return {
          id,
          title,
          dashboard: k?.dashboard ?? null,
          version: k?.version ?? null,
          lastSeen: k?.lastSeen ?? null,
          address: k?.address ?? null,
          connections,
          online: connections > 0 && k !== undefined && t - k.lastSeen <= ONLINE_MS,
          configured: isConfigured,
        };
      };
      const ids = new Set(configured.map((c) => c.id));
      const others = [...known.keys()].filter((id) => !ids.has(id)).map((id) => view(id, null, false));
      others.sort((a, b) => Number(b.online) - Number(a.online) || a.id.localeCompare(b.id));
      return [...configured.map((c) => view(c.id, c.title ?? null, true)), ...others];
    },
    /** Queues a command for the control topic; returns it. */
    command(kind: ScreenCommand['kind'], screens: Targets, extra: { dashboard?: string; holdMs?: number } = {}): ScreenCommand {
      const c: ScreenCommand = { id: randomUUID().slice(0, 12), kind, screens, at: now(), ...extra };
      commands = [...commands, c].slice(-MAX_COMMANDS);
      return c;
    },
    /** Commands still fresh enough to send. */
    recent(): ScreenCommand[] {
      const t = now();
      commands = commands.filter((c) => t - c.at < COMMAND_TTL_MS);
      return commands;
    },
  };
}
export type Screens = ReturnType<typeof createScreens>;
