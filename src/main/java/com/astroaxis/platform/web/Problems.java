package com.astroaxis.platform.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the problem documents AstroAxis answers errors with: a type URI whose last segment names the problem,
 * a title, the status, a detail a person can act on and the request id to quote when asking for help.
 */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:astroaxis:problem:";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(title);
        return decorate(problem);
    }

    public static ProblemDetail of(ProblemException exception) {
        var problem = of(exception.status(), exception.type(), exception.title(), exception.getMessage());
        exception.properties().forEach(problem::setProperty);
        return problem;
    }

    /** Adds the request id and, where the type was left blank, one derived from the status. */
    public static ProblemDetail decorate(ProblemDetail problem) {
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(URI.create(TYPE_PREFIX + typeFor(HttpStatusCode.valueOf(problem.getStatus()))));
        }
        if (problem.getTitle() == null) {
            var status = HttpStatus.resolve(problem.getStatus());
            problem.setTitle(status != null ? status.getReasonPhrase() : "Error");
        }
        var requestId = RequestIds.current();
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }

    /** The problem as a plain map, for writers outside Spring MVC (filters, security handlers). */
    public static Map<String, Object> asMap(ProblemDetail problem) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    static String typeFor(HttpStatusCode status) {
        var known = HttpStatus.resolve(status.value());
        if (known == null) {
            return "http-" + status.value();
        }
        return known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
