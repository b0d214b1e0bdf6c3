/**
 * A bounded in-memory cache whose entries are valid for one version of the data they were read
 * from. The caller reads the version from the database first (one cheap query), so a write made
 * by any server, the CLI or an import is seen at once, and an entry filled from a newer snapshot
 * than its version is only ever served to readers that could already see that snapshot.
 */
export interface VersionedCache<V> {
  get(key: string, version: number): V | undefined;
  set(key: string, version: number, value: V): void;
  readonly size: number;
}

/** A cache holding at most `max` entries, dropping the least recently used first. */
export function createVersionedCache<V>(max: number): VersionedCache<V> {
  const entries = new Map<string, { version: number; value: V }>();
  return {
    get(key, version) {
      const e = entries.get(key);
      if (!e) return undefined;
      if (e.version !== version) {
        entries.delete(key);
        return undefined;
      }
      // Re-inserting moves the key to the end, so iteration order is least recent first.
      entries.delete(key);
      entries.set(key, e);
      return e.value;
    },
    set(key, version, value) {
      entries.delete(key);
      entries.set(key, { version, value });
      if (entries.size > max) entries.delete(entries.keys().next().value as string);
    },
    get size() {
      return entries.size;
    },
  };
}

/** Freezes an object and everything it holds, so a cached value cannot be changed by a caller. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
