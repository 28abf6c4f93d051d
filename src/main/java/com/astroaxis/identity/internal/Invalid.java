package com.astroaxis.identity.internal;

import java.util.List;
import java.util.Map;

import com.astroaxis.platform.web.ProblemException;

import org.springframework.http.HttpStatus;

/** 400 problems naming the field at fault, in the same shape as bean validation's. */
final class Invalid {

    private Invalid() {
    }

    static ProblemException field(String field, String problem) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "validation-failed", "Invalid request",
                "Some fields are not acceptable: " + field + ".")
                .with("errors", List.of(Map.of("field", field, "message", problem)));
    }

    /** Runs a check that speaks in IllegalArgumentException (the password policy, username rules) for a field. */
    static void check(String field, Runnable check) {
        try {
            check.run();
        } catch (IllegalArgumentException refused) {
            throw field(field, refused.getMessage());
        }
    }

    static ProblemException conflict(String type, String detail) {
        return new ProblemException(HttpStatus.CONFLICT, type, "Conflict", detail);
    }

    static ProblemException notFound(String what) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", "Not found", what + " does not exist.");
    }

    static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", detail);
    }
}
