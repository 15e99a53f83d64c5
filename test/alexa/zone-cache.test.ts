import { ZoneCache } from '../../lambda/alexa/zone-cache';

const at = (iso: string): Date => new Date(iso);

describe('ZoneCache', () => {
  it('gives a zone back until its time to live has passed', () => {
    // Prepare
    const cache = new ZoneCache(60_000);
    cache.set('a', 'Europe/Berlin', at('2026-11-24T10:00:00Z'));

    // Act
    const fresh = cache.get('a', at('2026-11-24T10:00:59Z'));
    const stale = cache.get('a', at('2026-11-24T10:01:00Z'));
    const beforeRead = cache.get('a', at('2026-11-24T09:59:59Z'));

    // Assess
    expect(fresh).toEqual({ zone: 'Europe/Berlin', checkedAt: at('2026-11-24T10:00:00Z') });
    expect(stale).toBeUndefined();
    expect(beforeRead).toBeUndefined();
  });

  it('forgets the least recently stored key when full', () => {
    // Prepare
    const now = at('2026-11-24T10:00:00Z');
    const cache = new ZoneCache(60_000, 2);
    cache.set('a', 'Europe/Berlin', now);
    cache.set('b', 'Asia/Tokyo', now);
    cache.set('a', 'Europe/Paris', now);

    // Act
    cache.set('c', 'America/Chicago', now);

    // Assess
    expect(cache.get('a', now)?.zone).toBe('Europe/Paris');
    expect(cache.get('b', now)).toBeUndefined();
    expect(cache.get('c', now)?.zone).toBe('America/Chicago');
  });
});
