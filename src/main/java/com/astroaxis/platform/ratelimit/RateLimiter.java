package com.astroaxis.platform.ratelimit;

import java.time.Duration;

/**
 * Fixed-window request counting per key (a client address, a username). Shared by every app instance through Redis
 * when REDIS_URL is set; kept in this instance's memory otherwise.
 */
public interface RateLimiter {

    Decision tryAcquire(String key, int limit, Duration window);

    record Decision(boolean allowed, long retryAfterSeconds) {
    }
}
