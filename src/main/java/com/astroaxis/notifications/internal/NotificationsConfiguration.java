package com.astroaxis.notifications.internal;

import java.util.List;
import java.util.Set;

import com.astroaxis.platform.config.AstroAxisSettings;
import com.astroaxis.platform.security.PermissionDeclarations;
import com.astroaxis.platform.security.PermissionDefinition;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(NotificationSettings.class)
class NotificationsConfiguration {

    static final String READ = "notifications.read";

    /** Loaded and checked at start-up: a broken template stops the application with a message naming it. */
    @Bean
    TemplateCatalog notificationTemplates(AstroAxisSettings settings) {
        return TemplateCatalog.load(TemplateCatalog.LOCATION, TemplateCatalog.DECLARED, settings.company().name());
    }

    @Bean
    PayloadCipher notificationPayloadCipher(AstroAxisSettings settings) {
        return new PayloadCipher(new PayloadKeyMaterial(settings.secretKey(), settings.dataDir()));
    }

    @Bean
    PermissionDeclarations notificationPermissions() {
        return () -> List.of(new PermissionDefinition(READ,
                "See the email and SMS messages sent, waiting or failed (never their content)", Set.of("Owner", "Admin")));
    }
}
