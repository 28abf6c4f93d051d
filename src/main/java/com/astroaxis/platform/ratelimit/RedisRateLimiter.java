package com.astroaxis.platform.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/** Counts kept in Redis, so that every app instance enforces one shared limit. */
final class RedisRateLimiter implements RateLimiter {

    /** Increment and, on the first hit of a window, set its expiry: one atomic step. */
    private static final RedisScript<Long> INCREMENT = RedisScript.of("""
            local count = redis.call('INCR', KEYS[1])
            if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return count""", Long.class);
    private final StringRedisTemplate redis;
    private final Clock clock;

    RedisRateLimiter(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    @Override
    public Decision tryAcquire(String key, int limit, Duration window) {
        long now = clock.millis();
        long length = window.toMillis();
        long start = now - Math.floorMod(now, length);
        var count = redis.execute(INCREMENT, List.of("astroaxis:rate:" + key + ":" + start), Long.toString(length));
        if (count != null && count <= limit) {
            return new Decision(true, 0);
        }
        return new Decision(false, Math.max(1, (start + length - now + 999) / 1000));
    }
}
