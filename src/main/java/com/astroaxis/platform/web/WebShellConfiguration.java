package com.astroaxis.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.web.server.MimeMappings;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the PWA shell built into the jar: content-hashed assets cached for a year, everything else (index.html,
 * the service worker, the manifest) revalidated on every load so an update reaches the tills, and app routes such
 * as {@code /login} answered with index.html so a reload or a deep link works.
 */
@Configuration(proxyBeanMethods = false)
class WebShellConfiguration implements WebMvcConfigurer {

    private static final String STATIC = "classpath:/static/";
    private static final List<String> SERVER_PREFIXES = List.of("api/", "actuator", "v3/", "swagger-ui", "error");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(STATIC + "assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        registry.addResourceHandler("/**")
                .addResourceLocations(STATIC)
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true)
                .addResolver(new ShellResolver());
    }

    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> manifestMimeType() {
        return factory -> factory.addMimeMappings(new MimeMappings(Map.of("webmanifest", "application/manifest+json")));
    }

    /** A file if it exists; index.html for an app route; nothing (so a 404 problem) for anything else. */
    static final class ShellResolver extends PathResourceResolver {
        @Override
        protected Resource getResource(String path, Resource location) throws IOException {
            var resource = location.createRelative(path);
            if (resource.isReadable()) {
                return resource;
            }
            if (isAppRoute(path)) {
                var index = location.createRelative("index.html");
                return index.isReadable() ? index : null;
            }
            return null;
        }

        static boolean isAppRoute(String path) {
            var lastSegment = path.substring(path.lastIndexOf('/') + 1);
            return !lastSegment.contains(".") && SERVER_PREFIXES.stream().noneMatch(path::startsWith);
        }
    }
}
