/** Prefix of every snapshot entry in local storage. */
export const CACHE_PREFIX = 'hubwall:snap:';
/** Local storage key of the LRU index (oldest first). */
export const CACHE_INDEX_KEY = 'hubwall:snap-index';
/** Snapshots kept; a wall shows a dozen topics, the rest is room for a playlist's worth of filters. */
export const CACHE_MAX_ENTRIES = 40;
/** Largest snapshot stored (chars of JSON); bigger ones are simply not cached. */
export const CACHE_MAX_ENTRY_CHARS = 300_000;

/** A snapshot as stored: server time, local receipt time and the data. */
export interface CachedSnapshot {
  t: number;
  at: number;
  data: unknown;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Bounded LRU of the last snapshot per subscription key, so a reload shows data before the socket opens. */
export class SnapshotCache {
  #storage: StorageLike | null;

  constructor(storage: StorageLike | null) {
    this.#storage = storage;
  }

  #index(): string[] {
    try {
      const raw = this.#storage?.getItem(CACHE_INDEX_KEY);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : [];
    } catch {
      return []; // A corrupt index only costs the cache, never the screen.
    }
  }

  /** The stored snapshot for `key`, or null when absent or unreadable. */
  read(key: string): CachedSnapshot | null {
    try {
      const raw = this.#storage?.getItem(CACHE_PREFIX + key);
      if (!raw) return null;
      const v = JSON.parse(raw) as CachedSnapshot;
      return v && typeof v.t === 'number' && typeof v.at === 'number' && 'data' in v ? v : null;
    } catch {
      return null;
    }
  }

  /** Stores a snapshot and evicts the least recently written entries past the cap. */
  write(key: string, snap: CachedSnapshot): void {
    const storage = this.#storage;
    if (!storage) return;
    let json: string;
    try {
      json = JSON.stringify(snap);
    } catch {
      return;
    }
    if (json.length > CACHE_MAX_ENTRY_CHARS) return;
    const index = this.#index().filter((k) => k !== key);
    index.push(key);
    while (index.length > CACHE_MAX_ENTRIES) storage.removeItem(CACHE_PREFIX + index.shift());
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        storage.setItem(CACHE_PREFIX + key, json);
        storage.setItem(CACHE_INDEX_KEY, JSON.stringify(index));
        return;
      } catch {
        // Quota exceeded: drop the older half and try once more.
        const drop = index.splice(0, Math.floor((index.length - 1) / 2));
        for (const k of drop) storage.removeItem(CACHE_PREFIX + k);
      }
    }
  }
}
