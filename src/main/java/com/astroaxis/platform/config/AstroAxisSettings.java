package com.astroaxis.platform.config;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Every setting AstroAxis reads, bound from the environment variables named in {@code application.properties} and
 * {@code .env.example}. Validated at start-up: a bad value stops the application with a message naming it.
 */
@Validated
@ConfigurationProperties("astroaxis")
public record AstroAxisSettings(
        @NotNull RuntimeEnvironment environment,
        String secretKey,
        boolean debug,
        List<String> corsOrigins,
        @NotNull Path dataDir,
        boolean demoData,
        @Valid @NotNull Company company,
        @Valid @NotNull Currency currency,
        @NotNull ZoneId timezone,
        @Min(0) @Max(10_000) int vatRateBasisPoints,
        @Valid @NotNull Uploads uploads,
        @Min(1) @Max(102_400) int maxRequestBodyKb,
        @Valid @NotNull Session session,
        @Valid @NotNull Smtp smtp,
        @Valid @NotNull Sms sms,
        String sentryDsn,
        @Valid @NotNull Admin admin) {

    public AstroAxisSettings {
        corsOrigins = corsOrigins == null ? List.of()
                : corsOrigins.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public boolean production() {
        return environment == RuntimeEnvironment.PRODUCTION;
    }

    public record Company(@NotBlank String name) {
    }

    public record Currency(@NotBlank @Pattern(regexp = "[A-Z]{3}") String code, @NotBlank String symbol) {
    }

    public record Uploads(@Min(1) @Max(1024) int maxSizeMb, @NotNull List<String> allowedTypes) {
        public Uploads {
            allowedTypes = allowedTypes == null ? List.of()
                    : allowedTypes.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty()).toList();
        }

        public long maxSizeBytes() {
            return maxSizeMb * 1024L * 1024L;
        }
    }

    /**
     * Sign-in rules: idle timeout, failed attempts before a cooling-off period of {@code lockoutMinutes}, access
     * token lifetime, the longest a sign-in lasts however active, and sign-in requests allowed per client address.
     */
    public record Session(@Min(1) @Max(1440) int timeoutMinutes, @Min(1) @Max(100) int maxLoginAttempts,
                          @Min(1) @Max(1440) int lockoutMinutes, @Min(1) @Max(60) int accessTokenMinutes,
                          @Min(1) @Max(365) int maxDays, @Min(1) @Max(10_000) int authRequestsPerMinute) {
    }

    public record Smtp(String host, @Min(1) @Max(65_535) int port, String username, String password, boolean useTls,
                       String from) {
        public boolean configured() {
            return host != null && !host.isBlank();
        }

        @Override
        public String toString() {
            return "Smtp[host=" + host + ", port=" + port + ", username=" + username + ", useTls=" + useTls + "]";
        }
    }

    public record Sms(String gatewayUrl, String apiKey) {
        public boolean configured() {
            return gatewayUrl != null && !gatewayUrl.isBlank();
        }

        @Override
        public String toString() {
            return "Sms[gatewayUrl=" + gatewayUrl + "]";
        }
    }

    public record Admin(String username, String password) {
        @Override
        public String toString() {
            return "Admin[username=" + username + "]";
        }
    }

    @Override
    public String toString() {
        return "AstroAxisSettings[environment=" + environment + ", company=" + company + ", dataDir=" + dataDir + "]";
    }
}
