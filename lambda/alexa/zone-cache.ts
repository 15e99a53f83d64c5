/**
 * Time zones the settings API gave this container, so a warm container asks at most once a
 * day per account and device even when the turn writes nothing to the record.
 */
export class ZoneCache {
  private readonly entries = new Map<string, { readonly zone: string; readonly checkedAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1000,
  ) {}

  /** The zone cached for `key` and when it was read, if that was less than the TTL before `now`. */
  get(key: string, now: Date): { readonly zone: string; readonly checkedAt: Date } | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const age = now.getTime() - entry.checkedAt;
    return age >= 0 && age < this.ttlMs
      ? { zone: entry.zone, checkedAt: new Date(entry.checkedAt) }
      : undefined;
  }

  /** Forgets every key that starts with `prefix`. */
  forget(prefix: string): void {
    for (const key of [...this.entries.keys()]) if (key.startsWith(prefix)) this.entries.delete(key);
  }

  set(key: string, zone: string, now: Date): void {
    this.entries.delete(key);
    this.entries.set(key, { zone, checkedAt: now.getTime() });
    // A Map iterates in insertion order, so the first key is the least recently stored.
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }
}
