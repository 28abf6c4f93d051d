package com.astroaxis.identity.internal;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.astroaxis.platform.config.AstroAxisSettings;
import com.astroaxis.platform.ratelimit.RateLimiter;
import com.astroaxis.platform.web.ProblemWriter;
import com.astroaxis.platform.web.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** A per-client-address limit on the sign-in endpoints (AUTH_RATE_LIMIT_PER_MINUTE), on top of the per-user lockout. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AuthRateLimitFilter extends OncePerRequestFilter {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private final RateLimiter limiter;
    private final ProblemWriter problems;
    private final int perMinute;

    AuthRateLimitFilter(RateLimiter limiter, ProblemWriter problems, AstroAxisSettings settings) {
        this.limiter = limiter;
        this.problems = problems;
        this.perMinute = settings.session().authRequestsPerMinute();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && request.getRequestURI().startsWith("/api/v1/auth/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var decision = limiter.tryAcquire("auth-ip:" + request.getRemoteAddr(), perMinute, WINDOW);
        if (!decision.allowed()) {
            response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
            var problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                    "Too many sign-in requests from this address. Try again in " + decision.retryAfterSeconds()
                            + " seconds.");
            problem.setProperty("retryAfterSeconds", decision.retryAfterSeconds());
            problems.write(response, problem);
            return;
        }
        chain.doFilter(request, response);
    }
}
