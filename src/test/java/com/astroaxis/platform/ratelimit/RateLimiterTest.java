package com.astroaxis.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.astroaxis.testing.MutableClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Fixed windows in memory, and shared through Redis by two limiters standing for two app instances. */
class RateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private JedisConnectionFactory redis;

    @AfterEach
    void closeRedis() {
        if (redis != null) {
            redis.destroy();
        }
    }

    @Test
    void inMemoryAllowsTheLimitThenSaysWhenToRetry() {
        var limiter = new InMemoryRateLimiter(clock);

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("ip:1", 3, Duration.ofMinutes(1)).allowed()).isTrue();
        }
        clock.advance(Duration.ofSeconds(15));
        var refused = limiter.tryAcquire("ip:1", 3, Duration.ofMinutes(1));

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(45);
        assertThat(limiter.tryAcquire("ip:2", 3, Duration.ofMinutes(1)).allowed()).isTrue();
        clock.advance(Duration.ofSeconds(45));
        assertThat(limiter.tryAcquire("ip:1", 3, Duration.ofMinutes(1)).allowed()).isTrue();
    }

    @Test
    void twoInstancesShareOneLimitThroughRedis() {
        redis = new JedisConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", 6379));
        redis.afterPropertiesSet();
        var template = new StringRedisTemplate(redis);
        var first = new RedisRateLimiter(template, clock);
        var second = new RedisRateLimiter(template, clock);
        var key = "test:" + UUID.randomUUID();

        assertThat(first.tryAcquire(key, 4, Duration.ofMinutes(1)).allowed()).isTrue();
        assertThat(second.tryAcquire(key, 4, Duration.ofMinutes(1)).allowed()).isTrue();
        assertThat(first.tryAcquire(key, 4, Duration.ofMinutes(1)).allowed()).isTrue();
        assertThat(second.tryAcquire(key, 4, Duration.ofMinutes(1)).allowed()).isTrue();
        var refused = first.tryAcquire(key, 4, Duration.ofMinutes(1));

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(60);
        clock.advance(Duration.ofMinutes(1));
        assertThat(second.tryAcquire(key, 4, Duration.ofMinutes(1)).allowed()).isTrue();
    }
}
