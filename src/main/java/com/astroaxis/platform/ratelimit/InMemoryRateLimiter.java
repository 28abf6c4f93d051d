package com.astroaxis.platform.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/** One instance's own counts: right for a single instance, which is how AstroAxis runs without Redis. */
final class InMemoryRateLimiter implements RateLimiter {

    private static final int MAX_KEYS = 100_000;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    InMemoryRateLimiter(Clock clock) {
        this.clock = clock;
    }

    private record Window(long start, int count) {
    }

    @Override
    public Decision tryAcquire(String key, int limit, Duration window) {
        long now = clock.millis();
        long length = window.toMillis();
        long start = now - Math.floorMod(now, length);
        if (windows.size() > MAX_KEYS) {
            windows.entrySet().removeIf(entry -> entry.getValue().start() < start);
        }
        var current = windows.merge(key, new Window(start, 1),
                (old, fresh) -> old.start() == start ? new Window(start, old.count() + 1) : fresh);
        if (current.count() <= limit) {
            return new Decision(true, 0);
        }
        return new Decision(false, Math.max(1, (start + length - now + 999) / 1000));
    }
}
