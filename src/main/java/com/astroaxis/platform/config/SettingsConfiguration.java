package com.astroaxis.platform.config;

import java.time.Clock;

import com.astroaxis.platform.time.BusinessCalendar;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AstroAxisSettings.class)
class SettingsConfiguration {

    /** The one clock everything asks for the time, so tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    BusinessCalendar businessCalendar(Clock clock, AstroAxisSettings settings) {
        return new BusinessCalendar(clock, settings.timezone());
    }
}
