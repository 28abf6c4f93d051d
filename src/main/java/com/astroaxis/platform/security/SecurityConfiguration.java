package com.astroaxis.platform.security;

import java.util.List;

import com.astroaxis.platform.config.AstroAxisSettings;
import com.astroaxis.platform.web.ProblemWriter;
import com.astroaxis.platform.web.Problems;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.annotation.AnnotationTemplateExpressionDefaults;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The HTTP rules every response follows: security headers, CORS limited to CORS_ORIGINS, a stateless API whose
 * refusals are problem documents. Modules add their own URL rules through method security and their own chains.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Lets {@link RequiresPermission} fill its permission into the {@code @PreAuthorize} expression. */
    @Bean
    static AnnotationTemplateExpressionDefaults annotationTemplateExpressionDefaults() {
        return new AnnotationTemplateExpressionDefaults();
    }

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: blob:",
            "font-src 'self'", "connect-src 'self'", "manifest-src 'self'", "worker-src 'self'",
            "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");
    /** The API explorer's own page needs inline styles; scripts stay 'self' only. */
    static final String API_EXPLORER_POLICY = CONTENT_SECURITY_POLICY
            .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    /** Camera (barcode scanning) and location (attendance) for this origin only; nothing else. */
    static final String PERMISSIONS_POLICY = "camera=(self), geolocation=(self), microphone=(), payment=(), usb=(), "
            + "magnetometer=(), gyroscope=(), accelerometer=(), browsing-topics=()";
    private static final long ONE_YEAR_SECONDS = 31_536_000;

    @Bean
    @Order(1)
    SecurityFilterChain apiExplorer(HttpSecurity http, ProblemWriter problems) throws Exception {
        http.securityMatcher("/swagger-ui/**", "/swagger-ui.html");
        common(http, problems, API_EXPLORER_POLICY);
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain application(HttpSecurity http, ProblemWriter problems, List<ApiAuthentication> authentications,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers) throws Exception {
        common(http, problems, CONTENT_SECURITY_POLICY);
        for (var authentication : authentications) {
            authentication.configure(http);
        }
        http.authorizeHttpRequests(requests -> requests
                // in production the actuator lives on the management port, away from the public one
                .requestMatchers(EndpointRequest.toAnyEndpoint()).permitAll()
                .requestMatchers("/api/**").access(new EndpointAuthorization(handlers))
                .anyRequest().permitAll());
        return http.build();
    }

    private static void common(HttpSecurity http, ProblemWriter problems, String contentSecurityPolicy) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable) // no cookies carry authority: the API takes bearer tokens only
                .cors(cors -> { })
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, exception) -> problems.write(response,
                                Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign-in required",
                                        "Sign in to use this part of AstroAxis.")))
                        .accessDeniedHandler((request, response, exception) -> problems.write(response,
                                Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                                        "Your role does not allow this action."))))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        // sent on HTTPS requests only, including those a trusted proxy marks X-Forwarded-Proto: https
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(ONE_YEAR_SECONDS))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(AstroAxisSettings settings) {
        var cors = new CorsConfiguration();
        cors.setAllowedOrigins(settings.corsOrigins().stream().filter(origin -> !origin.equals("*")).toList());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "Idempotency-Key", "X-Request-Id"));
        cors.setExposedHeaders(List.of("X-Request-Id", "Retry-After", "Location"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(3600L);
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }
}
