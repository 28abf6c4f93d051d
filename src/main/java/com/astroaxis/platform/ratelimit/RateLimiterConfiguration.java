package com.astroaxis.platform.ratelimit;

import java.time.Clock;

import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

@Configuration(proxyBeanMethods = false)
class RateLimiterConfiguration {

    @Bean
    RateLimiter rateLimiter(ObjectProvider<StringRedisTemplate> redis, Clock clock) {
        var template = redis.getIfAvailable();
        if (template != null) {
            LoggerFactory.getLogger(RateLimiter.class).info("Rate limits are shared through Redis");
            return new RedisRateLimiter(template, clock);
        }
        return new InMemoryRateLimiter(clock);
    }
}
